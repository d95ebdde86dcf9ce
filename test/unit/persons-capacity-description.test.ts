import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A word of capacity after a name (作为) says what the person acts as: a title of another body after it is a description,
// not a role (README: professions or descriptions elsewhere in the sentence are not roles; dev 1094 作为京顺医院负责人);
// a CPPCC title after it makes the person a member and is a role (dev 412 作为通州区政协委员). Expected by hand.
describe('persons: a title after 作为 is a role only where it is a CPPCC title', () => {
  it.each([
    ['农工党顺义总支副主委唐细忠作为京顺医院负责人，还为区内教师免费体检。', '唐细忠', ['副主委']],
    ['民建会员张明作为县医院院长，介绍了医院的情况。', '张明', ['会员']],
    // …also where the body before the title is written whole (作为 + body + title: a description all the same).
    ['民建会员张明作为上杭县人民医院院长，介绍了医院的情况。', '张明', ['会员']],
  ])('%s → %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // Controls: a CPPCC title after 作为, and a verb of election before a title (为, 选举…为), stay roles.
  it.each([
    ['清控文创总经理朱良智作为通州区政协委员参加了本次活动。', '朱良智', '委员'],
    ['会议选举张明为县医院院长。', '张明', '院长'],
    ['民建会员张明作为上杭县政协常委参加了本次活动。', '张明', '常委'],
    ['调研组以王强为组长，深入企业调研。', '王强', '组长'],
  ])('%s → %s', (text, name, role) => {
    expect(person(text, name)?.roles).toContain(role)
  })
})
