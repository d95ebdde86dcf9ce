import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "the three media sources", "20 sports venues": a plural right before a plural noun (no verb) names what is counted
 * with that noun (media source, sports venue), as a singular noun does (30 data centers: data center); compromise tags
 * "media" and "sports" as plurals, so the counted noun stopped at them (3 medium). Only one such plural: the plural after
 * it is the head (… media sources residents use most). Class seen on en dev 480 (China Daily, "Television, the Internet
 * and newspapers are the three media sources local residents use most"); the other rows written here. Controls: a plural
 * noun before a verb (300 members attend, 12 proposals focus) keeps its noun.
 */
const units = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit])

describe('a plural before a plural noun names it', () => {
  it.each([
    ['Television and newspapers are the three media sources residents use most.', [[3, 'media source']]],
    ['The city has built 20 sports venues since 2019.', [[20, 'sports venue']]],
    ['Members visited 30 data centers in the province.', [[30, 'data center']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})

describe('controls: a plural noun before a verb', () => {
  it.each([
    ['About 300 members attend the meeting.', [[300, 'member']]],
    ['The 12 proposals focus on education.', [[12, 'proposal']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want))
})
