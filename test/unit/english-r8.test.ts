import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the classes behind the misses of English pages 350–359 and of the English
// dev pages: pinyin names with ü, a part counted out of a total, two titles where the first is a description,
// a title after the word CPPCC that makes no member, a list that opens with a group's title and gives each item a
// title of its own, the year of a page date written at the end, numeric dates with the year last, and persons
// in an image's file name. Truth by GUIDE.md's "English text" and the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])

describe('English pinyin names with ü', () => {
  it.each([
    ['Proposals were handled well, Lü Xinhua told reporters.', [['Lü Xinhua', [], null, false]]],
    ['Nü Wa is a figure of myth.', []],
    // Not a name: a German word with ü beside a capitalised word.
    ['The Müller Group opened a plant.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English counts out of a total', () => {
  it.each([
    ['About 5,052 out of 6,101 proposals were deemed useful.', [['About 5,052', 5052, 'proposal', 'about'], ['6,101 proposals', 6101, 'proposal', null]]],
    ['In all, 120 out of 300 members voted.', [['120', 120, 'member', null], ['300 members', 300, 'member', null]]],
    // Not a total: a ratio's base (one in five), a small denominator.
    ['One in five members spoke.', [['One in five', 0.2, null, null]]], // a share, no count (en dev 701)
    ['He said 3 out of 10 would agree.', [['3 out of 10', 0.3, null, null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English titles after a description joined by "and"', () => {
  it.each([
    ["Chen De, a government official from a small city in China's northeast and member of the CPPCC National Committee, spoke.", [['Chen De', ['member'], 'CPPCC National Committee', true]]],
    ['Yao Ming, a former NBA star and a CPPCC member, proposed it. The CPPCC National Committee adopted it.', [['Yao Ming', ['member'], 'CPPCC National Committee', true]]],
    // Three titles, the second with a complement in lower case that ends in a name.
    ["Li Yeping, member of the CPPCC National Committee, chairman of SDNU's non party intellectuals Association and professor of the school of Journalism delivered a speech.", [['Li Yeping', ['member', 'chairman', 'professor'], 'CPPCC National Committee', true]]],
    // Not a title: "and" before another noun, a description alone, a clause across a comma.
    ['Li Ming, a farmer from Hunan and his wife came to Beijing.', [['Li Ming', [], null, false]]],
    ['Wang Gang, a teacher from Henan and father of two, spoke.', [['Wang Gang', [], null, false]]],
    ['Zhang Wei, who came from Beijing, and members of the CPPCC National Committee met.', [['Zhang Wei', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English titles after the word CPPCC and vice party secretaries', () => {
  it.each([
    // A spokesperson of the CPPCC is no member; the title is of the page's CPPCC committee.
    ['Yu Zhengsheng, chairman of the CPPCC National Committee, spoke. The proposals were handled, Lü Xinhua, CPPCC spokesperson, said.', [['Yu Zhengsheng', ['chairman'], 'CPPCC National Committee', true], ['Lü Xinhua', ['spokesperson'], 'CPPCC National Committee', false]]],
    // A CPPCC member is one.
    ['Yao Ming, a CPPCC member, proposed it. The CPPCC National Committee adopted it.', [['Yao Ming', ['member'], 'CPPCC National Committee', true]]],
    ['It was attended by Shanghai Vice Party Secretary Yu Shaoliang. Yu spoke for the Shanghai Committee of the Communist Party of China.', [['Yu Shaoliang', ['vice party secretary'], 'Shanghai Committee of the Communist Party of China', false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe("English lists that open with a group's title", () => {
  it.each([
    // The group's title of a body of its own stays beside each item's title; its body is the org but for a CPPCC title.
    ["It attracted 13 NPC deputies, including Qiu Dongyao, mayor of Ningbo, Yu Hongyi, chairperson of the standing committee of the Ningbo city people's congress, Xu Yuning, chairperson of the CPPCC Ningbo Municipal Committee, and Wen Nuan, deputy Party secretary of the Zhejiang Provincial Discipline Inspection Commission.", [
      ['Qiu Dongyao', ['deputy', 'mayor'], 'NPC', false],
      ['Yu Hongyi', ['deputy', 'chairperson'], 'NPC', false],
      ['Xu Yuning', ['deputy', 'chairperson'], 'CPPCC Ningbo Municipal Committee', true],
      ['Wen Nuan', ['deputy', 'deputy party secretary'], 'NPC', false],
    ]],
    // Not kept: the group's title is the CPPCC's, as the item's own.
    ['The session was attended by 260 political advisers, including Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee, and Wu Jiangong, vice-chairman of the CPPCC Yangquan Municipal Committee.', [
      ['Ren Jianhua', ['chairman'], 'CPPCC Yangquan Municipal Committee', true],
      ['Wu Jiangong', ['vice-chairman'], 'CPPCC Yangquan Municipal Committee', true],
    ]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English dates: the page date at the end, numeric dates with the year last', () => {
  it.each([
    ['The session opened.\n\nBy the afternoon of March 9, it had received 3,668 proposals.\n\n(Xinhua News Agency March 14, 2003)', [['March 9', '2003-03-09'], ['March 14, 2003', '2003-03-14']]],
    ['The fund was set up on November 3.\n\nSource: Mingjing News, November 19, 2016', [['November 3', '2016-11-03'], ['November 19, 2016', '2016-11-19']]],
    ['Headline News\n\nSource: | 03-15-2007 14:13\n\nThe session ended on March 14.', [['03-15-2007', '2007-03-15'], ['March 14', '2007-03-14']]],
    ['Updated 15/03/2007\n\nThe session ended.', [['15/03/2007', '2007-03-15']]],
    // Not a page date: a sentence at the end; an order that is not plain (05-06-2007); no year.
    ['The session opened in the capital with more than two thousand members present and a long agenda of reports on the economy, the environment, education, health care and the law, which the members discussed in groups over several days before the plenary meetings that closed it.\n\nBy the afternoon of March 9, it had received proposals.\n\nThe next one opens on March 14, 2003, officials said, and will last five days in the capital.', [['March 9', '--03-09'], ['March 14, 2003', '2003-03-14']]],
    ['Report 05-06-2007 was filed.', []],
    ['Call 12-25-40 for details.', []],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want)
  })
})

describe('Persons in an image file name', () => {
  it.each([
    ['CPPCC member Guo Qingling\n\n政协委员郭青岭.png\n\nGuo spoke at the session.', [['Guo Qingling', ['member'], null, true]]],
    // The same name in the page's text is a person.
    ['政协委员郭青岭在会上发言。', [['郭青岭', ['委员'], null, true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English complements with "and" inside a name, titles of a region', () => {
  it.each([
    ['Ma Jun, director of the Institute of Public and Environmental Affairs and a member of the CPPCC Beijing Municipal Committee, said.', [['Ma Jun', ['director', 'member'], 'CPPCC Beijing Municipal Committee', true]]],
    ['Li Hua, chairman of Wuhan Steel and Iron Company and member of the CPPCC Wuhan Municipal Committee, spoke.', [['Li Hua', ['chairman', 'member'], 'CPPCC Wuhan Municipal Committee', true]]],
    // Not inside a name: "and" before a title, before another person's name.
    ['Wang Zhonglin, Deputy Secretary of CPC Jinan Municipal Committee and Mayor of Jinan City, spoke.', [['Wang Zhonglin', ['deputy secretary', 'mayor'], 'CPC Jinan Municipal Committee', false]]],
    ['How do they feel? Qu Shijing, a councilor in Shanghai and Zhou Hanmin, Deputy Bureau Chief of the 2010 Shanghai World Expo.', [['Qu Shijing', ['councilor'], null, false], ['Zhou Hanmin', ['deputy bureau chief'], null, false]]],
    // A chairman of a region is not of the CPPCC committee named before him in the sentence.
    ['Chen Wu, vice-chairman of the CPPCC National Committee, and Lan Tianli, chairman of the Guangxi Zhuang Autonomous Region, attended.', [['Chen Wu', ['vice-chairman'], 'CPPCC National Committee', true], ['Lan Tianli', ['chairman'], null, false]]],
    // …but a vice-chairman written after one is (the title of the CPPCC without its body).
    ['Zhang Qingli, vice-chairman of the CPPCC National Committee, and Vice-Chairman Li Bin attended.', [['Zhang Qingli', ['vice-chairman'], 'CPPCC National Committee', true], ['Li Bin', ['vice-chairman'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English titles before a name, each after its body, joined by "and"; photo credits with a colon', () => {
  it.each([
    ['CPPCC National Committee member and Peking University professor Zhang Wei said.', [['Zhang Wei', ['member', 'professor'], 'CPPCC National Committee', true]]],
    ['Peking University professor and CPPCC National Committee member Zhang Wei said.', [['Zhang Wei', ['professor', 'member'], 'CPPCC National Committee', true]]],
    // Not a body before the first title: a company; a plural group.
    ['Sunning Group chairman and NPC deputy Li Ming spoke.', [['Li Ming', ['deputy'], 'NPC', false]]],
    ['Zhang Wei speaks at the meeting. (Photo: Li Ming)', [['Zhang Wei', [], null, false], ['Li Ming', ['photographer'], null, false]]],
    // Not a name after the colon.
    ['Members arrive in Beijing. Photo: VCG', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
