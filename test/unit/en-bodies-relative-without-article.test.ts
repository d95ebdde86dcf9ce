import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Relative bodies of the page's region written without an article after a preposition, as translated local pages
// write them (On behalf of municipal government; deputy director of municipal people's congress; major leaders of
// district court), and a region's people's court and procuratorate written with "People's" (the District People's
// Court, District People's Procuratorate). Seen on test/fixtures/en 211 (leaders of district court), 464 (District
// People's Court and District People's Procuratorate) and 466 (Dalian's municipal bodies). Truth by the README
// (relative mentions are named as written, region the page's): every sentence written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('relative bodies without an article', () => {
  it.each([
    ['Tan Wei, the mayor of Dalian, spoke on behalf of municipal government.', [['municipal government', 'government', '大连市']]],
    ["In Dalian, Li Gang, deputy director of municipal people's congress, attended.", [["municipal people's congress", 'congress', '大连市']]],
    ["The meeting in Huadu District was attended by major leaders of district court and the district procuratorate.", [['district court', 'court', '花都区'], ['district procuratorate', 'procuratorate', '花都区']]],
    ["The report of Dalian was read to standing committee of municipal people’s congress.", [["standing committee of municipal people’s congress", 'congress', '大连市']]],
    ["Leaders of the CPC Huadu District Committee, District People's Congress, District People's Court and District People's Procuratorate attended.", [['CPC Huadu District Committee', 'party', '花都区'], ["District People's Congress", 'congress', '花都区'], ["District People's Court", 'court', '花都区'], ["District People's Procuratorate", 'procuratorate', '花都区']]],
    ["In Wuxi, the municipal people's court heard the case.", [["municipal people's court", 'court', '无锡市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a plural is no body; a level word before another noun names none; "committee" with no owner names none.
  it.each([
    ['In Dalian, the report was sent to county governments of the province.'],
    ['In Dalian, the plan of municipal construction was discussed by members.'],
    ['Wang Lin of Dalian spoke to members of municipal committees.'],
    ['Dalian officials were briefed on district court reform plans.'],
    // After prepositions other than of/by/from, a kind (review of round 17).
    ['In Dalian, he worked for provincial government agencies for years.'],
    ['In Dalian, projects went ahead with city government taking the lead.'],
  ])('%s', (text) => {
    expect(committees(text)).toEqual([])
  })
})
