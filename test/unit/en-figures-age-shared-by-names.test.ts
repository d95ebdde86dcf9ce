import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * An age written after several names with "both" or "all" between commas (Hu Wenrong and Zhu Guoxian, both 59, and …) counts
 * years, as one name's age does ("Yu Zhengsheng, 67, was …"; 岁). Class seen on en dev 560 (Manga Melon, "Shanghai’s Hu Wenrong
 * and Jilin’s Zhu Guoxian, both 59, and ... Chen Yong, all 57, are"); the other rows written here. Controls: "all" before a
 * counted noun (all 21 cities), a number of things after a comma with no name before it, and "all N of them".
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('"both N" and "all N" after names are their age', () => {
  it.each([
    ['Shanghai’s Hu Wenrong and Jilin’s Zhu Guoxian, both 59, were elected chairmen.', [['59', 59, 'year', null]]],
    ['Lin Keqing, Li Rongcan and Chen Yong, all 57, are the other members.', [['57', 57, 'year', null]]],
    ['The new vice-chairmen, Wang Jun and Li Hong, both 62, took office on Monday.', [['62', 62, 'year', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: counted things after "all", no name before', () => {
  it.each([
    ['In Guangdong, all 21 cities joined the campaign.', [['21 cities', 21, 'city', null]]],
    ['The members, all 2,000 of them, voted for the report.', [['2,000', 2000, null, null]]],
    ['The delegates, both 59 members and 20 guests, arrived.', [['59 members', 59, 'member', null], ['20 guests', 20, 'guest', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
