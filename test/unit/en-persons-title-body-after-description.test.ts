import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A title's body may follow a description of it set in commas ("a deputy to China's parliament, the National People's
 * Congress (NPC)"): the body named after the description is the title's (en dev 556; the other rows written here, by hand).
 * Controls: a description alone names no body; a body that does not follow the description's comma is not taken.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => `${p.name}: ${p.roles.join('/')} @ ${p.org}`)

describe("a title's body after a description in apposition", () => {
  it.each([
    ['It is an issue that always concerns Li Li, a deputy to China’s parliament, the National People’s Congress (NPC).', ['Li Li: deputy @ National People’s Congress']],
    ["Zhang Wei, a deputy to China's top legislature, the National People's Congress, spoke on Monday.", ["Zhang Wei: deputy @ National People's Congress"]],
    ["Wang Ming, a member of China's top political advisory body, the CPPCC National Committee, spoke.", ['Wang Ming: member @ CPPCC National Committee']],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))

  it.each([
    ["Li Li, a deputy to China's parliament, said the plan works.", ['Li Li: deputy @ null']],
    ["Li Li, a deputy to China's parliament, and the Ministry of Finance agreed.", ['Li Li: deputy @ null']],
  ])('control: %s', (text, want) => expect(persons(text)).toEqual(want))
})
