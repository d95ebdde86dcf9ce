import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => {
  const p = analyzer.analyze(text).persons.find((x) => x.name === name)
  return p ? { roles: p.roles, org: p.org, cppccMember: p.cppccMember } : null
}

// A sentence opened by "He"/"She" after a blank line takes the titles of the name in the paragraph before: a blank line
// is one paragraph break (round 16; until then a known gap, two line breaks stopped the look-back). en 409's gold gives
// Zhang Baowen the title of "He is also a Standing Committee member of the National Committee …" two paragraphs on,
// where the paragraph between names him again (Zhang, 66, …); 241/369 stay as they are.
describe('English persons: a pronoun sentence in the next paragraph, across a blank line', () => {
  it.each<[string, string, { roles: string[]; org: string | null; cppccMember: boolean }]>([
    [
      'Li Ming was elected chairman of the China Democratic League on Friday.\n\nHe is also a member of the National Committee of the Chinese People\'s Political Consultative Conference.',
      'Li Ming', { roles: ['chairman', 'member'], org: 'National Committee of the Chinese People\'s Political Consultative Conference', cppccMember: true },
    ],
    [
      'Zhou Hong, 58, joined the Jiusan Society in 1990.\n\n\nShe is also vice chairwoman of the CPPCC Yangquan Municipal Committee.',
      'Zhou Hong', { roles: ['vice chairwoman'], org: 'CPPCC Yangquan Municipal Committee', cppccMember: true },
    ],
    [
      'Zhang Baowen was on Thursday elected chairman of the Central Committee of the China Democratic League (CDL).\n\nZhang, 66, joined the CDL in 1986.\n\nHe is also a Standing Committee member of the National Committee of the Chinese People\'s Political Consultative Conference, the country\'s national political advisory body.',
      'Zhang Baowen', { roles: ['chairman', 'standing committee member'], org: 'National Committee of the Chinese People\'s Political Consultative Conference', cppccMember: true },
    ],
  ])('%s', (text, name, expected) => {
    expect(person(text, name)).toEqual(expected)
  })

  // Two paragraphs away is too far: the pronoun is about someone the text has not named.
  it('not two paragraphs back', () => {
    const text = 'Li Ming attended the meeting.\n\nThe meeting lasted two hours.\n\nHe is also a member of the National Committee of the CPPCC.'
    expect(person(text, 'Li Ming')?.roles).toEqual([])
  })
})

// "… as a TITLE" after I/my/me inside a quote is its speaker's, named right after the quote in the same paragraph
// (en 241: '"… in my capacity as a member of the CPPCC National Committee," Wu said'; en 369: '"… serving as a CPPCC
// member," Wang Xiaochuan told CGTN'), not the name of the paragraph before (a byline, another speaker).
describe('English persons: "my … as a TITLE" in a quote is the speaker\'s', () => {
  it.each<[string, string, string[], string[]]>([
    ['By Zhao Lei\n\n"This is my third year serving as a CPPCC member," Sun Hui told reporters.', 'Sun Hui', ['member'], []],
    ['Zhao Lei reported.\n\n"I spoke to many people in my capacity as a member of the CPPCC National Committee," said Sun Hui.', 'Sun Hui', ['member'], []],
    ['Sun Hui, a teacher, said so.\n"I came here as a political advisor," Sun said.', 'Sun Hui', ['political advisor'], []],
  ])('%s', (text, name, roles, bylineRoles) => {
    expect(person(text, name)?.roles).toEqual(roles)
    expect(person(text, 'Zhao Lei')?.roles ?? []).toEqual(bylineRoles)
  })
})
