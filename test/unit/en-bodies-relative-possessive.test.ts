import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A body of the page's region written after the region's possessive (the city's politics and law committee, the
// city's intermediate people's court): the region's body, named by its head as written, as the gold of
// test/fixtures/en 383 ('chairman of the city's politics and law committee' → politics and law committee, Shanghai)
// and 470 (Sansha's court) name it. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe("a relative body after the region's possessive", () => {
  it.each([
    ["Yao Ming of Shanghai, chairman of the city's politics and law committee, spoke.", [['politics and law committee', 'party', '上海市']]],
    ["In Sansha, the conference elected heads of the city's intermediate people's court.", [["intermediate people's court", 'court', '三沙市']]],
    ["Officials of Guangdong said the province's people's congress would meet.", [["people's congress", 'congress', '广东省']]],
    // …and a second head joined by "and" (en 470: the city's intermediate people's court and procuratorate).
    ["In Sansha, the conference elected heads of the city's intermediate people's court and procuratorate.", [["intermediate people's court", 'court', '三沙市'], ['procuratorate', 'procuratorate', '三沙市']]],
    // …a government department too (relativeDepartment), named without the possessive like the rest.
    ["Li Ming of the Shanghai Municipal Committee of the CPPCC said the city's environmental protection bureau would respond.", [['Shanghai Municipal Committee of the CPPCC', 'cppcc', '上海市'], ['environmental protection bureau', 'government', '上海市']]],
    ["In Wuhan, the city's education bureau and the municipal health commission replied.", [['education bureau', 'government', '武汉市'], ['municipal health commission', 'government', '武汉市']]],
    ["In Guangzhou, the city's Development and Reform Commission held a forum.", [['Development and Reform Commission', 'government', '广州市']]],
    ["In Hunan, the province's department of civil affairs replied.", [['department of civil affairs', 'government', '湖南省']]],
    // …and one body with the department named after its region.
    ['The Guangzhou Development and Reform Commission said prices rose. The city\'s Development and Reform Commission added more.', [['Guangzhou Development and Reform Commission', 'government', '广州市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a possessive before no body's head, and one of a word that names no level.
  it.each([
    ["In Sansha, the city's government-run hotel opened."],
    ["In Sansha, the city's development plan was discussed."],
    ["In Sansha, the country's people's congress was praised."],
    ["In Guangzhou, the city's reform and development were discussed."],
    ["In Hunan, the province's commission members said so."],
  ])('%s', (text) => {
    expect(committees(text)).toEqual([])
  })
})
