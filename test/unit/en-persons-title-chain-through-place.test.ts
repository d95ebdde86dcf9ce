import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A chain of titles after a name goes on past the place its first body stands in ("president of Nanchang Hangkong
 * University in Jiangxi province and an NPC deputy": president and deputy), where a title follows the place. Class seen
 * on en dev 508 (China Daily on NPC deputies); the other rows written here. Controls: a second name after the place (its
 * own titles), and a place with no title after it.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('a title after "in <place>" continues the chain', () => {
  it.each([
    ['Luo Shenglian, president of Nanchang Hangkong University in Jiangxi province and an NPC deputy, said rural seniors need care.', [['Luo Shenglian', ['president', 'deputy']]]],
    ["Zhao Min, dean of Sichuan University in Chengdu and a deputy to the National People's Congress, spoke at the panel.", [['Zhao Min', ['dean', 'deputy']]]],
    ['Wang Li, a professor at Fudan University in Shanghai and a member of the CPPCC National Committee, said so.', [['Wang Li', ['professor', 'member']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Liu Yang, president of Peking University in Beijing, and Chen Bo attended the forum.', [['Liu Yang', ['president']], ['Chen Bo', []]]],
    ['Sun Hua, president of Shandong University in Jinan, said the plan works.', [['Sun Hua', ['president']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
