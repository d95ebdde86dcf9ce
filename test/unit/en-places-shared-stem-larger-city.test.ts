import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A pinyin stem that two prefectures share (Suzhou: 苏州市 and 宿州市; Fuzhou: 福州市 and 抚州市; Taizhou: 台州市 and
// 泰州市; Yichun, Yulin): the page's province or other places decide; where none does, the larger city
// (data/en-stem-defaults.tsv), so that "the Suzhou Municipal Committee of the CPPCC" is a body with its region, not
// the national CPPCC. Sentences written by hand.
const cppcc = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc').map((c) => [c.name, c.region])
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

describe('English places: a stem of two prefectures', () => {
  it.each<[string, string[][]]>([
    // No other place: the larger city.
    ['The Suzhou Municipal Committee of the CPPCC held a meeting.', [['Suzhou Municipal Committee of the CPPCC', '苏州市']]],
    ['The CPPCC Fuzhou Committee held its session on Monday.', [['CPPCC Fuzhou Committee', '福州市']]],
    ['Wang Hua, chairman of the Taizhou Municipal Committee of the CPPCC, spoke.', [['Taizhou Municipal Committee of the CPPCC', '台州市']]],
    ['The Yichun Municipal Committee of the CPPCC opened its session.', [['Yichun Municipal Committee of the CPPCC', '宜春市']]],
    // The page's province or county decides.
    ['The Suzhou Municipal Committee of the CPPCC in Anhui province held its session.', [['Suzhou Municipal Committee of the CPPCC', '宿州市']]],
    ['The Fuzhou Municipal Committee of the CPPCC opened its session in Linchuan, Jiangxi.', [['Fuzhou Municipal Committee of the CPPCC', '抚州市']]],
    ['Members of the CPPCC Taizhou Committee visited Jiangyan, Jiangsu.', [['CPPCC Taizhou Committee', '泰州市']]],
    ['Members of the CPPCC Taizhou Committee in Zhejiang visited Linhai.', [['CPPCC Taizhou Committee', '台州市']]],
  ])('%s', (text, expected) => {
    expect(cppcc(text)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    ['Li Ming visited Suzhou on Monday.', ['苏州市']],
    ['Li Ming visited Suzhou and Bengbu in Anhui.', ['宿州市', '蚌埠市', '安徽省']],
    // Control: a stem of one division keeps it; a given name is no place.
    ['Li Ming visited Shenzhen.', ['深圳市']],
    ['Wang Yulin spoke at the meeting.', []],
  ])('places: %s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })
})
