import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences: what a reader finds in each, by GUIDE.md's "English text".
const places = (t: string) => analyzer.analyze(t).places.map((p) => [p.name, p.level, p.parent])
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English places: linked to the gazetteer through pinyin and listed names', () => {
  it.each([
    ['He was born in Yushe, Shanxi Province, in 1956.', [['榆社县', 'county', '晋中市'], ['山西省', 'province', null]]],
    ['Delegates from Sichuan and Gansu provinces attended.', [['四川省', 'province', null], ['甘肃省', 'province', null]]],
    ['BEIJING, March 10 (Xinhua) -- The session opened.', [['北京市', 'province', null]]],
    ['Members from the Tibet Autonomous Region and Hong Kong spoke.', [['西藏自治区', 'province', null], ['香港特别行政区', 'province', null]]],
    ['The forum was held in Hangzhou, capital of Zhejiang.', [['杭州市', 'prefecture', '浙江省'], ['浙江省', 'province', null]]],
    // A county stem alone needs a place of the page around it; Jianhua in a name is no district.
    ['Ren Jianhua met the press in Wufeng.', []],
    ['Wufeng, Hubei Province, is a Tujia county.', [['五峰土家族自治县', 'county', '宜昌市'], ['湖北省', 'province', null]]],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want)
  })
})

describe('English bodies: named as first written in full, without article or term', () => {
  it('a CPPCC committee written three ways is one body', () => {
    const text = 'The 14th Yangquan Municipal Committee of the Chinese People\'s Political Consultative Conference met. Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee, spoke. The Yangquan CPPCC agreed.'
    expect(committees(text)).toEqual([["Yangquan Municipal Committee of the Chinese People's Political Consultative Conference", 'cppcc', '阳泉市']])
    expect(analyzer.analyze(text).committees[0]!.term).toBe(14)
  })

  it.each([
    ['The CPC Central Committee and the State Council issued a guideline.', [['CPC Central Committee', 'party', '全国'], ['State Council', 'government', '全国']]],
    ['The Jilin Provincial Committee of the China Democratic League held a meeting.', [['Jilin Provincial Committee of the China Democratic League', 'democratic-party', '吉林省']]],
    ['The Central Committee of the China Democratic League (CDL) plans 46 proposals; the CDL Central Committee said.', [['Central Committee of the China Democratic League', 'democratic-party', '全国']]],
    ['The ministries of education, human resources and social security, and commerce replied.', [['Ministry of Education', 'government', '全国'], ['Ministry of Human Resources and Social Security', 'government', '全国'], ['Ministry of Commerce', 'government', '全国']]],
    ['The subcommittee for handling proposals of the CPPCC National Committee met.', [['subcommittee for handling proposals of the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['The Guangdong Provincial People\'s Congress met in Guangzhou. The provincial government replied.', [["Guangdong Provincial People's Congress", 'congress', '广东省'], ['provincial government', 'government', '广东省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('organisations in Latin letters inside Chinese text are bodies; technology words are not', () => {
    expect(committees('委员们建议加强与UNDP、WTO的合作，推动5G和AI的应用，学习World Bank的经验。')).toEqual([['UNDP', 'other', null], ['WTO', 'other', null], ['World Bank', 'other', null]])
  })
})

describe('English persons: pinyin names with the titles written beside them', () => {
  it.each([
    ['Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee, spoke.', [['Ren Jianhua', ['chairman'], 'CPPCC Yangquan Municipal Committee', true]]],
    ['China’s economy grew, spokesperson Liu Jieyi said.', [['Liu Jieyi', ['spokesperson'], null, false]]],
    ['Zheng Shaohua, a CPPCC member of Shanghai, said. The Shanghai CPPCC met.', [['Zheng Shaohua', ['member'], 'Shanghai CPPCC', true]]],
    ['(Photo by Li Wenke and Shi Tao)', [['Li Wenke', ['photographer'], null, false], ['Shi Tao', ['photographer'], null, false]]],
    ['Chairman of Zhongshan Municipal Committee of CPPCC Qiu Shuhong and Vice-Chairman He Cancheng visited Xiaolan.', [['Qiu Shuhong', ['chairman'], 'Zhongshan Municipal Committee of CPPCC', true], ['He Cancheng', ['vice-chairman'], 'Zhongshan Municipal Committee of CPPCC', true]]],
    // Hong Kong is a place, not a person named Hong.
    ['Investors from Hong Kong came.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
