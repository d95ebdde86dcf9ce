import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A count's noun is the one after the number, also past a participle and a noun that describe it (16 concerned government
 * agencies counts agencies, not the responses counted before it in the sentence; en dev 404). The page's sentence first,
 * then rows written here. The unit is the whole counted noun, as the en gold writes compounds (research trip, security company).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}`)

describe('the counted noun after a participle and a noun', () => {
  it.each([
    ['By December 26, 2011, it has received 21 responses from all 16 concerned government agencies.', ['21 response', '16 government agency']],
    ['The committee sent 30 letters to 12 affected county governments.', ['30 letter', '12 county government']],
    ['It collected 40 suggestions from 9 selected pilot cities.', ['40 suggestion', '9 pilot city']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
