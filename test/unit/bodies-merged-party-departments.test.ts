import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const committees = (text: string) => result(text).committees.map((c) => [c.name, c.kind])
const person = (text: string, name: string) => result(text).persons.find((p) => p.name === name)

// Round 24 (dev 1190): a county's or district's party committee that merges its propaganda and united-front work has one
// department, 宣传统战部 (新北区委宣传统战部, 区委宣传统战部): a party department as 统战部 is (README: the departments of a
// party committee are bodies, their heads' titles lose the body part). Sentences written for this test; expected values
// worked out by hand.

describe('bodies: a merged 宣传统战部 is one department of the party committee', () => {
  it.each([
    ['新北区委宣传统战部副部长李永忠出席会议。', '新北区委宣传统战部', '李永忠', ['副部长']],
    ['常州市新北区召开会议。区委宣传统战部统战工作处处长王华出席。', '新北区委宣传统战部', '王华', ['统战工作处处长']],
    ['溧阳市召开座谈会，市委宣传统战部部长张明讲话。', '溧阳市委宣传统战部', '张明', ['部长']],
  ])('%s → %s, %s %j', (text, body, name, roles) => {
    expect(committees(text)).toContainEqual([body, 'party'])
    expect(person(text, name)).toMatchObject({ roles, org: body })
  })

  it.each([
    // The single departments stay as they were.
    ['新北区委宣传部副部长李永忠出席会议。', '新北区委宣传部'],
    ['新北区委统战部副部长李永忠出席会议。', '新北区委统战部'],
  ])('%s keeps %s', (text, body) => {
    expect(committees(text)).toContainEqual([body, 'party'])
    expect(committees(text).map(([n]) => n)).not.toContain('新北区委宣传统战部')
  })
})
