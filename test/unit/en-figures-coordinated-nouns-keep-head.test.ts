import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A coordination before the counted noun keeps its head (test/fixtures/dev-pages/README.md, English pages: "Party and
 * government agencies → agency"): nouns joined by "and"/"or" before the head describe it, as describing words do
 * (individual and joint proposals: proposal); the counted noun had kept the noun after "and" (government agency). Class
 * seen on en dev 247 (Xinhua, "46 Party and government agencies were awarded"); the other rows written here. Controls: a
 * noun compound without a coordination keeps its nouns (17 inspection groups: inspection group), and a plural before
 * "and" is the counted noun itself (24 towns and districts: town).
 */
const units = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('a coordination before the counted noun keeps its head', () => {
  it.each([
    ['Some 46 Party and government agencies were awarded for their work.', [[46, 'agency']]],
    ['The province set up 5 research and development centers last year.', [[5, 'center']]],
    ['The 1,012 individual and joint proposals were filed.', [[1012, 'proposal']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Members joined 17 inspection groups.', [[17, 'inspection group']]],
    ['The survey covered 24 towns and districts.', [[24, 'town']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})
