import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const names = (text: string) => result(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => result(text).persons.find((p) => p.name === person)?.org ?? null

// A special committee that serves a second field too writes it in brackets before the word that ends it:
// 社会法制(民族宗教)委员会 (江苏省政协, dev 1340), 港澳台侨(外事)委员会, 社会和法制(民族宗教)委. One committee, named as
// written (README: the body part is kept exactly as the text writes it), after its 政协 or written alone in a list
// of the 政协's officers. Expected values by hand.
describe('bodies: a special committee with a bracketed second field', () => {
  it.each([
    ['江苏省政协社会法制(民族宗教)委员会副主任李丽珍参加调研。', '江苏省政协社会法制(民族宗教)委员会', '李丽珍'],
    ['江苏省政协社会法制（民族宗教）委员会副主任李丽珍参加调研。', '江苏省政协社会法制（民族宗教）委员会', '李丽珍'],
    ['南京市政协社会和法制(民族宗教)委员会主任王振华出席会议。', '南京市政协社会和法制(民族宗教)委员会', '王振华'],
    ['苏州市政协文化文史(学习)委员会主任陈建国主持会议。', '苏州市政协文化文史(学习)委员会', '陈建国'],
    ['无锡市政协经济(科技)委主任钱明出席。', '无锡市政协经济(科技)委', '钱明'],
    // Written alone in a list after the 政协's officers (dev 1340).
    ['省政协社科界委员赴常熟调研。江苏省政协副秘书长金建明,文化文史委员会副主任马振犊、社会法制(民族宗教)委员会副主任李丽珍等参加调研。',
      '江苏省政协社会法制(民族宗教)委员会', '李丽珍'],
  ])('%s → %s', (text, body, person) => {
    expect(names(text)).toContain(body)
    expect(orgOf(text, person)).toBe(body)
  })

  // Controls: brackets that hold no field (a count, a place, a photo note) make no committee, a bracketed field after a
  // body that is no 政协 is not one of its special committees, and the 委 of 委员 ends none (文化(教育)委员李四 is a member
  // of the 政协, as 文化教育委员李四 is: review of round 30). Exact lists, by hand.
  it.each<[string, string[], string, string | null]>([
    ['江苏省政协社会法制委员会(2人)副主任李丽珍参加。', ['江苏省政协社会法制委员会'], '李丽珍', '江苏省政协社会法制委员会'],
    ['江苏省政协港澳台侨(左三)委员会', ['江苏省政协'], '', null],
    ['南京市民政局社会(民族宗教)委员会主任王振华出席。', ['南京市民政局'], '王振华', '南京市民政局'],
    ['南京市政协委员(民族宗教界)王振华出席。', ['南京市政协'], '王振华', null],
    ['县政协文化(教育)委员李四发言。', ['县政协'], '李四', '县政协'],
    ['县政协文化（教育）委员李四发言。', ['县政协'], '李四', '县政协'],
    ['县政协文化教育委员李四发言。', ['县政协'], '李四', '县政协'],
  ])('%s → %j', (text, bodies, person, org) => {
    expect(names(text)).toEqual(bodies)
    if (person) expect(orgOf(text, person)).toBe(org)
  })
})
