import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A name's apposition that lists descriptions in commas, in lower case, and closes with "and" and a title ("Feng Jicai,
// well-known writer, painter, and honorary council member of the China Federation of Literary and Art Circles, Chi Fulin,
// President of …"), as lists of guests print it (en dev 626): the title is the first name's, not the next name's. Before,
// the description stopped at its first comma, so the title went to no one, or to the name after it as a title written
// before that name. Sentences written by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('descriptions in commas, then "and" and a title', () => {
  it.each([
    ['Guests included Li Zhaoqian, Vice Chairman of the All-China Federation of Industry and Commerce, Feng Jicai, well-known writer, painter, and honorary council member of the China Federation of Literary and Art Circles, Chi Fulin, President of the China Institute for Reform and Development.',
      [['Li Zhaoqian', ['vice chairman'], 'All-China Federation of Industry and Commerce'], ['Feng Jicai', ['honorary council member'], 'China Federation of Literary and Art Circles'], ['Chi Fulin', ['president'], 'China Institute for Reform and Development']]],
    ['Guests included Feng Jicai, writer, painter and vice chairman of the China Federation of Literary and Art Circles.',
      [['Feng Jicai', ['vice chairman'], 'China Federation of Literary and Art Circles']]],
    ['Guests included Feng Jicai, writer, retired teacher, and vice chairman of the China Federation of Literary and Art Circles.',
      [['Feng Jicai', ['vice chairman'], 'China Federation of Literary and Art Circles']]],
    ['Present were Liu Ming, entrepreneur, philanthropist, and vice president of the All-China Women\'s Federation, and Zhao Lei, president of the China Institute for Reform and Development.',
      [['Liu Ming', ['vice president'], "All-China Women's Federation"], ['Zhao Lei', ['president'], 'China Institute for Reform and Development']]],
    // …a description of any length, not a verb first (review of round 27: a limit of four words dropped this title).
    ['Zhang Wei, a painter, a professor of the Central Academy of Fine Arts, and vice chairman of the CPPCC Hebei Committee, spoke.',
      [['Zhang Wei', ['vice chairman'], 'CPPCC Hebei Committee']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Controls: a title after "and" that opens its own clause before the next name is that name's; one description then a title.
  it.each([
    ['The meeting was attended by Wang Hu, and a vice chairman of the All-China Women\'s Federation, Li Bin.', [['Wang Hu', [], null], ['Li Bin', ['vice chairman'], "All-China Women's Federation"]]],
    ['Yao Ming, a former basketball star and a vice chairman of the All-China Youth Federation, spoke.', [['Yao Ming', ['vice chairman'], 'All-China Youth Federation']]],
    // …the name's own predicate after its description (a verb first), then the next subject's title: not the name's.
    ['Zhang Wei, a farmer, spoke first, and a member of the CPPCC National Committee followed.', [['Zhang Wei', [], null]]],
    ['Zhang Wei, a farmer, recalled the early days, and the vice chairman of the CPPCC National Committee agreed.', [['Zhang Wei', [], null]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
