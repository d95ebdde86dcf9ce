import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A participle in -ing that only describes what is counted is left out of the unit, as "leading" is (en dev 450: "48
 * visiting delegations" counts delegations); one that names a kind with its noun stays ("34 participating groups":
 * participating group, en 425). Rows worked out by hand; the first from the page.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe('describing participles before the counted noun', () => {
  it.each([
    ['In 2004 the sub-committee received 48 visiting delegations from the three areas.', ['48 delegation', '3 area']],
    ['The committee reviewed 12 existing rules and drafted 5 new ones.', ['12 rule', '5 rule']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Control: a participle that names the kind counted stays in the unit.
  it.each([
    ["The team came from two of the committee's 34 participating groups.", ['2 participating group', '34 participating group']],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
