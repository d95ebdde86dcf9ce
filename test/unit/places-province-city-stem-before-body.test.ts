import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const placeNames = (text: string) => analyze(text).places.map((p) => p.name)
const committeeNames = (text: string) => analyze(text).committees.map((c) => c.name)

// Round 20b (dev 1009: 来源: 吉林政协 … 市政协, gold 吉林市 and 吉林市政协). A stem that a province shares with a city inside it
// (吉林: 吉林省, 吉林市) names the province where nothing tells (推动吉林全面振兴: places/resolve.ts); written right before a
// body's organ (吉林政协, the site of 吉林市政协) on a page that speaks of its own region by the city's suffix (市政协) and
// never by the province's (省政协), it is the city's body, and the 市 words are that city's. Hand-checked: 吉林市 lies in
// 吉林省 (data/divisions.tsv 2202 under 22).
describe('places: a province-and-city stem before a body, on a page of 市 words, is the city', () => {
  it.each([
    ['来源: 吉林政协\n按照市政协2021年度协商计划，7月8日，由市政协副主席张文才带队视察。', '吉林市政协'],
    ['吉林政协讯 市政协主席会议召开，市委常委出席。', '吉林市政协'],
  ])('%s → 吉林市, %s', (text, body) => {
    expect(placeNames(text)).toContain('吉林市')
    expect(placeNames(text)).not.toContain('吉林省')
    expect(committeeNames(text)).toContain(body)
  })

  it.each([
    // Controls: the page speaks of its 省 (省政协), of both levels, or the stem stands before no body.
    ['吉林政协委员出席会议，省政协副主席讲话。'],
    ['来源: 吉林政协\n市政协副主席和省政协副主席出席。'],
    ['推动吉林全面振兴，市政协副主席讲话。'],
    ['吉林政协委员出席会议。'],
  ])('the province: %s', (text) => {
    expect(placeNames(text)).toContain('吉林省')
    expect(placeNames(text)).not.toContain('吉林市')
  })
})
