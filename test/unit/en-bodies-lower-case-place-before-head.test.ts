import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A place printed in lower case at the start of a body's name (en dev 268 'the Standing Committee of yangzhou Municipal
// People's Congress', 476 'changzhou Science and Technology Association'): the place is read where a capitalised level
// word or body head follows it, and without a level word only as a province or prefecture; the body keeps its name as
// written (README). Sentences by hand.
const read = (t: string) => {
  const r = analyzer.analyze(t)
  return { places: r.places.map((p) => p.name), bodies: r.committees.map((c) => [c.name, c.region]) }
}

describe('a lower-case place before a body head', () => {
  it.each([
    ['Kong Lingjun was elected chairman of the Standing Committee of yangzhou Municipal People’s Congress.', '扬州市', 'Standing Committee of yangzhou Municipal People’s Congress'],
    ['Delegates to the Twelfth Congress of changzhou Science and Technology Association were allotted.', '常州市', 'changzhou Science and Technology Association'],
    ['The members visited the nantong Municipal Bureau of Commerce.', '南通市', 'nantong Municipal Bureau of Commerce'],
  ])('%s', (text, place, body) => {
    const r = read(text)
    expect(r.places).toContain(place)
    expect(r.bodies.map((b) => b[0])).toContain(body)
  })

  // Controls: lower-case words that are no stem, or a stem before no capitalised head, give nothing.
  it.each([
    'The students visited the human Resources Bureau of the city.',
    'We must change Municipal rules to protect the Provincial Committee.',
    'The long Provincial Committee meeting ended.',
    'The delegates from yangzhou arrived on Monday.',
    'He spoke of yangzhou municipal people’s congress.',
  ])('%s', (text) => {
    expect(read(text).places).toEqual([])
  })
})
