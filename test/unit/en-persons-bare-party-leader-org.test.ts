import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A leader's title of a democratic party written without its level (vice-chairperson of China Democratic League): the
// party is no listed body, but the title's org is the party as written, as a firm's (en gold 661, 689); membership of
// the party as such gives none (en 410, 422). Sentences written after en 661, 689.
describe('English persons: a leader of a democratic party without level has the party as written for org', () => {
  it.each<[string, string, string | null]>([
    ['"We are partners," said Zhang Meiying, vice-chairperson of China Democratic League (CDL).', 'Zhang Meiying', 'China Democratic League'],
    ['Lin Wenyi, executive vice-chairperson of the Taiwan Democratic Self-Government League (TDSGL), said her league works hard.', 'Lin Wenyi', 'Taiwan Democratic Self-Government League'],
    ['The role is clear, said Zhang Huaixi, an executive vice chairman of the China Association for Promoting Democracy (CAPD), in reply.', 'Zhang Huaixi', 'China Association for Promoting Democracy'],
    ['Wang Hua, chairman of Jiusan Society, attended the meeting.', 'Wang Hua', 'Jiusan Society'],
    // controls: membership of the party; a leveled committee of the party
    ['Zhu Ercheng, member of the China Democratic League, said the NPC should do more.', 'Zhu Ercheng', null],
    ['Wan Gang, chairman of the Central Committee of the China Zhi Gong Party, spoke.', 'Wan Gang', 'Central Committee of the China Zhi Gong Party'],
    // Round 31 review point 5: membership of the party beside a second title of the frame gives no org either.
    ['Li Ming, a member of Jiusan Society and vice mayor of Hangzhou, spoke.', 'Li Ming', null],
  ])('%s', (text, name, org) => {
    expect(person(text, name)?.org).toEqual(org)
  })
})
