import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A credit under a photo with the name printed in capitals, a slash and the agency in capitals ([GUO XULEI/XINHUA],
 * (Photo: LI MING/XINHUA), [Photo by ZHANG WEI/CHINA DAILY]): the name in its ordinary form (as a byline in capitals,
 * README: en 293, 340) with the role the credit gives (photographer, as "(Xinhua/Li Tao)" on en 238; data/en-credits-after.tsv).
 * Class seen on en dev 508; the other rows written here. Controls: an agency alone, a place before the slash.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a capitals photo credit names its photographer', () => {
  it.each([
    ["Older people play cards at a seniors' center in Jinan, Shandong province, in December. [GUO XULEI/XINHUA]", 'Guo Xulei'],
    ['Deputies attend the opening meeting in Beijing on Tuesday. (Photo: LI MING/XINHUA)', 'Li Ming'],
    ['A worker checks equipment at a factory in Hefei, Anhui province. [Photo by ZHANG WEI/CHINA DAILY]', 'Zhang Wei'],
    ['Members arrive at the Great Hall of the People. [PHOTO BY WANG JING/CHINA DAILY]', 'Wang Jing'],
    ['A member speaks at the panel discussion.\nFENG YONGBIN/CHINA DAILY\nThe session closed on Friday.', 'Feng Yongbin'],
    ['Villagers harvest rice in the county. [ZHU XINGXIN / FOR CHINA DAILY]', 'Zhu Xingxin'],
  ])('%s', (text, name) => expect(persons(text)).toEqual([[name, ['photographer'], null, false]]))
})

describe('control: no name before the agency', () => {
  it.each([
    ['Villagers harvest rice in Yunnan province. [PROVIDED TO CHINA DAILY]'],
    ['Farmers pick tea leaves in Hangzhou. [XINHUA]'],
    ['Crowds gather at the harbour. [HONG KONG/XINHUA]'],
    ['Tourists visit the Palace Museum. [Photo/Xinhua]'],
    ['The NPC/CPPCC sessions open. (BEIJING, XINHUA)'],
  ])('%s', (text) => expect(persons(text)).toEqual([]))
})
