import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of a people's organisation's executive committee, its term before it and in either case ("chairman of the
// 13th executive committee of the ACFIC", "vice chairwoman of the Executive Committee of the ACWF"): the organisation's
// title, org the organisation (the executive committee is no body of its own in the gold, as the CPPCC's Standing
// Committee is kept under its committee). Sentences written by hand after en 660.
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const AC = 'All-China Federation of Industry and Commerce'

describe("English persons: a title of an organisation's executive committee", () => {
  it.each<[string, unknown[][]]>([
    [`The congress elected the ${AC} (ACFIC). Gao Yunlong was elected chairman of the 13th executive committee of the ACFIC on Monday.`, [['Gao Yunlong', ['chairman'], AC]]],
    [`Li Ming, vice chairman of the executive committee of the ${AC}, attended.`, [['Li Ming', ['vice chairman'], AC]]],
    [`Wang Fang was elected vice chairwoman of the Executive Committee of the All-China Women's Federation.`, [['Wang Fang', ['vice chairwoman'], "All-China Women's Federation"]]],
    // Control: an executive committee of no listed body gives no org.
    [`Zhang Wei, chairman of the executive committee of the school's alumni club, spoke.`, [['Zhang Wei', ['chairman'], null]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
