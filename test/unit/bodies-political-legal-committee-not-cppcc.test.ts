import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const committees = (text: string) => result(text).committees.map((c) => [c.name, c.kind])
const person = (text: string, name: string) => result(text).persons.find((p) => p.name === name)

// Round 24 (dev 1190): 政法委 is a party committee's department (data/body-parts.tsv), never a CPPCC special committee: in a
// chain after a 政协 title (镇党委副书记、政协工委主任、政法委书记; 市政协副主席、政法委书记) it is the region's 政法委, not a
// 政协政法委 (data/not-special-committees.txt), and its head's title stays whole (政法委书记, as the gold of 116, 383, 1161).
// The CPPCC's own committees of law (社会法制委员会, 社会和法制委员会) stay special committees. Sentences written for this
// test; expected values worked out by hand.

describe('bodies: 政法委 after a 政协 title is no CPPCC special committee', () => {
  it.each([
    ['西夏墅镇召开会议。镇党委副书记、政协工委主任、政法委书记朱晓杰出席会议。', '西夏墅镇政协政法委', '朱晓杰', ['党委副书记', '主任', '政法委书记']],
    ['德州市召开会议。市政协副主席、政法委书记陈建国主持会议。', '德州市政协政法委', '陈建国', ['副主席', '政法委书记']],
  ])('%s → no %s; %s %j', (text, wrong, name, roles) => {
    expect(committees(text).map(([n]) => n)).not.toContain(wrong)
    expect(committees(text).filter(([, k]) => k === 'cppcc-special')).toEqual([])
    expect(person(text, name)?.roles).toEqual(roles)
  })

  it.each([
    ['德州市召开会议。市政协社会法制委员会主任陈建国主持会议。', '德州市政协社会法制委员会'],
    ['德州市召开会议。市政协社会和法制委员会主任陈建国主持会议。', '德州市政协社会和法制委员会'],
  ])('%s keeps %s', (text, body) => {
    expect(committees(text)).toContainEqual([body, 'cppcc-special'])
  })
})
