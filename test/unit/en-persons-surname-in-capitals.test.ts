import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A surname printed in capitals before the given name (GAO Yunlong, LI Wei), as ACFIC's and government sites print
// names: a person, named in the ordinary form (README: a byline in capitals is written so), and the given name is no
// place (Yunlong is also 云龙镇). A surname of one letter (E Xiaomei, A Dong) only where a mark closes the name, not the
// article. Sentences written by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const places = (t: string) => analyzer.analyze(t).places.map((p) => p.name)

describe('English persons: a surname in capitals', () => {
  it.each<[string, unknown[]]>([
    ['GAO Yunlong, chairman of ACFIC, met the delegation.', [['Gao Yunlong', ['chairman'], 'ACFIC']]],
    ['The delegation was led by LI Wei, vice chairman of ACFIC.', [['Li Wei', ['vice chairman'], 'ACFIC']]],
    ['ZHANG Qingwei spoke in Harbin.', [['Zhang Qingwei', [], null]]],
    ['GAO Yunlong, LI Zhaoqian and XIE Jingrong attended the forum.', [['Gao Yunlong', [], null], ['Li Zhaoqian', [], null], ['Xie Jingrong', [], null]]],
    ['E Xiaomei, a member of the CPPCC National Committee, spoke.', [['E Xiaomei', ['member'], 'CPPCC National Committee']]],
    ['A Dong, 46, was nominated for mayor.', [['A Dong', [], null]]],
    // Controls: the article, a body's abbreviation, a word in capitals that is no surname.
    ['A Chinese military band rehearsed in Beijing.', []],
    ['NPC Deputy Li Wei spoke.', [['Li Wei', ['deputy'], 'NPC']]],
    ['CHINA Daily reported the meeting.', []],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it('reads no place in the given name', () => {
    expect(places('GAO Yunlong, LI Zhaoqian and XIE Jingrong attended the forum in Jinan.')).toEqual(['济南市'])
  })
})
