import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A township written right after its county with the suffix it bore before (乡 since made a 镇), where another county's
 * township bears that old name (景泰县红水乡: 红水乡 is 融水县's; today's 红水镇 of 景泰县): the county's township of that
 * stem, as the gold writes today's division (GUIDE.md; dev 1097 三岔河乡 → 三岔河镇, dev 1300). Sentences checked by hand
 * against data/divisions.tsv. Controls: the county has no township of that stem (唐河县东城街道 stays an unlisted street),
 * and a township written as the gazetteer lists it.
 */
const townships = (text: string) => analyzer.analyze(text).places.filter((p) => p.level === 'township').map((p) => [p.name, p.parent])

describe('a township written with its former suffix after its county', () => {
  it.each([
    ['白银市委将景泰县红水乡永乐民族小学确定为帮扶学校。', [['红水镇', '景泰县']]],
    ['白銀市委將景泰縣紅水鄉永樂民族小學確定為幫扶學校。', [['红水镇', '景泰县']]],
  ])('%s', (text, want) => expect(townships(text)).toEqual(want))

  it.each([
    ['唐河县东城街道召开会议。', [['东城街道', '唐河县']]],
    ['委员们来到融水县红水乡调研。', [['红水乡', '融水苗族自治县']]],
    ['委员们来到景泰县红水镇调研。', [['红水镇', '景泰县']]],
  ])('control: %s', (text, want) => expect(townships(text)).toEqual(want))
})
