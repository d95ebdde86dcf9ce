import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A month and a day of two digits each, glued before 日 where the source lost the 月 (1126日 for 11月26日), opening a
 * sentence or a line: the date, with no year written (--11-26), as the gold of dev 388 and 574 has it. Three digits
 * (228日, 713日) stay none, as the gold of 174 and 460 leaves them (118日 reads 1月18日 or 11月8日); a number inside a
 * sentence (坚持1230日), a document number (1126号) and a longer number are no date. Checked by hand.
 */
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])

describe('a month and day glued before 日', () => {
  it.each([
    ['切实提升法院工作质量效率。1126日,长白朝鲜族自治县人民法院走访人大代表。', [['1126日', '--11-26']]],
    ['专委会成立大会\n\n1023日,九三学社南岸区委召开专委会成立大会。', [['1023日', '--10-23']]],
    ['0915日,县政协组织委员视察农村公路。', [['0915日', '--09-15']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))

  it.each([
    ['228日,旗政协党组召开会议。', []],
    ['713日至716日,全国工商联召开会议。', []],
    ['志愿者坚持1230日不间断服务。', []],
    ['根据1126号文件要求。', []],
    ['编号20231126日生效。', []],
    ['1332日,县政协召开会议。', []], // no month 13
  ])('no date: %s', (text, want) => expect(dates(text)).toEqual(want))
})
