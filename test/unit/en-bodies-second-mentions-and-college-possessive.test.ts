import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// English committees, round 29 (issue #14). Truth worked out by hand from the dev-pages README (English section: a body
// written two ways is listed once, named by its first full form; universities named in full, kind other, region the
// city they are in).
// - A special committee's field may end in "Areas" (Committee on Agriculture and Rural Areas, the CPPCC National
//   Committee's): a later bare mention is the same committee, not a cut-off "Committee on Agriculture and Rural" (en dev 657).
// - "China Federation of Industry and Commerce" is the ACFIC's other English name (中华全国工商业联合会): one body (en dev 660).
// - A plural possessive "Teachers'" stands inside a college's name as People's and Children's do (Tianjin Teachers'
//   College), and a national-looking "Chinese Language Department of <Chinese place> …" is a college's department, no
//   national body (en dev 612).
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('English special committees ending in Areas, ACFIC second name, Teachers\' College', () => {
  it.each([
    ["A team from the Committee on Agriculture and Rural Areas of the CPPCC National Committee visited Shantou. Led by Zhang Yong, vice-chairman of the Committee on Agriculture and Rural Areas, the team held a meeting.",
      [['Committee on Agriculture and Rural Areas of the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['New executive committee of All-China Federation of Industry and Commerce elected. The 13th national congress of the China Federation of Industry and Commerce concluded Monday.',
      [['All-China Federation of Industry and Commerce', 'mass-organisation', '全国']]],
    ['The China Federation of Industry and Commerce held its congress.', [['China Federation of Industry and Commerce', 'mass-organisation', '全国']]],
    ["He graduated from Tianjin Teachers' College in 1961.", [["Tianjin Teachers' College", 'other', '天津市']]],
    ["Graduated from Chinese Language Department of Tianjin Teachers' College in 1961.", [["Tianjin Teachers' College", 'other', '天津市']]],
    ["She studied at Hebei Teachers' University.", [["Hebei Teachers' University", 'other', '河北省']]],
    // Controls: rural areas in prose, a regional federation, a national body with an "of" part, a teachers' word in lower case.
    ['Officials from rural areas met the CPPCC National Committee.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['He heads the Hainan Federation of Industry and Commerce.', [['Hainan Federation of Industry and Commerce', 'mass-organisation', '海南省']]],
    ['He worked at the China Academy of Space Technology.', [['China Academy of Space Technology', 'other', '全国']]],
    ["The teachers' union of the school met.", []],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})

// The Federation of Industry and Commerce written alone is the page's local one (README: a bare 工商联 is the 工商联 of the
// page's region; en gold 349, 376): also where the page names its CPPCC committee only relatively (County Political
// Consultative Conference … in Shimen County: en dev 376).
describe('a mass organisation alone beside a relatively named CPPCC committee', () => {
  it.each([
    ['A special auction was held by County Political Consultative Conference (CPCC) in Gengzishan Village, Shimen County. More than 100 CPCC members, representatives of the Federation of Industry and Commerce and civil servants made bids.',
      [['County Political Consultative Conference', 'cppcc', '石门县'], ['Federation of Industry and Commerce', 'mass-organisation', '石门县']]],
    // Controls: no CPPCC committee at all, and the federation of another body's region named in full.
    ['Representatives of the Federation of Industry and Commerce met in Shimen County.', []],
    ['The County Political Consultative Conference of Shimen County met the Hunan Federation of Industry and Commerce.',
      [['County Political Consultative Conference of Shimen County', 'cppcc', '石门县'], ['Hunan Federation of Industry and Commerce', 'mass-organisation', '湖南省']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})

// The Chinese General Chamber of Commerce is Hong Kong's (香港中华总商会), not a national body: its forms and its acronym
// CGCC name one mass organisation of the Hong Kong SAR (en dev 614, 625).
describe('the Hong Kong Chinese General Chamber of Commerce', () => {
  it.each([
    ['HK Chinese General Chamber of Commerce Inaugurated. The Chinese General Chamber of Commerce\'s board of directors met.',
      [['HK Chinese General Chamber of Commerce', 'mass-organisation', '香港特别行政区']]],
    ['Several CGCC office bearers serve as deputies.', [['CGCC', 'mass-organisation', '香港特别行政区']]],
    // Controls: a city's general chamber, before or after its region.
    ['He is chairman of the General Chamber of Commerce of Chongqing Municipality.', [['General Chamber of Commerce of Chongqing Municipality', 'mass-organisation', '重庆市']]],
    ['Li Ming, president of the Shanghai General Chamber of Commerce, attended.', [['Shanghai General Chamber of Commerce', 'mass-organisation', '上海市']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
