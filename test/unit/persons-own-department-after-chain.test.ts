import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A department written alone after a title joined by 兼 or 、 (副秘书长兼组织部部长, 党委副书记兼统战部部长) is one of the
// title's body: where that body is a democratic party or a university, whose departments are no bodies of their own, the
// title keeps the department whole, as after the body's name (README: a democratic party's own department stays whole,
// 参政议政部部长; dev 924/1024 notes: a university's department kept whole). A party committee's stays a body part
// (市委常委、统战部部长 → 部长). Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('a department written alone after a title of its body', () => {
  it.each([
    ['民进上海市委专职副主委许政涛出席并讲话，副秘书长兼组织部部长何少华出席会议。', [
      ['许政涛', ['专职副主委'], '民进上海市委'], ['何少华', ['副秘书长', '组织部部长'], '民进上海市委'],
    ]],
    ['聊城大学党委副书记兼统战部部长胡海泉出席座谈会。', [['胡海泉', ['党委副书记', '统战部部长'], '聊城大学']]],
    ['民建中央常委、组织部部长王明出席。', [['王明', ['常委', '组织部部长'], '民建中央']]],
    // Controls: a party committee's department is a body part.
    ['石台县委常委、统战部部长王萍出席。', [['王萍', ['县委常委', '部长'], '石台县委']]],
    ['吉林市委常委、统战部长王萍出席。', [['王萍', ['市委常委', '部长'], '吉林市委']]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
