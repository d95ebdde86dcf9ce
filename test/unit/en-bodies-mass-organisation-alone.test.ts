import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const mass = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'mass-organisation').map((c) => [c.name, c.region])

// A mass organisation written by its head alone after "the" (the local Women's Federation, the Federation of Industry
// and Commerce) is that of the page's home, the region of its local CPPCC committee: "the (local)" names it as a
// relative word does (市妇联; README: relative mentions get the region they mean), not as a bare name (the README lists
// only a bare 工商联 so; 妇联 written bare stays unlisted); en gold 349 and 376 so. On a page whose only CPPCC committee is the national one it may be the national federation: no
// body; nor a head with its own region or owner after it. Sentences written after en 349 and 376.
describe('English bodies: a mass organisation named by its head alone', () => {
  it.each<[string, Array<[string, string]>]>([
    ["The Hangzhou Municipal Committee of the CPPCC opened its session. Ying Quanying, who spoke for the local Women's Federation, proposed more care for children.", [["Women's Federation", '杭州市']]],
    ['The Hangzhou Municipal Committee of the CPPCC opened its session. Fang Xuhui from the Association of Science and Technology proposed protecting the Grand Canal.', [['Association of Science and Technology', '杭州市']]],
    ['The CPPCC Shimen County Committee held an auction. Representatives of the Federation of Industry and Commerce made bids.', [['Federation of Industry and Commerce', '石门县']]],
    // Controls: a national page; a head with its region after it (that region's federation only).
    ["Zhao Baoxiu, a member of the CPPCC National Committee in the field of the Women's Federation, spoke on Thursday.", []],
    ["The Hangzhou Municipal Committee of the CPPCC met. The Women's Federation of Xihu District sent a report.", [["Women's Federation of Xihu District", '西湖区']]],
  ])('%s', (text, want) => {
    expect(mass(text)).toEqual(want)
  })
})
