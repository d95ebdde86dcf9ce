import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A byline in brackets may open with two credits set apart by a space (（文/图 记者 岳耀军）, （摄影 本报记者 王芳）): the
// second is a credit as the first is, no name (GUIDE.md: credits are roles; dev 1330 文/圖 記者 岳耀軍 → one person, 岳耀军,
// roles 文/图 and 记者, as 604 文|政协融媒记者 李煜 and 1124 文/图).
describe('a credit after the credit of a bracketed byline is no person', () => {
  it.each([
    ['本报讯（文/图 记者 岳耀军）3月17日，我市召开座谈会。', ['岳耀军']],
    ['本報訊（文/圖 記者 岳耀軍）3月17日，我市召開座談會。', ['岳耀军']],
    ['本报讯（文/图 本报记者 岳耀军）3月17日，我市召开座谈会。', ['岳耀军']],
    ['本报讯（摄影 记者 王芳）3月17日，县政协召开座谈会。', ['王芳']],
    ['本报讯（图/文 记者 岳耀军 张明）3月17日，我市召开座谈会。', ['岳耀军', '张明']],
  ])('%s → %j', (text, names) => {
    const r = analyzer.analyze(text)
    expect(r.persons.map((p) => p.name).sort()).toEqual([...names].sort())
    expect(r.persons.find((p) => p.name === names[0])?.roles).toContain('记者')
  })
})

describe('controls: bracketed bylines as before', () => {
  it.each([
    ['本报讯（记者 邢利宇 郑巧）3月17日，县政协召开座谈会。', ['邢利宇', '郑巧']],
    ['本报讯（文/图 岳耀军）3月17日，我市召开座谈会。', ['岳耀军']],
  ])('%s → %j', (text, names) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name).sort()).toEqual([...names].sort())
  })
})

// Round 30 review: a byline of credits only (（文/图 记者）) names no one: the second credit is no name when it stands alone either.
describe('a byline of credits only names no one', () => {
  it.each([
    ['本报讯（文/图 记者）3月17日，市政协主席李明调研。', ['李明']],
    ['本报讯（摄影 记者）3月17日，县政协召开座谈会。', []],
  ])('%s → %j', (text, names) => {
    expect(analyzer.analyze(text).persons.map((p) => p.name).sort()).toEqual([...names].sort())
  })
})
