import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.parent])

// A visit frames every item of a list of places, not only the one right after the verb: 赴太原、大同等地开展实地调研
// (dev 1176) goes to 大同 as much as to 太原, and 大同 (大同世界), 江山 (江山就是人民) are ordinary words first, places
// only with support (data/word-short-forms.txt; a visit: 赴江山考察). 等地 after the last item closes the visit as 考察
// does (data/abbreviation-context.tsv). Sentences written for this test; divisions checked against data/divisions.tsv
// (大同市 1402 山西省, 太原市 1401 山西省, 长治市 1404 山西省, 江山市 330881 衢州市, 临海市 331082 台州市).
describe('places: every item of a visited list of places', () => {
  it.each([
    ['调研组赴太原、大同等地开展实地调研。', [['太原市', '山西省'], ['大同市', '山西省']]],
    ['委员们先后赴长治、大同考察。', [['长治市', '山西省'], ['大同市', '山西省']]],
    ['调研组赴大同等地调研。', [['大同市', '山西省']]],
    ['考察团赴江山、临海等地考察学习。', [['江山市', '衢州市'], ['临海市', '台州市']]],
    ['调研组赴台州、临海、温岭等地调研。', [['台州市', '浙江省'], ['临海市', '台州市'], ['温岭市', '台州市']]],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want)
  })

  it.each([
    // No verb of travel before the list, or no word of a visit after it: the words stay words.
    ['太原、大同的委员建言“世界大同”。', [['太原市', '山西省']]],
    ['他们追求天下大同。', []],
    ['赴太原学习，感悟大同理想。', [['太原市', '山西省']]],
    ['赴太原、大同世界的理想。', [['太原市', '山西省']]],
    ['江山就是人民，赴太原调研。', [['太原市', '山西省']]],
  ])('control: %s', (text, want) => {
    expect(names(text)).toEqual(want)
  })
})
