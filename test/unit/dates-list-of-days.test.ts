import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Three or more days of one month written with 月 once and 日 once (7月23、24、27日; 5月8、9、10日) give each day, as a
 * pair does (8月29、30日 → 8月29, 30日 on dev 503; README: the end takes the month and year written at the start). The
 * middle days are the bare numbers. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a list of days of one month', () => {
  it.each([
    ['7月23、24、27日,州人大常委会组织评估组开展调研。', [['7月23', '--07-23'], ['24', '--07-24'], ['27日', '--07-27']]],
    ['2021年5月8、9、10日,县政协组织委员视察。', [['2021年5月8', '2021-05-08'], ['9', '2021-05-09'], ['10日', '2021-05-10']]],
    ['11月2、3、5、6日,调研组分赴各乡镇。', [['11月2', '--11-02'], ['3', '--11-03'], ['5', '--11-05'], ['6日', '--11-06']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['8月29、30日,由区委副书记带队。', [['8月29', '--08-29'], ['30日', '--08-30']]],
    ['5月17至18日召开。', [['5月17', '--05-17'], ['18日', '--05-18']]],
    ['7月23、22、27日,评估组调研。', []], // not in order: no list of days
    ['全年召开会议7月、8月两次。', []],
  ])('as before: %s', (text, want) => expect(dates(text)).toEqual(want))
})
