import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party title written with the level word of its committee inside (Deputy District Party Chief: 区委副书记; the
// municipal party secretary: 市委书记; Provincial Party Secretary X: 省委书记): the title without the level word, as
// en 517 ('the municipal party secretary' → party secretary) and 428 ('Shenzhen deputy Party Chief' → deputy party
// chief) are annotated; 'District Governor' (区长) a title as 'district mayor' is (en 464). Seen on en dev 673 (Hongkou);
// sentences written by hand, truth worked out by hand (org null: no body written beside the titles, README English rule).
// Controls: a party committee's office in lower case (no party title), a title with no level word.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a level word inside a party title', () => {
  it.each([
    ['Other attendees included Lu Ming, Deputy District Party Chief and District Governor, and Du Songquan, Deputy District Party Chief.', [
      ['Lu Ming', ['deputy party chief', 'district governor'], null, false], ['Du Songquan', ['deputy party chief'], null, false]]],
    ['Provincial Party Secretary Che Jun met the guests.', [['Che Jun', ['party secretary'], null, false]]],
    ['Wang Hua, the county party secretary, spoke.', [['Wang Hua', ['party secretary'], null, false]]],
    // "executive" stays (常务副书记; review of round 30).
    ['Other attendees included Lu Ming, Executive Deputy District Party Chief, and Zheng Hong.', [
      ['Lu Ming', ['executive deputy party chief'], null, false], ['Zheng Hong', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no level word, or no party title', () => {
  it.each([
    ['Li Ming, deputy Party chief of Sansha, attended.', [['Li Ming', ['deputy party chief'], null, false]]],
    ['Deputy Mayor Li Ming attended.', [['Li Ming', ['deputy mayor'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
