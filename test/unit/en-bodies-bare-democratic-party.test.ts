import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const parties = (text: string): string[] => analyzer.analyze(text).committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name)

// A democratic party written without its level is no body, on English pages as on Chinese ones (README: 民建会员,
// 九三学社成立七十一周年 are not bodies; no zh gold lists a party under a bare name). Where the page names the party's
// central committee, the bare name is a further mention of that committee. Sentences written after en 234, 365, 396, 410.
describe('English bodies: a democratic party without level is no body', () => {
  it.each<[string, string[]]>([
    ['The September 3 Society, a major non-Communist Party in China, has prepared 13 proposals.', []],
    ['Wan Gang, on behalf of China Zhi Gong Party, said the country should attract more talent.', []],
    ['Zhu Ercheng, member of the China Democratic League, said the NPC should do more.', []],
    ['At the plenary session held by CNDCA and ACFIC on March 4, members spoke.', []],
    ['The Central Committee of the China Zhi Gong Party plans to submit 35 proposals. The China Zhi Gong Party said so.', ['Central Committee of the China Zhi Gong Party']],
    ['He delivered a report on behalf of the central committee of Jiusan Society. Jiusan Society will study it.', ['central committee of Jiusan Society']],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected)
  })
})

const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org

// …and no person's org: "member of the China Democratic League" is membership of the party as such (en 410, 422).
describe('English persons: no org in a democratic party written without level', () => {
  it.each<[string, string, string | null]>([
    ['Zhu Ercheng, member of the China Democratic League, said the NPC should do more.', 'Zhu Ercheng', null],
    ['Wan Gang, chairman of the Central Committee of the China Zhi Gong Party, spoke.', 'Wan Gang', 'Central Committee of the China Zhi Gong Party'],
  ])('%s', (text, name, org) => {
    expect(orgOf(text, name)).toEqual(org)
  })
})
