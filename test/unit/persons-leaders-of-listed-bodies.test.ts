import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => Object.fromEntries(analyzer.analyze(text).persons.map((p) => [p.name, [p.roles, p.org, p.cppccMember]]))

// Names after a word for leaders take no title (README: roles are titles written next to the name; 县领导 lists
// have roles [] and org null, as dev 1137). After one body the body is their org (市公安局领导A、B; a 政协's leaders
// hold its offices); after several bodies listed, the text does not say which is whose: org null (dev 1160).
describe('persons: the leaders of several bodies listed have no org', () => {
  it.each([
    ['出席大会并在主席台就坐的市委、市人大常委会、市政府领导有彭琳、张彤、赖淑芳。', ['彭琳', '张彤', '赖淑芳']],
    ['县委、县政府领导张建国、李明华出席。', ['张建国', '李明华']],
    ['县委和县政府领导张建国、李明华出席。', ['张建国', '李明华']],
  ])('%s', (text, names) => {
    const ps = persons(text)
    for (const n of names) expect(ps[n]).toEqual([[], null, false])
  })

  // Controls: the leaders of one body are that body's.
  it.each([
    ['市政府领导张建国、李明华出席。', '张建国', '市政府', false],
    ['出席会议的市政协领导有王志明、李建华。', '王志明', '市政协', true],
    ['市公安局领导潘明、王力参加。', '潘明', '市公安局', false],
  ] as Array<[string, string, string, boolean]>)('%s', (text, name, org, cppcc) => {
    expect(persons(text)[name]).toEqual([[], org, cppcc])
  })
})
