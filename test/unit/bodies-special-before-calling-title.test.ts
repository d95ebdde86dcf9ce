import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A special committee's short name written bare needs a post after it to be the 政协's (提案委主任王明); a title of a
// calling or learning (专家, 教授) names no post of the body before it: 在农委专家指导下 is the county's agricultural
// commission's experts, not the 政协's committee (dev 985). Expected values by hand.
describe('bodies: a bare special committee before a calling title is not the 政协\'s', () => {
  it.each([
    ['巫溪县政协组织委员调研。去年在农委专家指导下改良的100亩椒园。县政协农业农村委主任詹祖燕说。', '巫溪县政协农业农村委', '巫溪县政协农委'],
    ['巫山县政协组织委员视察。委员们在农委专家陪同下察看了大棚。', null, '巫山县政协农委'],
    ['长春市政协组织调研。与经济委教授座谈。', null, '长春市政协经济委'],
  ])('%s → %s', (text, body, not) => {
    const found = names(text)
    if (body) expect(found).toContain(body)
    expect(found).not.toContain(not)
  })

  // Controls: a post after the short name (主任, 副主任, 负责人) keeps it the 政协's special committee.
  it.each([
    ['巫溪县政协组织委员调研。会上,提案委主任王明讲话。', '巫溪县政协提案委'],
    ['长春市政协组织调研。文史委负责人参加。', '长春市政协文史委'],
    ['泉州市政协提案委主任梁云南、经济和农业农村委主任杨文龙参加。', '泉州市政协经济和农业农村委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
