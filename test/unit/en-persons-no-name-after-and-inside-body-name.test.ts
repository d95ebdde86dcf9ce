import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Capitalised words after "and" that goes on with a body's name ("of Changchun Economic and Technological Development
// Zone, the deputy secretary-general of …", en dev 594) are no person's name of another romanisation, though a title in
// apposition follows them. Sentences written by hand, truth worked out by hand.
// Controls: a name after "and" that joins two names keeps its title in apposition.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])
const NC = 'vice chairman of the CPPCC National Committee'

describe('no name after "and" inside a body name', () => {
  it.each([
    ['He once served as the director of the management committee of Changchun Economic and Technological Development Zone, the deputy secretary-general of Changchun Municipal Government.', []],
    ['He worked at the Bureau of Science and Technology Development, the director of which is Li Ming.', [['Li Ming', ['director']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: a name after "and" between names', () => {
  it.each([
    [`The meeting was attended by Edmund Ho Hau Wah and Pagbalha Geleg Namgyai, ${NC}.`, [['Pagbalha Geleg Namgyai', ['vice chairman']]]],
    [`The meeting was attended by Li Ming and Pagbalha Geleg Namgyai, ${NC}.`, [['Li Ming', []], ['Pagbalha Geleg Namgyai', ['vice chairman']]]],
    // "of" opens a run of places only (leaders of Tibet): no body's name goes on over "and".
    [`The meeting was attended by leaders of Tibet and Pagbalha Geleg Namgyai, ${NC}.`, [['Pagbalha Geleg Namgyai', ['vice chairman']]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
