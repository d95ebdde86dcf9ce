import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title in the plural set before a list of names by a dash (seven Vice Chairmen — A, B, C and D), the list closed by
// a dash or the sentence's end: each name holds the title, as after a comma (README: a role given once for a list of
// names belongs to each name). Seen on test/fixtures/en 428 (Shenzhen Daily). Sentences written by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a title before a list set off by a dash', () => {
  it.each([
    ['The Shenzhen Municipal Committee of the CPPCC elected its officers. The session also gave rise to three Vice Chairmen — Wang Hua, Li Ming and Zhao Gang.', [
      ['Wang Hua', ['vice chairman'], 'Shenzhen Municipal Committee of the CPPCC', true],
      ['Li Ming', ['vice chairman'], 'Shenzhen Municipal Committee of the CPPCC', true],
      ['Zhao Gang', ['vice chairman'], 'Shenzhen Municipal Committee of the CPPCC', true],
    ]],
    ['The meeting named two deputy mayors – Sun Lei and Zhou Bo – to the new posts.', [
      ['Sun Lei', ['deputy mayor'], null, false],
      ['Zhou Bo', ['deputy mayor'], null, false],
    ]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Control: a dash after a name with no title before it gives none.
  it('a dash that follows no title gives none', () => {
    expect(persons('The session heard reports — Wang Hua and Li Ming spoke first.')).toEqual([['Wang Hua', [], null, false], ['Li Ming', [], null, false]])
  })
})
