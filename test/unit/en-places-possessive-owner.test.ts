import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A place name in the possessive names the place (Shanghai’s Hu Wenrong, Jilin's Zhu Guoxian, Beijing’s recent
// appointments): the tokenizer keeps the 's inside the word, so the place was never looked up. Straight and curly
// apostrophes alike. Sentences written by hand after en 560 (the new chairs of the provincial CPPCC committees).
const places = (text: string) => analyzer.analyze(text).places.map((p) => [p.name, p.mentions.map((m) => m.text).join('|')])

describe('English places: a possessive place name', () => {
  it.each<[string, string[][]]>([
    ['Shanghai’s Hu Wenrong and Jilin’s Zhu Guoxian, both 59, are members.', [['上海市', 'Shanghai'], ['吉林省', 'Jilin']]],
    ["Guangdong's Lin Keqing and Hainan's Li Rongcan, both 57, are members.", [['广东省', 'Guangdong'], ['海南省', 'Hainan']]],
    ['Analysts believe that Beijing’s recent appointments are an effort to improve ties.', [['北京市', 'Beijing']]],
    ['Tibet’s top political advisor spoke at the session.', [['西藏自治区', 'Tibet']]],
    ["The delegates discussed Shenzhen's economy.", [['深圳市', 'Shenzhen']]],
    // Controls: a possessive that is no place stays out, and a level word's People’s still makes the body's place.
    ['China’s top political advisory body met on Monday.', []],
    ["Wang Huning's speech was warmly received.", []],
    ['Members of the Luohu People’s Political Consultative Conference founded a fund.', [['罗湖区', 'Luohu']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })
})
