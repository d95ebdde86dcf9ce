import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name).sort()

// Places listed before their count and a party committee paired with its government (湖南湖北两省党委政府, 广州佛山两市党委、
// 政府): each place gets what a single place gets for the same words (湖南省党委政府 → 湖南省党委 + 湖南省政府; a city's 党委
// is its 市委: dev-pages README), every place both bodies (review r31 C, point 1; inputs hand-checked).
describe('a counted list of places before a party committee and government: both bodies for each place', () => {
  it.each<[string, string[]]>([
    ['湖南湖北两省党委政府高度重视。', ['湖南省党委', '湖南省政府', '湖北省党委', '湖北省政府']],
    ['湖南、湖北两省党委政府高度重视。', ['湖南省党委', '湖南省政府', '湖北省党委', '湖北省政府']],
    ['广州佛山两市党委、政府高度重视。', ['广州市委', '广州市政府', '佛山市委', '佛山市政府']],
    ['广州、佛山两市党委高度重视。', ['广州市委', '佛山市委']],
    // Controls: the single place, a plain counted list, and a run of abbreviations with its count (a set phrase: README).
    ['湖南省党委政府高度重视。', ['湖南省党委', '湖南省政府']],
    ['广州市党委、政府高度重视。', ['广州市委', '广州市政府']],
    ['成都、德阳、眉山、资阳四市政协联合调研。', ['德阳市政协', '成都市政协', '眉山市政协', '资阳市政协']],
    ['成果得到全国政协、川渝两省市党委政府高度认可。', ['全国政协']],
  ])('%s → %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected.sort())
  })
})
