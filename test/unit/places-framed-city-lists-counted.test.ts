import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name).sort()

// A framed city list (data/city-lists.tsv, framed 1) before its count, set in quotes whole, or listed with another city list
// names its places; with a count and a body every place of the list gets it, whatever its level, as 长株潭三市政协 gives all
// three (review r31 C, point 2; inputs hand-checked). 宜荆荆恩 is the official name since 2021 (宜荆荆恩城市群).
describe('framed city lists before a count, in quotes, or listed: their places, and each one the counted body', () => {
  it.each<[string, string[]]>([
    ['泸永江三地政协签署协议。', ['永川区政协', '江津区政协', '泸州市政协']],
    ['宜荆荆三市政协签署协议。', ['宜昌市政协', '荆州市政协', '荆门市政协']],
    // Control: the unframed list.
    ['长株潭三市政协签署协议。', ['株洲市政协', '湘潭市政协', '长沙市政协']],
  ])('%s → bodies %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected.sort())
  })
  it.each<[string, string[]]>([
    ['宜荆荆三市政协签署协议。', ['宜昌市', '荆州市', '荆门市']],
    ['推进“万达开”统筹发展示范区建设。', ['万州区', '达州市', '开州区']],
    ['依托万达开、泸永江等平台开展合作。', ['万州区', '达州市', '开州区', '泸州市', '永川区', '江津区']],
    ['推动宜荆荆恩城市群建设。', ['宜昌市', '荆州市', '荆门市', '恩施土家族苗族自治州']],
    // Controls of the last mend: one abbreviation alone after the list begins a common word.
    ['万达开新店了。', []],
    ['万达开新一轮促销。', []],
  ])('%s → places %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
})
