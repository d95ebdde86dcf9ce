import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A regional body's name does not run over "and" and its own region written again: that opens the next name of a
 * list (lecturer at the Shanghai Institute of Mechanical Engineering and Shanghai University of Engineering: two
 * institutions; en dev 532). Controls: "and" inside one name (Hong Kong and Macao Affairs Office; Bureau of Commerce
 * and Industry) and before another region keeps the reading it had.
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => c.name)

describe('and + the same region opens the next name', () => {
  it.each([
    ['He taught at the Shanghai Institute of Mechanical Engineering and Shanghai University of Engineering in 1972-80.', ['Shanghai Institute of Mechanical Engineering', 'Shanghai University of Engineering']],
    ['Officials of the Beijing Municipal Bureau of Commerce and Beijing Municipal Bureau of Statistics attended.', ['Beijing Municipal Bureau of Commerce', 'Beijing Municipal Bureau of Statistics']],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['The Guangdong Provincial Hong Kong and Macao Affairs Office held a briefing.', ['Guangdong Provincial Hong Kong and Macao Affairs Office']],
    ['The Shenzhen Municipal Bureau of Commerce and Industry held a briefing.', ['Shenzhen Municipal Bureau of Commerce and Industry']],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))
})
