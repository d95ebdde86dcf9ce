import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Literature and writers (文学, 作家) are culture: a writers' association meeting, members and writers on literary
 * work are the culture field at work (dev-pages README, Topics: a real part of the page). A word written once in
 * passing (a member's post at a school of literature, on a page about housing) is no evidence: the terms follow
 * their record on the dev pages (data/topic-term-precision.tsv). Sentences written for this test, tags by hand.
 */
describe('topics: literature and writers', () => {
  it.each([
    ['县作家协会召开第二次代表大会，到会作家代表四十余人，围绕繁荣文学创作、推出更多文学精品建言献策。'],
    ['区政协组织委员与本地作家座谈，交流文学创作的体会，建议设立文学扶持基金，支持作家深入基层。'],
  ])('%s → culture-tourism', (text) => {
    expect(tags(text)).toContain('culture-tourism')
  })

  // Control: a title naming a school of literature, once, on a page about housing stays untagged.
  it.each([
    ['市政协委员、师范学院文学系主任李明视察了城区老旧小区改造工作，建议加快加装电梯，完善停车设施。'],
  ])('not culture-tourism: %s', (text) => {
    expect(tags(text)).not.toContain('culture-tourism')
  })
})
