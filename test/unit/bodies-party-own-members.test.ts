import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative party committee written before 委员 on a page of a democratic party's committee of that relative form
// (民盟市委 … 部分市委委员列席会议) names that party's committee members: no CPC committee. Sentences from dev
// pages 177 and 622; expected values written by hand from GUIDE.md and the dev-pages README.
describe('bodies: a democratic party committee\'s own members (市委委员)', () => {
  it.each([
    ['8月2日下午,市政协副主席、民盟市委主委史明霞主持召开主委会议。民盟市委副主委于华参加会议,部分市委委员列席会议。', ['市政协', '民盟市委'], '市委'],
    ['6月10日至12日,民革常州市委组织由市委委员、基层委员会负责人组成的考察团赴淮安考察。', ['民革常州市委'], '常州市委'],
    // No name after 委员 (于3月, 全体出席: a word of the segmenter, a digit after one character), and a democratic
    // party's title after the list mark (副主委, 主委) is no CPC title chain (review of round 12).
    ['民盟市委召开全体会议，市委委员于3月5日出席。', ['民盟市委'], '市委'],
    ['民盟市委召开全体会议，市委委员全体出席。', ['民盟市委'], '市委'],
    ['民盟市委召开全体会议，市委委员、副主委出席。', ['民盟市委'], '市委'],
    ['民进市委召开会议，市委委员、主委出席。', ['民进市委'], '市委'],
    ['民建区委召开会议，区委委员于5日出席。', ['民建区委'], '区委'],
  ])('%s', (text, bodies, not) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
    expect(names(text)).not.toContain(not)
  })

  it.each([
    // The CPC's committee stays where written otherwise on such a page (市委书记, 市委常委, 中共市委).
    ['民革常州市委组织考察。常州市委书记出席会议。', '常州市委'],
    ['民进阳江市基层委员会主委林碧艳致辞。中共市委常委、统战部长岑国健讲话。阳江市政协副主席陈左出席。', '阳江市委'],
    // Without a democratic party's committee of that form, 市委委员 are the CPC's.
    ['宁波市政协主席出席,市委委员、统战部部长讲话。', '宁波市委'],
    // …nor where the CPC's title chain follows 委员 (委员、宣传部部长) or a person is named after it, on a page of a
    // democratic party's committee of that form too: 市委委员 there is the CPC's title.
    ['民盟市委召开全委会。市委委员、宣传部部长张伟出席会议并讲话。', '市委'],
    ['民盟市委召开全委会。市委委员、宣传部部长张伟出席会议并讲话。', '市委宣传部'],
    ['九三学社区委召开会议，区委委员张强出席。', '区委'],
    ['民革市委召开座谈会，市委委员、秘书长李明主持。', '市委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
