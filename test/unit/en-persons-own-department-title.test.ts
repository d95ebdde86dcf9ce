import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A body's own department, which no list names, written in capitals right before a title (Research Department Director
// Tu Wenxiang): the title's org is the body the department belongs to (en dev 404 and 457 gold: org ACFIC; README: a
// democratic party's own department stays in the role, its org the party committee). The body is the one the page writes
// right before the same department (hosted by the ACFIC Research Department), or, where the department opens the next
// item of a list of titled names, the body of the title before it (ACFIC Vice Chairman A, Membership Department Vice
// Director B). Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a title after a body\'s own department', () => {
  it.each([
    ['At a meeting hosted by the ACFIC Research Department on January 13, members met. Research Department Director Tu Wenxiang said ACFIC delivered 21 group proposals.',
      [['Tu Wenxiang', ['director'], 'ACFIC', false]]],
    ['ACFIC Vice Chairman Zhuang Congsheng, Membership Department Vice Director Li Shulin, Poverty Relief and Social Service Department Vice Director Liu Wei and others attended the briefing.', [
      ['Zhuang Congsheng', ['vice chairman'], 'ACFIC', false], ['Li Shulin', ['vice director'], 'ACFIC', false], ['Liu Wei', ['vice director'], 'ACFIC', false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: the department\'s body not written, or no department', () => {
  it.each([
    ['The All-China Federation of Industry and Commerce (ACFIC) met. Research Department Director Tu Wen said the work goes on.', [['Tu Wen', ['director'], null, false]]],
    ['ACFIC Vice Chairman Zhuang Congsheng, Director Li Shulin and Liu Wei attended.', [
      ['Zhuang Congsheng', ['vice chairman'], 'ACFIC', false], ['Li Shulin', ['director'], null, false], ['Liu Wei', [], null, false]]],
    ['Zhuang Congsheng, Research Department Director Li Shulin attended.', [['Zhuang Congsheng', [], null, false], ['Li Shulin', ['director'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
