import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Money in the dollars of Singapore, Taiwan and Macao, as Hong Kong dollars are (HK$ → 港元): a foreign paper's
 * conversion "2,300 yuan (S$478)" (en dev 448, The Straits Times) is 478 新加坡元, not yuan nor US dollars; NT$ and New
 * Taiwan dollars are 新台币, patacas 澳门元. Rows worked out by hand; the first from the page.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit} ${f.approx}`)

describe('Singapore, Taiwan and Macao money', () => {
  it.each([
    ['As of October last year, some villagers still lived on less than 2,300 yuan (S$478) a year.', ['2300 元 less', '478 新加坡元 null']],
    ['The foundation raised NT$3 million and later about 12,000 New Taiwan dollars more.', ['3000000 新台币 null', '12000 新台币 about']],
    ['The fund gave 200 Singapore dollars and 5,000 patacas to each school.', ['200 新加坡元 null', '5000 澳门元 null']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  // Controls: US and Hong Kong dollars keep their units.
  it.each([
    ['The firm paid US$5 million and HK$2 million, about 1.5 million dollars.', ['5000000 美元 null', '2000000 港元 null', '1500000 美元 about']],
  ])('control: %s', (text, want) => expect(figures(text)).toEqual(want))
})
