import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const ORG = 'Guangdong Provincial Committee of the CPPCC'
const PAGE = "The second session of the 13th Guangdong Provincial Committee of the CPPCC closed in Guangzhou on January 24.\n\nLin Keqing, chairman of the CPPCC Guangdong Committee, presided over the closing ceremony.\n\n"

// Guangdong's English site (newsgd.com) prints its credits with a bar for the colon: "Reporter | Clarice", "Editor |
// Olivia, Nan, Abby", "Author | Abby" (en 395, 461). Credits are roles (README), of each name of the list; the names are
// English given names, found on such a line only. Not a site (Photo | Southcn.com), nor a line of no credit word.
describe('English persons: credit lines with a bar', () => {
  it.each<[string, Array<[string, string[], string | null]>]>([
    [`${PAGE}Reporter | Clarice\n\nPhoto | Southcn.com\n\nEditor | Olivia, Nan, Abby`, [
      ['Lin Keqing', ['chairman'], ORG], ['Clarice', ['reporter'], null], ['Olivia', ['editor'], null], ['Nan', ['editor'], null], ['Abby', ['editor'], null]]],
    [`${PAGE}Author | Abby\n\nEditor | Wing, Steven`, [
      ['Lin Keqing', ['chairman'], ORG], ['Abby', ['author'], null], ['Wing', ['editor'], null], ['Steven', ['editor'], null]]],
    // Controls.
    [`${PAGE}Photo | Southcn.com\n\nSource | Nanfang Daily`, [['Lin Keqing', ['chairman'], ORG]]],
    [`${PAGE}Editor | the newsroom team`, [['Lin Keqing', ['chairman'], ORG]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
