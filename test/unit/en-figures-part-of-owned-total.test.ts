import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number before "of" and a second number counts what the second counts, also where an owner or "its" stands between
 * ("two of the committee's 34 participating groups": en dev 425, gold 2 participating group; "Three of its 20
 * members"), as "300 of the 6,012 proposals" did. Rows worked out by hand; the first from the page.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe("a part of an owner's counted total", () => {
  it.each([
    ["The team was composed of members who are from two of the committee's 34 participating groups.", ['2 participating group', '34 participating group']],
    ['Three of its 20 members spoke at the meeting.', ['3 member', '20 member']],
    ['Five of their 12 proposals were adopted.', ['5 proposal', '12 proposal']],
    ['About 300 of the 6,012 proposals were filed late.', ['300 proposal', '6012 proposal']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: "one of" is no count; a partitive "of the" with a noun keeps its noun.
  it.each([
    ["He is one of the committee's 34 members.", ['34 member']],
    ['Sixteen of the proposals were filed.', ['16 proposal']],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
