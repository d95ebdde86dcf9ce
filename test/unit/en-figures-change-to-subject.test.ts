import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A bare large number after a verb of change and "to" or "by" (dropped to 16.6 million, rose by 20 million) counts the plural
 * noun that opens the sentence as the verb's subject, as "Tourist departures have grown from 83 million to over 130 million"
 * already does: also after a phrase set off by a comma (According to government figures, …) and with a participle phrase
 * describing the noun (rural residents living below the national poverty line: resident). A bare number after it in the
 * sentence goes on counting that noun where only a time phrase follows it (down by 13.86 million year-on-year), as after
 * "last year". Rows from en dev 569 (Xinhua on poverty figures) and like sentences of English two-sessions reports, worked
 * out by hand (README: the counted noun in the singular, adjectives dropped). Controls: a subject with "of" before its
 * plural (Prices of houses) counts nothing, a unit written stays, a share stays a share.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('the subject of a change to a bare number', () => {
  it.each([
    ['According to government figures, rural residents living below the national poverty line dropped to 16.6 million as of the end of 2018, down by 13.86 million year-on-year.', [['16.6 million', 16600000, 'resident', null], ['13.86 million', 13860000, 'resident', null]]],
    ['Outbound tourists rose to 150 million last year.', [['150 million', 150000000, 'tourist', null]]],
    ['Internet users have increased by 20 million since 2020.', [['20 million', 20000000, 'internet user', null]]],
    ['Students enrolled in vocational schools rose to 29 million.', [['29 million', 29000000, 'student', null]]],
    ['Rural residents living in poverty fell to 5.51 million, down by 11 million year on year.', [['5.51 million', 5510000, 'resident', null], ['11 million', 11000000, 'resident', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['Prices of houses rose to 3 million.', [['3 million', 3000000, null, null]]],
    ['The savings of residents rose to 3 million yuan.', [['3 million yuan', 3000000, '元', null]]],
    ['Tourist departures have grown from 83 million to over 130 million.', [['83 million', 83000000, 'tourist departure', null], ['over 130 million', 130000000, 'tourist departure', 'more']]],
    ['Trade rose 5 percent year-on-year.', [['5 percent', 5, '%', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
