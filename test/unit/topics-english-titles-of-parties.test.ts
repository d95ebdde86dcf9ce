import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * English writes the title first and the body after "of" (vice chairman of the China Democratic League): the body is
 * part of the title, not what the page treats, as a Chinese party or mass organisation before an official's title
 * (dev-pages README, Topics: "the name of a body or an official's title"; src/topics/evidence.ts). Sentences written
 * for this test, tags by hand.
 */
describe('topics: an English title "of" a party or mass organisation is no evidence', () => {
  it.each([
    ['Wang Ming, vice chairman of the China Democratic League, Li Gang, vice chairman of the Jiusan Society, and Zhang Wei, chairman of the China Association for Promoting Democracy, led members to inspect wetland restoration along the Yellow River. They checked sewage treatment and water quality and urged stronger ecological protection and pollution control.', 'ecology'],
    ['Zhang Wei, chairman of the All-China Federation of Industry and Commerce, Li Gang, vice chairman of the China Democratic League, and Chen Hong, vice chairman of the Jiusan Society, visited rural villages to discuss agriculture with farmers and heard how villagers raised incomes through rural tourism.', 'rural'],
  ])('%s → %s, not united-front', (text, tag) => {
    const got = tags(text)
    expect(got).toContain(tag)
    expect(got).not.toContain('united-front')
  })

  // Controls: the body at work (or named without a title before it) still counts.
  it.each([
    ['The China Democratic League held a plenary session of its central committee. The league reviewed its work on multiparty cooperation and the training of its members, and vowed to strengthen the building of democratic parties under the system of multiparty cooperation.'],
    ['The All-China Federation of Industry and Commerce held a symposium for members of democratic parties and people without party affiliation on multiparty cooperation and the united front.'],
  ])('the body at work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
