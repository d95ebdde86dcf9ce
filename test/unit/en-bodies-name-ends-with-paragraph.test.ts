import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A body named from its region runs on to the end of its paragraph at most: a source line and the capitalised first
 * words of the paragraph under it are two things (From:Beijing Municipal Commission of Health and Family Planning ⏎⏎
 * On January 19, 2018, …: the commission, and the date; en dev 533). Controls: a name inside one paragraph keeps its
 * words after "of", and a hard-wrapped line still joins the next (en-bodies-hard-wrapped-lines).
 */
const read = (t: string) => { const r = analyzer.analyze(t); return [r.committees.map((c) => c.name), r.dates.map((d) => d.iso)] }

describe('a body name ends with its paragraph', () => {
  it.each([
    ['From:Beijing Municipal Commission of Health and Family Planning\n\n\nOn January 19, 2018, the forum was held.', [['Beijing Municipal Commission of Health and Family Planning'], ['2018-01-19']]],
    ['Source: Shenzhen Municipal Bureau of Commerce\n\nNew rules were issued on March 3, 2020.', [['Shenzhen Municipal Bureau of Commerce'], ['2020-03-03']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['The Beijing Municipal Commission of Health and Family Planning held a forum on January 19, 2018.', [['Beijing Municipal Commission of Health and Family Planning'], ['2018-01-19']]],
    ['The report was sent to the Standing Committee of the Guangdong Provincial People\'s\nCongress by the deputies.', [['Standing Committee of the Guangdong Provincial People\'s Congress'], []]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})
