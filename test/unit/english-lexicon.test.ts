import { describe, expect, it } from 'vitest'
import { enRoles } from '../../src/english/lexicon.js'

// The role and cue words are escaped with the shared escapeRegExp (text/regexp.ts), '-' included: outside a
// character class and without the u flag an escaped '-' matches '-' itself, so hyphenated titles read as before.
describe('English title patterns built from data words', () => {
  const roles = enRoles(
    [{ cells: ['vice-chairman', 'page'] }, { cells: ['chairman', 'page'] }, { cells: ['dep. director (acting)', '0'] }],
    [{ cells: ['Photo by', 'photographer'] }],
    [{ cells: ['re-elected', 'elect'] }, { cells: ['elected', 'elect'] }, { cells: ['as', 'link'] }, { cells: ['the', 'article'] }],
  )
  it.each([
    ['vice-chairman of the CPPCC', 'vice-chairman'],
    ['Chairman of the CPPCC', 'Chairman'],
    ['dep. director (acting) of X', 'dep. director (acting)'],
    // Not a title: another hyphenated word, a regexp reading of the data word (. as any character).
    ['vice chairman of the CPPCC', null],
    ['depX director (acting)', null],
  ])('roleAt %s', (text, want) => {
    expect(roles.roleAt.exec(text)?.[0] ?? null).toBe(want)
  })
  it.each([
    ['The session re-elected ', true],
    ['The session elected ', true],
    // "re-elected" is one word: its "elected" alone does not open an election (the hyphen before it).
    ['The session pre-elected ', false],
  ])('electBefore %s', (text, want) => {
    expect(roles.electBefore.test(text)).toBe(want)
  })
})
