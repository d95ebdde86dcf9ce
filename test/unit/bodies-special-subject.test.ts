import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 21c: a special committee only a CPPCC names (not in data/shared-special-committees.txt), written alone as the
// subject of its clause right after a clause mark (会议后，提案委员会收到提案…), on an article that names one CPPCC
// committee so far and no congress: that committee's, as the object after a verb is (bodies-special-in-sentence.test.ts).
// The gold of every dev page that writes such a bare form lists it so (1058, 1105, 134, 363, 475, 692, 694, 713, 947,
// 973: 16 of 16 mentions after a clause mark). Sentences written for the test; expected values worked out by hand.
describe('a special committee only a CPPCC names, the subject of its clause (round 21c)', () => {
  it.each([
    ['市政协十四届四次会议后，提案委员会收到提案318件，经审查，立案307件。', '市政协提案委员会'],
    ['黑龙江省政协召开会议。在前期初审工作的基础上，提案委员会坚持质量导向，严格审查标准。', '黑龙江省政协提案委员会'],
    ['舟曲县政协共收到提案113件。提案委员会根据有关规定进行了审查。', '舟曲县政协提案委员会'],
    ['济南市政协召开座谈会，听取意见建议。社法委要认真梳理、充分吸纳。', '济南市政协社法委'],
    ['全国政协召开会议；提案委还和承办单位代表座谈。', '全国政协提案委'],
    ['区政协召开会议，社会法制委员会组织调研。', '区政协社会法制委员会'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  it.each([
    // A name a government or a congress gives one of its bodies too (data/shared-special-committees.txt).
    ['区政协召开会议，经济委员会组织调研。', '经济委员会'],
    ['区政协召开会议，农业农村委员会组织调研。', '农业农村委员会'],
    // A congress in the article may own a committee of that name.
    ['市人大常委会召开会议，市政协委员列席，社会法制委员会作了报告。', '社会法制委员会'],
    // An article of two CPPCC committees: the last named need not be its own.
    ['常州市政协和武进区政协召开联席会议，提案委员会介绍了工作情况。', '提案委员会'],
    // No CPPCC committee before it in the article.
    ['会议后，提案委员会收到提案318件。', '提案委员会'],
    // A liaison committee of a street (data/liaison-special-committees.txt).
    ['东西湖区政协召开会议，联络委开展走访活动。', '联络委'],
    // Inside a longer word, not a whole word of its own.
    ['区政协召开会议，提案委员会议室内座无虚席。', '提案委员会'],
  ])('%s names no special committee %s', (text, name) => {
    expect(analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special' && c.name.endsWith(name))).toEqual([])
  })
})
