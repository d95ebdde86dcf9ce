import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title in the future tense after a name or its pronoun ("He will serve as the chairman of …", "X will be the new
// president of …"): the name's, as "serves as", "is" give it. Sentences written by hand after en 642 (Xinhua: an
// election, then "He will serve as the chairman of the Shanxi Provincial Committee of the CPPCC").
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org])
const SX = "Shanxi Provincial Committee of the Chinese People's Political Consultative Conference"

describe('English persons: a title in the future tense', () => {
  it.each<[string, unknown[][]]>([
    [`Xue Yanzhong was elected on Thursday.\n\nHe will serve as the chairman of the ${SX}.`, [['Xue Yanzhong', ['chairman'], SX]]],
    [`Li Ming will serve as vice mayor of the Hangzhou Municipal People's Government.`, [['Li Ming', ['vice mayor'], "Hangzhou Municipal People's Government"]]],
    [`Wang Fang will be the new president of the Ningbo Municipal Women's Federation, the statement said.`, [['Wang Fang', ['president'], "Ningbo Municipal Women's Federation"]]],
    // Controls: a future verb that gives no title.
    [`Wang Fang will be in Beijing next week.`, [['Wang Fang', [], null]]],
    [`Li Ming will serve the people of Hangzhou.`, [['Li Ming', [], null]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
