import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title whose complement ends in a preposition (head of the delegation invited by …; members of the team led by …)
// is the title of someone else: the name after "by" is its agent, not its holder (GUIDE.md: roles are "the titles
// the text gives" the person). Known item of round 11: "head of the delegation invited by Wang Yang".
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('English: the name after "by" in a title\'s complement holds no title', () => {
  it.each([
    ['Wang Yang met with Juan Carlos, head of the delegation invited by Wang Yang, in Beijing on Tuesday.', [['Wang Yang', []], ['Juan Carlos', ['head']]]],
    ['The delegation, led by Olga Lopez, head of the delegation invited by Wang Yang, chairman of the CPPCC National Committee, arrived in Beijing.', [['Olga Lopez', ['head']], ['Wang Yang', ['chairman']]]],
    ['Members of the team led by Li Bin visited Yunnan province.', [['Li Bin', []]]],
    // A loose complement without a preposition still gives the title (Chairman of municipal CCPCC Sha Zhihua).
    ['Chairman of municipal CCPCC Sha Zhihua attended the meeting.', [['Sha Zhihua', ['chairman']]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
