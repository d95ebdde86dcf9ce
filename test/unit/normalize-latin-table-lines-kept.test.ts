import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/normalize/index.js'
import { analyzer, resources } from '../helpers.js'

// A page whose lines are mostly short (20 or more, median 30 characters or less) is read as a narrow newspaper column
// and its lines broken mid-sentence are joined. That repair is for Han text: an English page's table set out one row a
// line ("Liaoning  Wang Junlian, Zhao Guohong" / "Henan  Zhao Suping") is no column, and joining its lines glues a name
// to the next row's place (Chen Hua⏎Hebei → "Chen HuaHebei"). Seen on en dev 477 (a list of names per province after
// "The list of …:"); the table written by hand, truth worked out by hand. Control: a narrow Chinese column still joins.
const PROVINCES = ['Liaoning', 'Henan', 'Jiangxi', 'Anhui', 'Xinjiang', 'Shanxi', 'Jiangsu', 'Guangxi', 'Tibet', 'Fujian', 'Hebei', 'Hunan']
const SURNAMES = ['Wang', 'Zhao', 'Li', 'Chen', 'Liu', 'Sun', 'Hu', 'Song', 'Shen', 'Tian', 'Fan', 'Cui']
const GIVEN = ['Junlian', 'Suping', 'Xiaoqin', 'Suli', 'Airong', 'Yanwen', 'Xiaoli', 'Yuying', 'Chunlan', 'Hua', 'Xiangli', 'Weiwei']
const rows = PROVINCES.map((p, i) => `${p}  ${SURNAMES[i]} ${GIVEN[i]} `)
const TABLE = ['The list of the female standing committee members of provincial Party committees:', '', 'Area    Members', ...rows,
  ...rows.slice(0, 8).map((r) => r.replace(/ (\w+) $/, ' $1x '))].join('\n')

describe('an English table set out one row a line', () => {
  it('keeps its line breaks', () => {
    const { mapped } = normalize(TABLE, resources.normalize)
    expect(mapped.text).toMatch(/Fujian +Tian Hua *\nHebei +Fan Xiangli *\n/)
  })
  it.each(PROVINCES.map((p, i) => [p, `${SURNAMES[i]} ${GIVEN[i]}`]))('%s: %s is a name of its own', (_p, name) => {
    expect(analyzer.analyze(TABLE).persons.map((p) => p.name)).toContain(name)
  })
})

describe('control: a narrow Chinese column is still joined', () => {
  it('joins its lines', () => {
    const col = Array.from({ length: 24 }, (_, i) => (i % 2 ? '员紧紧围绕中心工作开展调研' : `第${i}组政协委员和工作组成`)).join('\n') + '。'
    expect(normalize(col, resources.normalize).mapped.text).toContain('工作组成员紧紧围绕')
  })
})
