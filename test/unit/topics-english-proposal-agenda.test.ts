import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A session's agenda report on proposals is part of the session, no proposal work (dev-pages README, Topics; data/boilerplate.txt).
 * Sentences written for this test, not taken from any page.
 */
describe('topics: an English agenda report on proposals is no proposal work', () => {
  it.each([
    ['The standing committee meeting closed on Friday. Members heard a work report and a report on how the proposals submitted by members had been handled. The documents will go to the annual session. Members also heard a report on the issue of proposals.'],
    ['The session closed. Members adopted a work report of the committee and a report on its handling of proposals. A report on how the Standing Committee has handled proposals was also adopted, and a report of proposals reviewing work.'],
  ])('%s → not proposals', (text) => {
    expect(tags(text)).not.toContain('proposals')
  })

  it.each([
    ['Members submitted 520 proposals this year. The proposals focus on elderly care and rural roads, and government departments have handled the proposals and replied to members.'],
  ])('proposals submitted and handled still count: %s → proposals', (text) => {
    expect(tags(text)).toContain('proposals')
  })
})
