import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const roles = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.roles ?? null
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Round 26 (officials' biographies, en dev 597, 612, 594): a hard-wrapped text's single line break inside a sentence is no
// paragraph break (a line may open with a number: …in December│1965 and began …), so "He serves as …" looks back to its
// person; a sketch's dated posts, after "X, Han nationality, a native of …" or in a paragraph "Male, born in …" after the
// sentence naming its person, are that person's; "He once served as …" is a predicate like "he also served as". Sentences
// written for this test; expected values by hand.
describe('en persons: biographies and hard-wrapped text', () => {
  it.each<[string, string, string[]]>([
    ['Li Ming, a native of Wuhan, Hubei Province, was born in May 1960. He joined the CPC in\n1985 and began working in 1982. He graduated from Wuhan University in\n1982 with a degree in law.\nHe serves as vice-chairman of the Hubei Provincial Committee of the CPPCC.', 'Li Ming', ['vice-chairman']],
    ['Zhang Hua, male, born in 1965, is mayor of Baoding. He once served as director of the Hebei Provincial Department of Finance.', 'Zhang Hua', ['mayor', 'director']],
    ['The following is the biographical sketch of Zhang Hua, who was elected secretary-general of the CPPCC National Committee:\n\nMale, born in 1950, a native of Tianjin.\n\nDeputy head of the United Front Work Department of the CPC Central Committee in 1993-1997.', 'Zhang Hua', ['secretary-general', 'deputy head']],
    ['Wang Hai, Han nationality, a native of Jinan, Shandong Province, was born in 1950.\n1970-1980 Deputy director of the Jinan Steel Plant\n1980-1990 Director of the Jinan Steel Plant', 'Wang Hai', ['deputy director', 'director']],
  ])('%s', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expect.arrayContaining(expected))
  })

  // Controls: a pronoun two paragraphs (blank lines) after the name, past a sentence of no person, gets no title across
  // them; a line that ends a sentence still breaks the paragraph.
  it.each<[string, string, string[]]>([
    ['Li Ming was born in 1960.\n\nThe meeting was held in Wuhan on Monday.\n\nHe serves as vice-chairman of the Hubei Provincial Committee of the CPPCC.', 'Li Ming', []],
    ['Wang Hai visited the plant on Monday.\n1970-1980 Director of the Jinan Steel Plant', 'Wang Hai', []],
  ])('control: %s', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expected)
  })

  // A body's head word is no word of a person's name (the factory Party Committee, deputy director of …).
  it.each<[string, string | null]>([
    ['He was member of the Standing Committee of the factory Party Committee, deputy director of the political department of the plant.', null],
    ['Pagbalha Geleg Namgyai, vice chairman of the CPPCC National Committee, attended.', 'Pagbalha Geleg Namgyai'],
  ])('name: %s', (text, name) => {
    expect(persons(text)).toEqual(name ? [name] : [])
  })
})
