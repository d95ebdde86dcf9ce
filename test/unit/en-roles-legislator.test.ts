import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "legislator" is a title as "lawmaker" is (data/en-roles.tsv): "said legislator Wang Liangren" (en dev 572 gold: role
// legislator); the plural before a list gives each name its singular. Not a title after "top", which describes (China's
// top legislator Zhang Dejiang, en dev 320: no role). Org left null: the body is not written beside the title.
// Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.cppccMember])

describe('legislator as a title', () => {
  it.each([
    ['The session of the National People\'s Congress opened. "We must act," said legislator Wang Liangren.', [['Wang Liangren', ['legislator'], false]]],
    ['"More," said another legislator Lei Xinquan.', [['Lei Xinquan', ['legislator'], false]]],
    ['Li Ming, a legislator from Shanghai, said it works.', [['Li Ming', ['legislator'], false]]],
    ['Suggestions made by legislators Wang Hua and Li Ming were handled.', [['Wang Hua', ['legislator'], false], ['Li Ming', ['legislator'], false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: a description, or no title beside the name', () => {
  it.each([
    ['China\'s top legislator Zhang Dejiang spoke.', [['Zhang Dejiang', [], false]]],
    ['The legislators said Li Ming was right.', [['Li Ming', [], false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
