import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A page stamp with the year apart (2023 01/11) is one pattern for dates and figures: a year 19xx or 20xx, a space, month
 * and day in two digits each. It is a date and no share; a year and a space before any other slash (2023 1/3的人) leave a
 * share, and four digits that are no year (编号 1234 03/04) make no date. The review's sentences first, then rows written here.
 */
const read = (t: string) => {
  const r = analyzer.analyze(t)
  return { dates: r.dates.map((d) => d.iso), figures: r.figures.map((f) => `${f.value}${f.unit ?? ''}`) }
}

describe('year-apart stamps, one pattern for dates and figures', () => {
  it.each([
    ['2023 1/3的人参加了培训。', [], ['33.33%']],
    ['调查显示，1998 5/12的农户用上了自来水。', [], ['41.67%']],
    ['编号 1234 03/04 的档案已归档。', [], []],
    ['新华社 2023 10/11 委员们走进社区。', ['2023-10-11'], []],
    ['来源：人民政协网 2022 03/05', ['2022-03-05'], []],
  ])('%s', (text, dates, figures) => expect(read(text)).toEqual({ dates, figures }))
})
