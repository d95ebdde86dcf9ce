import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'
import { markCreditRows } from '../../src/persons/lexicon.js'

const roles = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.roles

// Round 28 review of the mark-credit reader (data/mark-credits.txt): a row longer than one unit would never be looked
// up (the credit is the one unit before the mark), so it is an E_DATA error naming file:line; and the character before
// the credit is read as a code point, so an astral Han character there (𠀀文/) makes 文 part of a word, no credit.
// Expected values by hand.
describe('persons: the rows and the reading of one-character credits', () => {
  it('a row of two units is an error naming file:line', () => {
    expect(() => markCreditRows('# credits\n文\n新华\n')).toThrow(/data\/mark-credits\.txt:3/)
    expect(markCreditRows('# credits\n文\n图\n')).toEqual(['文', '图'])
  })

  it('an astral Han character before 文 makes no credit', () => {
    // 张菡 must be found first: a missing name would pass the second check without testing anything.
    const got = roles('市政协开展调研活动。𠀀文/张菡', '张菡')
    expect(got).toBeDefined()
    expect(got).not.toContain('文')
  })

  // Control: after a mark or a line's start 文 is still a credit.
  it('文/张菡 after a line start', () => {
    expect(roles('市政协开展调研活动。\n文/张菡\n', '张菡')).toEqual(['文'])
  })
})
