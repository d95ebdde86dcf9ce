import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "GDP has risen from 54 trillion to 82.7 trillion yuan": after a verb of change, "from A to B" gives two figures, the
 * amount before and the amount after (从X增长到Y), not one range; a unit written once after the second is the first's too.
 * Class seen on en dev 500 (government work report highlights, english.www.gov.cn); the other rows written here. Controls:
 * "3 to 5 proposals", "6 to 6.5 percent", "from 3 to 5 days" without a verb of change stay one range (value the lower end).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a change from one figure to another gives two figures', () => {
  it.each([
    ['China’s gross domestic product has risen from 54 trillion to 82.7 trillion yuan over the past five years.', [['54 trillion', 54e12, '元', null], ['82.7 trillion yuan', 82.7e12, '元', null], ['five years', 5, 'year', null]]],
    ['The share of the province in the national total rose from 4.4 to 4.7 percent.', [['4.4', 4.4, '%', null], ['4.7 percent', 4.7, '%', null]]],
    ['Forest coverage in the county increased from 30 to 45 percent.', [['30', 30, '%', null], ['45 percent', 45, '%', null]]],
    ['Per capita income grew from 21,182 yuan to 36,636 yuan.', [['21,182 yuan', 21182, '元', null], ['36,636 yuan', 36636, '元', null]]],
    ['The city’s population grew from 1.2 million to 1.5 million in a decade.', [['1.2 million', 1200000, 'person', null], ['1.5 million', 1500000, 'person', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: a range without a verb of change stays one figure', () => {
  it.each([
    ['Each member is expected to submit 3 to 5 proposals a year.', [['3 to 5 proposals', 3, 'proposal', null]]],
    ['Growth is targeted at 6 to 6.5 percent this year.', [['6 to 6.5 percent', 6, '%', null]]],
    ['The inspection will last from 3 to 5 days.', [['3 to 5 days', 3, 'day', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
