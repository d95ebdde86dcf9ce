import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): string[] => analyzer.analyze(text).committees.map((c) => c.name.replace(/\s+/g, ' '))

// A hard-wrapped page (every line cut at a fixed width) cuts body names at a line end: the lines of one sentence are
// read as one paragraph for the bodies. A line that ends a sentence, a short (title) line, or a blank line between
// stays a paragraph end. Class seen on en dev 329, 410 and three surveyed wrapped pages. Sentences of our own.
describe('English bodies: names cut by a line end in a hard-wrapped text', () => {
  it.each<[string, string[]]>([
    ["The proposal was sent to the Chinese People's Political Consultative Conference (CPPCC)\nNational Committee by its members in January.", ["Chinese People's Political Consultative Conference (CPPCC) National Committee"]],
    ["Members of all parties of the Chinese People's Political\nConsultative Conference met on Friday.", ["Chinese People's Political Consultative Conference"]],
    ["In a report to the Standing Committee of the National People's\nCongress, he said the plan would be ready.", ["Standing Committee of the National People's Congress"]],
    // A title line and a blank line: no joining across them.
    ["Chinese People's\n\nPolitical Consultative Conference opens", []],
    ["Lawmakers met in the morning to hear the report on the economy.\nNational Committee members joined them.", []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
