import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Hand-checked sentences from pages on donations by Hong Kong and Macau members (dev page 633; survey pages of
// 中新网, 央视国际, 人民网澳门, 开平市政协 in traditional characters): the currency of Hong Kong is 港元 however it is
// written (港元, 港币, 元港币, as the English HK$ → 港元), Macau's 澳门元 (澳门元, 澳门币), 美金 is 美元
// (data/units.tsv). A currency after 元 (万元港币) is the unit; 人民币 after 元 stays 元.
describe('figures: the currencies of Hong Kong and Macau, and 美金', () => {
  it.each<[string, Row[]]>([
    ['古尔夫召集会董商议,以联谊会名义捐款10万元港币,并率先垂范,个人捐款10万元港币。', [[100000, '港元', null], [100000, '港元', null]]],
    ['將他們救助安徽淮河水災災民的三百萬元港幣善款交由其代轉。', [[3000000, '港元', null]]],
    ['與此同時,澳門各界目前已捐助近百萬澳門元的善款。', [[1000000, '澳门元', 'less']]],
    ['全國政協副主席馬萬祺,決定向災區捐款五百一十萬港幣。', [[5100000, '港元', null]]],
    ['眾多澳門民眾亦到澳門紅十字會及紅會銀行賬戶捐款,目前已達六百余萬澳門元。', [[6000000, '澳门元', 'more']]],
    ['澳門中銀員工捐款272萬澳門元支援武漢抗疫。', [[2720000, '澳门元', null]]],
    ['中聯辦代收帳戶累計接收捐款13038.26萬澳門元、6976.59萬港元。', [[130382600, '澳门元', null], [69765900, '港元', null]]],
    ['中聯辦收到捐款七千余萬澳門元。', [[70000000, '澳门元', 'more']]],
    ['接受盧德華女士交來的二十五萬元港幣善款。', [[250000, '港元', null]]],
    ['香港特區立法會一致通過了特區政府撥款三點五億港幣救災款的申請。', [[350000000, '港元', null]]],
    ['踊跃为灾区人民捐款52.1万港元。', [[521000, '港元', null]]],
    ['向灾区捐赠5万美金。', [[50000, '美元', null]]],
    // 人民币 after 元 or alone is the yuan.
    ['其中的六十五萬人民幣善款已匯往北京中國紅十字會總會。', [[650000, '元', null]]],
    ['李嘉誠向災區捐助三千萬元人民幣。', [[30000000, '元', null]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  // The pataca names Macau no more than 港元 names Hong Kong (data/currency-words.txt); Macau itself stays a place.
  it.each<[string, string[]]>([
    ['中銀員工捐款272萬澳門元支援武漢抗疫。', ['武汉市']],
    ['目前已達六百余萬澳門元。', []],
    ['捐款5万澳门币。', []],
    ['澳門特區政府撥款一億元人民幣。', ['澳门特别行政区']],
    ['澳门元旦晚会在澳门举行。', ['澳门特别行政区']],
  ])('places: %s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })
})

// Generated: a sum in Arabic digits, with or without a magnitude, in every written form of the two currencies.
describe('figures: generated sums in the currencies of Hong Kong and Macau parse back exactly', () => {
  const FORMS: Array<[string, string]> = [['港元', '港元'], ['港币', '港元'], ['港幣', '港元'], ['元港币', '港元'], ['元港幣', '港元'], ['澳门元', '澳门元'], ['澳門元', '澳门元'], ['澳门币', '澳门元'], ['元澳门币', '澳门元'], ['美金', '美元'], ['元美金', '美元']]
  const MAGNITUDES: Array<[string, number]> = [['', 1], ['万', 1e4], ['亿', 1e8]]
  it('value × magnitude × currency form', () => {
    const draw = fc.record({ n: fc.integer({ min: 2, max: 99_999 }), mag: fc.constantFrom(...MAGNITUDES), form: fc.constantFrom(...FORMS) })
    fc.assert(fc.property(draw, ({ n, mag, form }) => {
      const r = analyzer.analyze(`委员们共为灾区捐款${n}${mag[0]}${form[0]}。`).figures
      expect(r.map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: n * mag[1], unit: form[1] }])
      expect(analyzer.analyze(`委员们共为灾区捐款${n}${mag[0]}${form[0]}。`).places).toEqual([])
    }), { numRuns: 300 })
  })
})
