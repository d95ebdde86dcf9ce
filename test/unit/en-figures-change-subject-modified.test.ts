import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number without a noun after a verb of change or level counts the plural noun of the clause's subject also where
 * that noun has a possessive before it (The city's visitors topped 2 million), a name written with inner capitals
 * (WeChat users), or a phrase of place after it (users of WeChat, visitors to the city, tourist arrivals in Hainan).
 * Seen on en dev 684 (Global Times, "the monthly active users on the company's messaging app WeChat have reached one
 * billion"); the other rows are the common news forms, worked out by hand. Controls: a noun after the number keeps its
 * own unit; a population counts people; a money amount keeps its currency; a singular subject lends nothing.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe("a bare count after a verb counts the subject's plural noun", () => {
  it.each([
    ['The monthly active users of WeChat have reached one billion.', [[1000000000, 'user', null]]],
    ["Notably, Ma said, the monthly global active users on the company's messaging app WeChat have reached one billion.", [[1000000000, 'user', null]]],
    ['Visitors to the city topped two million last year.', [[2000000, 'visitor', 'more']]],
    ["The city's visitors topped 2 million last year.", [[2000000, 'visitor', 'more']]],
    ['WeChat users reached one billion.', [[1000000000, 'user', null]]],
    ["China's internet users reached 1.1 billion in 2024.", [[1100000000, 'internet user', null]]],
    ['Tourist arrivals in Hainan rose to 90 million last year.', [[90000000, 'tourist arrival', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Members of the CPPCC visited 20 villages.', [[20, 'village', null]]],
    ["The city's GDP reached 2 trillion yuan.", [[2000000000000, '元', null]]],
    ["China's population reached 1.4 billion.", [[1400000000, 'person', null]]],
    ['The economy of the city grew to 3 trillion yuan.', [[3000000000000, '元', null]]],
    ['Users reached one billion.', [[1000000000, 'user', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
