import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A page's date line whose day the site printed without 日, a clock time after it (2013年10月14 08:19:44 来源:…, as
 * county government sites print it): the day is the stamp's (GUIDE.md: a page date counts; the gold of dev 480
 * 2013-10-14). Stamp lines of the kind CMS pages print, checked by hand. Controls: no clock after the number (a month
 * and a count: 2020年5月1 人), a clock after the month alone (2013年10月 14:00 is no day), 日 written as before.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a page stamp whose day lacks 日 before a clock time', () => {
  it.each([
    ['2013年10月14 08:19:44 来源:民权县人民政府网站', [['2013年10月14', '2013-10-14']]],
    ['发布时间:2019年3月4 10:20 浏览次数:35', [['2019年3月4', '2019-03-04']]],
    ['2021年12月1\u00a009:05 作者:县政协办公室', [['2021年12月1', '2021-12-01']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['2013年10月14日 08:19:44 来源:县政府网站', [['2013年10月14日', '2013-10-14']]],
    ['2013年10月 14:00 召开会议', [['2013年10月', '2013-10']]],
    ['截至2020年5月,共有1 200人参加。', [['2020年5月', '2020-05']]],
  ])('control: %s', (text, want) => expect(dates(text)).toEqual(want))
})
