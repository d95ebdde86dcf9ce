import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Titles chained before an English name, each with its body (en dev 353; survey of 37 English pages, r14: a party
// secretary "of BODY (CPC) Name", "Vice Chairman of X and Secretary of Y Name", "X Vice Chairman and Minister of Y Name").
// All titles are the name's, in text order; org is the first CPPCC body, else the first (GUIDE.md). Sentences by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles chained before a name', () => {
  it.each([
    ['Vice Chairman of the CPPCC Hubei Provincial Committee and Secretary of the Party Group Zhao Ming attended the forum.', ['Zhao Ming', ['vice chairman', 'secretary'], 'CPPCC Hubei Provincial Committee', true]],
    ['CPPCC Hubei Provincial Committee Vice Chairman and Minister of the United Front Work Department Zhao Ming met the guests.', ['Zhao Ming', ['vice chairman', 'minister'], 'CPPCC Hubei Provincial Committee', true]],
    ['Deputy Secretary of the CPC Hubei Provincial Committee and Chairman of the CPPCC Hubei Provincial Committee Zhao Ming spoke.', ['Zhao Ming', ['deputy secretary', 'chairman'], 'CPPCC Hubei Provincial Committee', true]],
    ['The president of our college, member of the National Committee of CPPCC, Chairman of the Hubei Provincial Committee of Jiusan Society Zhao Ming gave a report.', ['Zhao Ming', ['president', 'member', 'chairman'], 'National Committee of CPPCC', true]],
    // A body's abbreviation in brackets between the body and the name.
    ['The former secretary of Wuhan Municipal Committee of the Communist Party of China (CPC) Zhao Ming was dismissed.', ['Zhao Ming', ['former secretary'], 'Wuhan Municipal Committee of the Communist Party of China', false]],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })

  // Not chained: a list of persons (", and" or two names with their own titles), a description after an article.
  it.each([
    ['The meeting was chaired by Vice Chairman Zhao Ming and Secretary-General Qian Hong.', ['Qian Hong', ['secretary-general'], null, false]],
    ['Present were Sun Li, chairman of the CPPCC Hubei Provincial Committee, and Vice Chairman of the Hubei Provincial People\'s Congress Zhao Ming.', ['Zhao Ming', ['vice chairman'], "Hubei Provincial People's Congress", false]],
    ['Professor Sun Li, a deputy to the National People\'s Congress, and Professor Zhao Ming, a member of the CPPCC National Committee, spoke.', ['Zhao Ming', ['professor', 'member'], 'CPPCC National Committee', true]],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })

  // A comma printed without a space between titles after a name (pages translated from Chinese: en dev 353, 359; survey).
  it.each([
    ['Professor Zhao Ming, Vice Chairman of the China Democratic League (CDL),Vice Chairman of the CPPCC Hubei Provincial Committee, gave a report.', ['Zhao Ming', ['professor', 'vice chairman'], 'CPPCC Hubei Provincial Committee', true]],
    ['Zhao Ming, president of Wuhan University,member of the CPPCC National Committee, spoke.', ['Zhao Ming', ['president', 'member'], 'CPPCC National Committee', true]],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })
})

// Across a bare comma a title chains to the next name only where it opens its clause: not after a name, "who is/was"
// or a bracket after a name in the clause, whose apposition it is (review, round 14: the first three sentences the
// reviewer's, the rest our own). Roles by hand.
describe('English titles in apposition to an earlier name are not chained', () => {
  const roles = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)?.roles
  it.each([
    ['Speakers included Wang Fang, who is vice chairman of the CPPCC Jiangsu Committee, Secretary-General Zhao Qian and Li Hong.', 'Zhao Qian', ['secretary-general']],
    ['Wang Fang (female), Vice Chairman of the CPPCC Jiangsu Committee, Secretary-General Zhao Qian attended.', 'Zhao Qian', ['secretary-general']],
    ['Wang Fang said as vice chairman of the CPPCC Jiangsu Committee, Secretary-General Zhao Qian would lead the team.', 'Zhao Qian', ['secretary-general']],
    ['Present were Li Ming, who was chairman of the CPPCC Hubei Provincial Committee, Vice Chairman Zhang Wei and others.', 'Zhang Wei', ['vice chairman']],
    ['Li Ming (left), Chairman of the CPPCC Hubei Provincial Committee, Vice Chairman Zhang Wei inspected the project.', 'Zhang Wei', ['vice chairman']],
    // Opening its clause, the title still chains.
    ['Attending were Vice Chairman of the CPPCC Jiangsu Committee, Secretary-General Zhao Qian and others.', 'Zhao Qian', ['vice chairman', 'secretary-general']],
  ])('%s → %s', (text, name, want) => {
    expect(roles(text, name)).toEqual(want)
  })
})
