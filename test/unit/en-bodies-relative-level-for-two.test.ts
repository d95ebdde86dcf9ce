import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A level word written once for two bodies joined by "and" (Members of the Municipal NPC and CPPCC; the provincial
// people's congress and CPPCC; the county Party committee and government): the second is the same region's body, an
// acronym named as written (CPPCC), a common noun with the level word put in (county government, as en gold 225 names
// it); and on such a page "the CPPCC" alone is that committee, not the national one. Seen on test/fixtures/en 533
// (Beijing) and 225 (Banma). Truth by the README (relative mentions get the region they mean): written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a level word written once for two relative bodies', () => {
  it.each([
    ['Hangzhou Municipal Bureau of Commerce Met Members of the Municipal NPC and CPPCC\nOn May 5, the bureau briefed the members.', [['Hangzhou Municipal Bureau of Commerce', 'government', '杭州市'], ['Municipal NPC', 'congress', '杭州市'], ['CPPCC', 'cppcc', '杭州市']]],
    ["In Hangzhou, leaders of the municipal people's congress and CPPCC attended the forum.", [["municipal people's congress", 'congress', '杭州市'], ['CPPCC', 'cppcc', '杭州市']]],
    ["In Zhejiang, the provincial people's congress and CPPCC jointly held a forum.", [["provincial people's congress", 'congress', '浙江省'], ['CPPCC', 'cppcc', '浙江省']]],
    ['In Banma County, the county Party committee and government to further increase aid.', [['county Party committee', 'party', '班玛县'], ['county government', 'government', '班玛县']]],
    // The acronym alone later on the page is the same committee.
    ["In Zhejiang, the provincial people's congress and CPPCC attended. The CPPCC then held a session.", [["provincial people's congress", 'congress', '浙江省'], ['CPPCC', 'cppcc', '浙江省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a noun after the second word makes it a description of persons (CPPCC members), a capitalised word a
  // name of its own; with no relative CPPCC the acronym alone stays the national committee.
  it.each([
    ["In Anqing, nine deputies to the Provincial People's Congress and CPPCC members from Anqing came.", [["Provincial People's Congress", 'congress', '安徽省']]],
    ['In Hangzhou, the municipal government and CPPCC National Committee members met.', [['municipal government', 'government', '杭州市'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['In Hangzhou, the city government and CPPCC members met.', [['city government', 'government', '杭州市']]],
    ['In Hangzhou, the municipal government held talks. Wang Yang, chairman of the CPPCC, spoke.', [['municipal government', 'government', '杭州市'], ['CPPCC', 'cppcc', '全国']]],
    // "NPC" is a relative head only after a level word: after a region's name it is that region's deputies to the national one.
    ['Hainan NPC deputies and CPPCC National Committee members have arrived in Beijing.', [['NPC', 'congress', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
