import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title after "of the" and a comma before another title and a name (In the absence of the chairman, vice-chairman Liang
// Weifa delivered the report: en dev 578) names another holder: it is no title of the name's chain. Titles joined by a
// comma before a name still chain. Sentences by hand.
const roles = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)?.roles

describe('a title that is the object of "of the" before a chain', () => {
  it.each([
    ['In the absence of the chairman, vice-chairman Liang Weifa delivered the annual work report.', 'Liang Weifa', ['vice-chairman']],
    ['In the absence of the mayor, deputy mayor Zhang Qiang chaired the meeting.', 'Zhang Qiang', ['deputy mayor']],
  ])('%s', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expected)
  })

  // Controls: a chain of titles before a name opening its clause keeps both.
  it.each([
    ['Vice Chairman of the CPPCC Jinan Municipal Committee, Secretary-General Wang Li attended.', 'Wang Li', ['vice chairman', 'secretary-general']],
    ['Attending were Vice Chairman of the CPPCC Jinan Municipal Committee, Secretary-General Wang Li.', 'Wang Li', ['vice chairman', 'secretary-general']],
  ])('%s (control)', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expected)
  })
})
