import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const names = (text: string) => analyze(text).committees.map((c) => c.name)

// Round 20 (dev 1061): a congress's committees written in a list with the congress once, before the first
// (州人大法制委员会、农业与农村委员会; 县人大常委会法工委、财经工委) are each that congress's, as a CPPCC committee's
// special committees in a list are (市政协文史委、提案委: README, the region written once before a list). Expected values
// worked out by hand.

describe('bodies: a congress committee listed after another of the same congress', () => {
  it.each([
    ['延边朝鲜族自治州人大法制委员会、农业与农村委员会和州政府法制办组成评估组。', '延边朝鲜族自治州人大农业与农村委员会', '延边朝鲜族自治州'],
    ['岳池县人大常委会法工委、财经工委负责人参加调研。', '岳池县人大常委会财经工委', '岳池县'],
    ['桐庐县人大教科文卫委员会、城建环资委员会主任参加视察。', '桐庐县人大城建环资委员会', '桐庐县'],
  ])('%s → %s', (text, name, region) => {
    expect(analyze(text).committees.find((c) => c.name === name)).toMatchObject({ kind: 'congress', region })
  })

  it('a title after the listed committee belongs to it', () => {
    const text = '延边朝鲜族自治州人大法制委员会主任委员胡忠伟、农业与农村委员会主任委员宋杨参加调研。'
    expect(analyze(text).persons.find((p) => p.name === '宋杨')?.org).toBe('延边朝鲜族自治州人大农业与农村委员会')
  })

  it.each([
    // The congress itself before the list: the item is a body of its own, not a committee of the congress.
    ['岳池县人大常委会、县政协教科卫体委员会负责人参加。', '岳池县人大常委会教科卫体委员会'],
    // A new clause after the congress's committee: no list.
    ['岳池县人大常委会法工委参加。农业农村委员会开展调研。', '岳池县人大常委会农业农村委员会'],
    // A CPPCC committee's list stays the CPPCC committee's.
    ['岳池县政协文史委、提案委负责人参加。', '岳池县人大常委会提案委'],
  ])('%s: not %s', (text, name) => expect(names(text)).not.toContain(name))
})
