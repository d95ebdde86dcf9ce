import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// A bare relative word its context leaves open (a headline written before any place; a place reached only by a visit
// to a venue of the home city) means what its other writings on the page mean, where they agree on one region and the
// page names no other region of the word's level (dev 415: 市政協委員視察… over a report of 桐城市). Sentences written
// by hand; expected values worked out by hand.
describe('regions: an open relative word takes the region its other writings on the page name', () => {
  it.each([
    // Headline before the source line that names the city; the body writes 前往桐城市… (a venue of the city).
    ['市政协委员视察重点工程\n来源:桐城市融媒体中心\n12月1日,市政协主席张三率部分市政协委员前往桐城市体育中心察看。', '桐城市政协'],
    ['区政协召开界别组会议\n来源:普兰店区融媒体中心\n7月20日,区政协副主席李四带领委员前往普兰店区敬老院走访。', '普兰店区政协'],
    ['县政协视察农村公路\n来源:平和县融媒体中心\n5月8日,县政协主席王五带领县政协委员前往平和县人民医院察看。', '平和县政协'],
  ])('%s → %s, no bare body', (text, name) => {
    const ns = names(text)
    expect(ns).toContain(name)
    expect(ns.filter((n) => /^[市区县]政协$/.test(n))).toEqual([])
  })

  it.each([
    // Controls. A page of several cities leaves its open 市政协 open (成都、德阳、眉山四市政协, dev 545).
    ['近日,成都、德阳、眉山四市政协座谈会在成都召开。成都市政协主席张三讲话。市政协主席李四讲话。\n成都市政协副主席王五主持,市政协副主席赵六出席。', '市政协'],
    // The travellers' own 市政协, written before the city they visit, is not the visited city's (…赴肇庆市…在肇庆,与市政协座谈).
    ['市政协主席张三率队赴肇庆市考察。在肇庆市,考察组与市政协座谈交流。', '市政协'],
    // No region written anywhere: the word stays as written.
    ['市政协委员视察重点工程\n12月1日,市政协主席张三率部分市政协委员视察项目。', '市政协'],
  ])('%s: %s stays open', (text, name) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ region: null })
  })
})
