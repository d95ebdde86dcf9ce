import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A CPPCC committee's special committee written after its term, or after the term and session of a plenary session
// (省政协十二届提案委员会, 政协X市第十一届委员会第一次会议提案委员会): the committee of that CPPCC committee, named without
// the term and session (dev-pages README: <region>政协 + the special committee as written; dev 938, 800). A session's
// 提案审查委员会 is no body of its own (dev 136, 277, 409, 527; see the round-21 note on 796, 800). Sentences written for the test.
describe('bodies: a special committee after the term or session of its CPPCC committee', () => {
  it.each([
    ['陕西省政协召开常委会议。会议审议了省政协十二届提案委员会关于十二届四次会议提案审查情况的报告。', '陕西省政协提案委员会'],
    ['会议通过了政协乌鲁木齐市第十一届委员会第一次会议提案委员会关于提案审查情况的报告。', '乌鲁木齐市政协提案委员会'],
    ['全国政协十三届一次会议提案委员会召开全体会议。', '全国政协提案委员会'],
    ['政协第十四届全国委员会第二次会议经济委员会召开会议。', '全国政协经济委员会'],
    ['长春市政协第十五届文史委召开会议。', '长春市政协文史委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  it.each([
    // The session's proposal review committee: no body (the gold of dev 136, 277, 409, 527).
    ['会议审议了政协临潭县第十四届委员会第六次会议提案审查委员会的报告。', '提案审查委员会'],
    // A term with nothing of a special committee after it: the committee alone.
    ['长春市政协十五届三次会议开幕。', '长春市政协十五届'],
  ])('%s names nothing ending in %s', (text, name) => {
    expect(names(text).some((n) => n.endsWith(name))).toBe(false)
  })
})
