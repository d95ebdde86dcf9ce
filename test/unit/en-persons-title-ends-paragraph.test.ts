import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title that ends a paragraph is the apposition of the name before it, not a title before the name that opens the next
// paragraph: a speaker list (SCIO press rooms: "Chen Xu, deputy director of X" on a line, the next speaker below), a
// caption line, a roster. Lines written by hand after en 658; in a page's `text` a line break is a paragraph end
// (a wrapped line is joined).
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const UF = 'United Front Work Department of the CPC Central Committee'

describe('English persons: a title ending a paragraph', () => {
  it.each<[string, unknown[][]]>([
    [`Chen Xu, deputy director of the ${UF}\n\nZou Jiayi, deputy secretary general of the CPPCC National Committee`,
      [['Chen Xu', ['deputy director'], UF], ['Zou Jiayi', ['deputy secretary general'], 'CPPCC National Committee']]],
    [`Wang Hong, vice chairman of the Jiusan Society Central Committee\n\nLi Ming, director of the Ministry of Education`,
      [['Wang Hong', ['vice chairman'], 'Jiusan Society Central Committee'], ['Li Ming', ['director'], 'Ministry of Education']]],
    // Controls: in one paragraph a title before a name is that name's, and one in apposition stays its name's.
    [`The meeting was chaired by deputy director of the ${UF} Zou Jiayi.`, [['Zou Jiayi', ['deputy director'], UF]]],
    [`Chen Xu, deputy director of the ${UF}, spoke first.`, [['Chen Xu', ['deputy director'], UF]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
