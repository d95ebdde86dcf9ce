import { describe, expect, it } from 'vitest'
import { termHits } from '../../src/topics/score.js'
import { loadTopics } from '../../src/topics/taxonomy.js'

const topics = loadTopics(undefined)
const uf = topics.taxonomy.tags.findIndex((t) => t.id === 'united-front')
const ufTerms = (text: string) => termHits(text, topics).filter((h) => h.tag === uf).map((h) => h.term)

/**
 * "Hong Kong and Macao" (and with Taiwan) written as one pair is one mention of one term, as 港澳 is in Chinese, not
 * a mention of Hong Kong and another of Macao: a list of where members come from ("nearly 90 members from Hong Kong
 * and Macao") no longer counts twice. Sentences written for this test, terms by hand.
 */
describe('topics: Hong Kong and Macao as one pair', () => {
  it.each([
    ['There are nearly 90 members from Hong Kong and Macao.', ['hong kong and macao']],
    ['It also consists of compatriots of Hong Kong, Macao and Taiwan.', ['compatriots', 'hong kong, macao and taiwan']],
    ['Representatives from Hong Kong-Macao media sat in.', ['hong kong-macao']],
    // Control: the two named apart are two mentions.
    ['Investors from Hong Kong met officials, and Macao sent a delegation.', ['hong kong', 'macao']],
  ])('%s → %j', (text, terms) => {
    expect(ufTerms(text)).toEqual(terms)
  })
})
