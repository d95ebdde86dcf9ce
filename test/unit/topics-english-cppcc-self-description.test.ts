import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * The CPPCC's self-description in English ("an important organ for multiparty cooperation and political consultation",
 * "the patriotic united front organization") is boilerplate, as 多党合作和政治协商 and 爱国统一战线组织 are in Chinese
 * (dev-pages README, Topics: boilerplate; data/boilerplate.txt). Sentences written for this test, not taken from any page.
 */
describe('topics: the CPPCC\'s English self-description is no united-front work', () => {
  it.each([
    ['The annual session of the provincial political advisory body opened on Monday. The CPPCC is an important organ for multiparty cooperation and political consultation under the leadership of the Communist Party of China. Members will review the work report. The chairman said the CPPCC, as a mechanism for multiparty cooperation and political consultation, will hold more meetings on the economy.'],
    ['The CPPCC, the patriotic united front organization of the Chinese people, opened its plenary meeting in the city on Friday. Members elected a new chairman. The new chairman said the committee, a united front organization, would serve the city.'],
  ])('%s → not united-front', (text) => {
    expect(tags(text)).not.toContain('united-front')
  })

  it.each([
    ['The forum on multiparty cooperation gathered leaders of the democratic parties. Members of the China Democratic League and the Jiusan Society discussed how the non-Communist parties can improve multiparty cooperation and their own organization.'],
    ['The united front work department held a meeting with members of the democratic parties and personages without party affiliation to discuss united front work in the new era.'],
  ])('the parties\' own work still counts: %s → united-front', (text) => {
    expect(tags(text)).toContain('united-front')
  })
})
