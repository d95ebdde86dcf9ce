import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party committee's department (data/en-party-departments.txt) written "of" a region's committee that names no owner
// (United Front Work Department of the Ya'an Municipal Committee, 雅安市委统战部: test/fixtures/en 593): the department
// says whose committee it is, so it is a party body of that region, named as written; the committee inside its name
// is no body of its own (as 雅安市委 inside 雅安市委统战部 is not: 39 of 49 such zh gold names). A committee of no owner
// after no party department stays no body (the Municipal Committee of what?), and a government's department stays the
// government's. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const person = (t: string, name: string) => analyzer.analyze(t).persons.filter((p) => p.name === name).map((p) => [p.roles, p.org])

describe('a party department of a committee that names no owner', () => {
  it.each([
    ["Wang Qiang, Deputy Minister of the United Front Work Department of the Ya'an Municipal Committee, attended the meeting.",
      [["United Front Work Department of the Ya'an Municipal Committee", 'party', '雅安市']]],
    ['Li Hua, head of the Organization Department of the Mianyang Municipal Committee, spoke at the meeting.',
      [['Organization Department of the Mianyang Municipal Committee', 'party', '绵阳市']]],
    ['The Propaganda Department of the Deyang Municipal Committee held a press conference on Monday.',
      [['Propaganda Department of the Deyang Municipal Committee', 'party', '德阳市']]],
    ['Officials of the United Front Work Department of Wenjiang District Committee attended.',
      [['United Front Work Department of Wenjiang District Committee', 'party', '温江区']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it("the deputy minister's org is the department", () => {
    expect(person("Wang Qiang, Deputy Minister of the United Front Work Department of the Ya'an Municipal Committee, attended the meeting.", 'Wang Qiang'))
      .toEqual([[['deputy minister'], "United Front Work Department of the Ya'an Municipal Committee"]])
  })

  // Controls: a committee of no owner with no party department before it; a government department of a committee.
  it.each([
    ["He met members of the Ya'an Municipal Committee on Monday.", []],
    ['The Education Bureau of the Mianyang Municipal Committee was not mentioned.', []],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
