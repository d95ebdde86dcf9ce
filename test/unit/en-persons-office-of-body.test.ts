import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "Ou Xiaoli, director of the social development department at the National Development and Reform Commission": a title
// of an office written in lower case inside a body is of that body (README, Persons: a role keeps the office written
// before the title, the body goes to org: 办公厅研究室主任, 规法处副处长 → org 四川省科技厅). An office director of a CPPCC
// committee is its officer, no member (办公室主任 of a 政协: 5 of 5 zh dev entries cppccMember false). Seen on en dev 508;
// sentences written by hand, truth worked out by hand. Controls: an office with no body after it, an office in a place.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const SH = 'CPPCC Shanghai Municipal Committee'

describe('a title of a lower-case office takes the body after the office', () => {
  it.each([
    ['Ou Xiaoli, director of the social development department at the National Development and Reform Commission, told a news conference.',
      [['Ou Xiaoli', ['director'], 'National Development and Reform Commission', false]]],
    ['Zhang Hua, deputy director of the general office of the Ministry of Education, said the plan was ready.',
      [['Zhang Hua', ['deputy director'], 'Ministry of Education', false]]],
    ['Li Ming, a professor of the history department at Fudan University, spoke.', [['Li Ming', ['professor'], 'Fudan University', false]]],
    // …of a CPPCC committee: its officer, not a member; a member title beside it still makes one.
    ['Li Ming, director of the research office of the CPPCC Shanghai Municipal Committee, attended the meeting.', [['Li Ming', ['director'], SH, false]]],
    ['Li Ming, director of the general office of the CPPCC Shanghai Municipal Committee and a member of the committee, spoke.',
      [['Li Ming', ['director', 'member'], SH, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no body after the office', () => {
  it.each([
    ['Li Ming, head of the department, said the plan was ready.', [['Li Ming', ['head'], null, false]]],
    ['Li Ming, director of the office in Beijing, spoke.', [['Li Ming', ['director'], null, false]]],
    ['Li Ming, vice chairman of the CPPCC Shanghai Municipal Committee, spoke.', [['Li Ming', ['vice chairman'], SH, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
