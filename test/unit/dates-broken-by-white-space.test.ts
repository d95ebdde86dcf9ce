import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzer, withTokens } from '../helpers.js'

/**
 * A calendar date that OCR or a narrow column broke with white space: a space inside the day's number (7月2 4日, dev
 * 672) or a line break inside the date (6⏎月3日, dev 509, the page opening with it). The gold reads them as the date
 * (--07-24, --06-03); the item's span points into the input as written (its span text holds the white space) and its
 * text is read without it, as OCR's spaces elsewhere (今 年 6 月 26 日 → 今年6月26日: dates.test.ts). A month's number split without a year (1 2月3日) may be a row's number and a date:
 * not joined. Two numbers that are no date (月 and 日 missing, a month 13, a day 32) stay apart. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('dates: a date broken by white space is read whole', () => {
  it.each([
    ['  7月2 4日,以“更好地发挥社会组织在社会治理中的作用”为议题的双周协商座谈会一结束。', [['7月24日', '--07-24']]],
    ['6\n月3日,九三学社市委召开四届三次市委扩大会。', [['6月3日', '--06-03']]],
    ['会议于2024年7\n月24日在市政协召开。', [['2024年7月24日', '2024-07-24']]],
    ['2023年1 2月5日,区政协召开常委会议。', [['2023年12月5日', '2023-12-05']]],
    ['县政协于5月1\n6日组织委员视察。', [['5月16日', '--05-16']]],
    ['截至3月\n15日,共收到提案120件。', [['3月15日', '--03-15']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    // Not broken: the date as it was.
    ['7月24日 10:00,委员们来到社区。', [['7月24日', '--07-24']]],
    // A row's number, then a date: the month is not joined without a year.
    ['1 2月3日,市政协召开主席会议。', [['2月3日', '--02-03']]],
    // No day of 1 to 31, no month of 1 to 12.
    ['共有3 12月5日召开的会议。', [['12月5日', '--12-05']]],
    ['6月3 5日,县政协召开会议。', []],
    // A month of 13 after a year: only the month and day written whole are read (round 29 mend, point 5).
    ['2023年1 3月5日', [['3月5日', '--03-05']]],
    // A year at a line's end licenses no split month on the next line: 1 may number a row (round 29 mend, point 5).
    ['2023年\n1 2月3日，召开会议。', [['2月3日', '--02-03']]],
    // A day's number split by white space is joined only before 日: 号 after it may number a building (round 29 mend,
    // point 6).
    ['5月1 2号楼会议室。', []],
    // A number and a space before the month: the date is not joined (the header's "not glued to a digit before").
    ['第12 5月1 2日召开。', []],
  ])('not joined: %s', (text, want) => expect(dates(text)).toEqual(want))

  // A blank line (two line breaks) is a paragraph's end: no date is joined across it, the sentences stay apart (round 29
  // mend point 1, the reviewer's sentences).
  it.each([
    ['截至2023年6月\n\n3日上午召开。', [['2023年6月', '2023-06']], ['截至2023年6月', '3日上午召开。']],
    ['…召开会议。\n\n6\n\n月3日，委员视察。', [], ['…', '召开会议。', '6', '月3日，委员视察。']],
    ['会议于2024年7\n\n月24日在市政协召开。', [], ['会议于2024年7', '月24日在市政协召开。']],
    // Two line breaks apart in one date: it would span three lines.
    ['6\n月\n3日，委员视察。', [], null],
  ])('not joined across a blank line: %s', (text, want, sentences) => {
    const r = withTokens.analyze(text)
    expect(r.dates.map((d) => [d.text, d.iso])).toEqual(want)
    if (sentences) expect(r.sentences!.map((s) => s.text)).toEqual(sentences)
  })

  it('any white space inside a month and day, at most one line break, gives the same date, the span slicing the input', () => {
    const ws = fc.constantFrom('', ' ', '  ', '\n', ' \n')
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 10, max: 28 }), ws, ws, ws, (month, day, a, b, c) => {
        fc.pre((a + b + c).split('\n').length <= 2)
        const d = String(day)
        const written = `${month}${a}月${b}${d[0]}${c}${d[1]}日`
        const input = `会议召开。${written},市政协主席会议召开。`
        const r = analyzer.analyze(input).dates
        expect(r.map((x) => x.iso)).toEqual([`--${String(month).padStart(2, '0')}-${d}`])
        expect(input.slice(r[0]!.span.start, r[0]!.span.end)).toBe(written)
        expect(r[0]!.span.text).toBe(written)
        expect(r[0]!.text).toBe(written.replace(/\s+/g, ''))
      }),
      { numRuns: 150 },
    )
  })
})
