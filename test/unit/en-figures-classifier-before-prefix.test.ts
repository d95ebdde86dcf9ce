import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A classifier adjective (political, legal, social: data/en-figure-words.tsv) names what is counted with the noun after it
 * (260 political advisers: political adviser); right before a prefix hyphened to the next word it describes the prefixed
 * noun instead, left out as other adjectives are, and the counted noun starts at the prefix (README: adjectives dropped, a
 * prefix hyphened to the next word stays in the noun). Class seen on en dev 602 ("eight legal non-Communist political
 * parties" → non-communist political party, read as political party); the other rows written here.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit} ${f.approx}`)

describe('a classifier before a hyphened prefix is left out', () => {
  it.each([
    ['China has eight legal non-Communist political parties, the white paper said.', ['8 non-communist political party null']],
    ['The city has 120 social non-profit organizations working with the district committee.', ['120 non-profit organization null']],
    ['Nearly 40 economic non-governmental groups sent representatives.', ['40 non-governmental group less']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: a classifier before its own noun, a prefix with no classifier before it', () => {
  it.each([
    ['There are 260 political advisers in the province.', ['260 political adviser null']],
    ['The firm hired 30 legal advisers last year.', ['30 legal adviser null']],
    ['Members of the eight non-Communist parties attended the meeting.', ['8 non-communist party null']],
    ['The county has 12 new non-governmental organizations.', ['12 non-governmental organization null']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
