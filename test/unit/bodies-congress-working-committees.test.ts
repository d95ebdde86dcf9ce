import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 17 (departments, dev 954): county and city congresses name their standing committee's working bodies
// 工作委员会 / 工委 (GUIDE.md: people's congresses and their committees are bodies, as 剑阁县人大监察和司法委 and
// 高明区人大常委会荷城街道工委 are in the gold). A stem missing from data/body-parts.tsv is read after 人大 / 人大常委会
// as a CPPCC special committee's is after 政协. Expected values worked out by hand.

describe('bodies: a congress’s working committee missing from the lexicon, read after 人大 or 人大常委会', () => {
  it.each([
    ['柳州市人大常委会农业农村工作委员会主任王明带队调研。', '柳州市人大常委会农业农村工作委员会', '柳州市', '王明', '柳州市人大常委会农业农村工作委员会'],
    ['桐庐县人大城建环保工委副主任陈立出席会议。', '桐庐县人大城建环保工委', '桐庐县', '陈立', '桐庐县人大城建环保工委'],
    ['平阳县人大常委会社会建设工作委员会主任李红参加视察。', '平阳县人大常委会社会建设工作委员会', '平阳县', '李红', '平阳县人大常委会社会建设工作委员会'],
    ['岳池县人大常委会教科文卫工作委员会副主任张华陪同。', '岳池县人大常委会教科文卫工作委员会', '岳池县', '张华', '岳池县人大常委会教科文卫工作委员会'],
  ])('%s → %s', (text, name, region, who, org) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'congress', region })
    expect(person(text, who)?.org).toBe(org)
  })

  it.each([
    // 副主任委员 and 委员 are titles of the standing committee, no committee of it.
    ['岳池县人大常委会副主任委员张三出席。', '岳池县人大常委会'],
    ['岳池县人大常委会委员李四出席。', '岳池县人大常委会'],
    // A verb after the congress joins no committee: 会同 … 发改委 is another body.
    ['岳池县人大常委会联合县发改委开展调研。', '岳池县人大常委会'],
    // A listed part stays as listed (法工委), no open reading.
    ['岳池县人大常委会法工委主任王五出席。', '岳池县人大常委会法工委'],
  ])('%s: %s', (text, name) => {
    expect(names(text)).toContain(name)
    expect(names(text).filter((n) => n.startsWith('岳池县人大') && n !== name)).toEqual([])
  })
})
