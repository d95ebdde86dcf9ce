import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A lone 提案 or 社情民意 (data/topic-field-names.txt) with no count next to it names a member's duty or a channel
 * in passing (积极提交提案, 关注社情民意): no tag on its own (dev-pages README, Topics: a count or a concrete
 * activity, not a passing word). Counted (提交提案56件, 社情民意76条, 30多件提案) or written again, it is the
 * page's work. Sentences written for this test, tags by hand.
 */
describe('topics: the name of a field written once in passing', () => {
  it.each([
    ['会上，主席希望委员们积极提交提案，认真履职尽责。', 'proposals'],
    ['他希望委员们在今后工作中多关注社情民意，当好群众的贴心人。', 'public-opinion'],
  ])('%s → not %s', (text, tag) => {
    expect(tags(text)).not.toContain(tag)
  })

  // Controls: counted, or written again, the field is what the page reports.
  it.each([
    ['截至目前，本届委员共提交提案56件。', 'proposals'],
    ['今年以来，委员们提交了30多件提案。', 'proposals'],
    ['截至目前，市政协共收到委员反映的社情民意76条。', 'public-opinion'],
    ['委员们提交提案，提案内容涉及多个方面。', 'proposals'],
  ])('%s → %s', (text, tag) => {
    expect(tags(text)).toContain(tag)
  })
})

/**
 * A count written right against a term (办复120件, 专报12期, 30多件提案) says the page reports many of what it names:
 * written once so, the term counts as written twice (its record for pages that write it again, log2(3)). Without the
 * count the same words stay below the threshold (办复 weight 3 once: 3.3). Sentences written for this test.
 */
describe('topics: a counted term counts as written again', () => {
  it.each([
    ['全年办复120件。', 'proposals'],
    ['全年共编报专报12期。', 'public-opinion'],
  ])('%s → %s', (text, tag) => {
    expect(tags(text)).toContain(tag)
  })

  // Controls: the same words with no count next to them.
  it.each([
    ['相关部门认真做好办复工作。', 'proposals'],
    ['市政协认真做好编报专报工作。', 'public-opinion'],
  ])('%s → not %s', (text, tag) => {
    expect(tags(text)).not.toContain(tag)
  })
})
