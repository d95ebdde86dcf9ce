import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A plural title written once before a list of names gives each name its singular, the modifier kept (along with Vice
 * Directors Wang Xingguo, Zhao Jun, and Dong Shu → vice director; en dev 528), not the bare head that the plural's
 * last word is (directors → director). Controls: the plain plural (Directors A and B) and a singular title.
 */
const roles = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('plural title with its modifier', () => {
  it.each([
    ['Ge Daokai, Director of the Committee on Proposals of the CPPCC Jiangsu Provincial Committee, along with Vice Directors Wang Xingguo, Zhao Jun, and Dong Shu, attended.',
      [['Ge Daokai', ['director']], ['Wang Xingguo', ['vice director']], ['Zhao Jun', ['vice director']], ['Dong Shu', ['vice director']]]],
    ['Deputy Secretaries-General Li Ming and Wang Fang of the CPPCC Jiangsu Provincial Committee attended.', [['Li Ming', ['deputy secretary-general']], ['Wang Fang', ['deputy secretary-general']]]],
    ['Vice-Presidents Zhang Wei and Liu Yang of the university met the delegation.', [['Zhang Wei', ['vice-president']], ['Liu Yang', ['vice-president']]]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['Directors Zhang Wei and Liu Yang of the bureau met the delegation.', [['Zhang Wei', ['director']], ['Liu Yang', ['director']]]],
    ['Vice Director Wang Xingguo of the committee attended.', [['Wang Xingguo', ['vice director']]]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want))
})
