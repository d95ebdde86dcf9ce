import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { mayReadNumberWord } from '../../src/english/figures.js'
import { dataFiles } from '../../src/resources/data-files.js'

// findEnglishFigures asks compromise to read only the paragraphs where it may tag a number word (a cardinal in letters) (round 26, issue #13: the
// reading is most of the time of an English page). A word compromise tags Cardinal from its lexicon must begin with one
// of data/en-cardinal-words.txt (built from that lexicon by data/scripts/build-en-cardinal-words.ts), or a paragraph with it would go unread and lose its number words.
const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }

describe('the number words that make compromise read an English paragraph', () => {
  it("cover every cardinal of compromise's lexicon", () => {
    const cardinals = Object.entries(nlp.model().one.lexicon).filter(([, tags]) => [tags].flat().includes('Cardinal')).map(([word]) => word)
    expect(cardinals.length).toBeGreaterThan(30)
    const listed = dataFiles.list('en-cardinal-words.txt')
    expect(cardinals.filter((w) => !listed.some((c) => w.startsWith(c)))).toEqual([])
  })

  it.each<[string, boolean]>([
    ['The committee held a meeting on the proposals.', false],
    ['Someone in the network attended.', false],
    ['The civil society did well.', false],
    ['Two proposals were adopted.', true],
    ['There were twenty-one members.', true],
    ['A hundred members came.', true],
    // Digits are read without it (NUMERAL): the paragraph is tagged only once a figure is found in it.
    ['Membership grew by 15 percent.', false],
    ['Louis XIV was a king.', true],
    ['si× members', true],
    ['tw\u00f6 members', true],
    ['“Quoted” — and… dashed', false],
  ])('%s → %s', (text, may) => {
    expect(mayReadNumberWord(text)).toBe(may)
  })
})
