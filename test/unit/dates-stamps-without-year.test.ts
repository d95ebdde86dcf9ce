import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

// Hand-checked page heads of county media sites (dev pages 566 通城县融媒体中心 and 638 宣城新闻网; survey page of
// 广水市融媒体中心): the page's stamp is printed month first without its year, before a clock time. GUIDE.md: --MM-DD
// where the year is not written.
describe('dates: a page stamp month first without its year, before a clock time', () => {
  it.each<[string, string[][]]>([
    ['通城县:扎实推进乡镇统战工作 助推乡村振兴\n\n09-04 10:11   通城县融媒体中心  \n\n【全媒体记者 胡强】9月3日,2020年乡镇统战工作推进会召开。', [['09-04', '--09-04'], ['9月3日', '--09-03']]],
    ['来源:安徽日报 作者:记者 聂扬飞 发表时间:11-14 11:43\n\n11月13日,长三角地区政协联合调研第四次工作会议在合肥召开。', [['11-14', '--11-14'], ['11月13日', '--11-13']]],
    ['王晓义到我市调研融媒体中心建设工作\n\n07-30 10:51  \n\n7月29日,随州市委宣传部副部长王晓义到我市调研。', [['07-30', '--07-30'], ['7月29日', '--07-29']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  it.each([
    '电话0571-85310961 12:30后来电', // a telephone number
    '比分10-12 14:00开赛', // inside a sentence
    '2020-09-04 10:11 通城', // a full date: read as such, once
  ])('no stamp without a year: %s', (text) => {
    expect(dates(text).filter(([, iso]) => iso!.startsWith('--'))).toEqual([])
  })

  it('month × day × clock, generated', () => {
    const p2 = (x: number) => String(x).padStart(2, '0')
    const stamp = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), label: fc.constantFrom('', '发布时间:', '发表时间：', '时间: ') })
    fc.assert(fc.property(stamp, ({ m, d, h, label }) => {
      const r = analyzer.analyze(`委员视察乡村振兴工作\n\n${label}${p2(m)}-${p2(d)} ${h}:05  县融媒体中心\n\n委员们到镇村视察。`)
      expect(r.dates.map((x) => x.iso)).toEqual([`--${p2(m)}-${p2(d)}`])
      expect(r.figures).toEqual([])
    }), { numRuns: 200 })
  })
})
