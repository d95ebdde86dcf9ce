import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A month with a part of it before 以来 (6月底以来, 3月初以来, 5月中旬以来) begins a period in that month: the month is a
 * date, as 8月以来 is (README: a month with 以来 is the month, in the year of the page's date where it prints one).
 * The span is the month (以来 and the part are not part of it). A part without 以来 (6月底, 3月上旬) stays no date
 * where no year is written. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a part of a month before 以来', () => {
  it.each([
    ['市政协提案委员会自6月底以来,加大提案催办力度。', [['6月', '--06']]],
    ['3月初以来,县政协组织委员开展专题调研。', [['3月', '--03']]],
    ['5月中旬以来,各专委会深入基层走访。', [['5月', '--05']]],
    ['发布时间:2021-09-10\n自7月下旬以来,区政协委员积极参与防汛。', [['2021-09-10', '2021-09-10'], ['7月', '2021-07']]],
    ['2023年11月底以来,全市开展了走访活动。', [['2023年11月', '2023-11']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['至6月底,提案已全部办结。', []],
    ['3月上旬,调研组赴各乡镇。', []],
    ['截至2021年7月底,提案全部办复。', [['2021年7月', '2021-07']]],
    ['8月以来,委员走访企业。', [['8月', '--08']]],
  ])('as before: %s', (text, want) => expect(dates(text)).toEqual(want))
})
