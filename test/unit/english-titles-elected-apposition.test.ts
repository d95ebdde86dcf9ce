import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The title an election gave a name, written in apposition ("X (left), elected chairman of …", "X, who was re-elected
// chairman of …") or after a relative clause ("X, who turns 63 this month, was elected chairman of …"): the name's
// role, its body the org (GUIDE.md: the titles the text gives). Sentences of test/fixtures/en 394 and 402 and a survey page.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = "National Committee of the Chinese People's Political Consultative Conference"

describe('English: titles an election gave, in apposition or after a relative clause', () => {
  it.each([
    ["Wang Yang (left), elected chairman of the 13th National Committee of the Chinese People's Political Consultative Conference, shakes hands with Yu Zhengsheng.", [['Wang Yang', ['chairman'], NC, true], ['Yu Zhengsheng', [], null, false]]],
    ["Wang Yang, who turns 63 this month, was elected chairman of the 13th National Committee of the Chinese People's Political Consultative Conference, the top political advisory body.", [['Wang Yang', ['chairman'], NC, true]]],
    ['Jia Qinglin, who was re-elected chairman of the CPPCC National Committee, the top political advisory body, presided over the closing meeting.', [['Jia Qinglin', ['chairman'], 'CPPCC National Committee', true]]],
    ['Hu Wenrong, the newly elected chairman of the CPPCC Shanghai Committee, led the members into the hall.', [['Hu Wenrong', ['chairman'], 'CPPCC Shanghai Committee', true]]],
    // A relative clause that gives no title, and a verb that is no election, give none.
    ['Li Ming, who visited Shanghai, was interviewed by reporters.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
