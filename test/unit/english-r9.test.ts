import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for the classes found on the round-9 survey of unannotated English pages (Xinhua,
// People's Daily Online, China Daily channels) and on English pages 360–367. Truth by GUIDE.md's "English text" and
// the dev-pages README.
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English years before a verb or an event that reads as a plural noun', () => {
  it.each([
    // A year as the subject of "marks"/"sees", the year of the sessions: no count (seen on three survey pages).
    ['Noting that 2026 marks the first year of the 15th Five-Year Plan period, Wang spoke.', []],
    ['The year 2023 marks the 15th anniversary of the partnership.', []],
    ['The 2022 sessions of the National People\'s Congress will be held in Beijing.', []],
    ['The year 2021 sees the centenary of the Party.', []],
    // Still counts: a count with a comma, a number that is no year, a year-like count before another noun.
    ['The committee held 25 sessions and received 1,200 proposals.', [['25 sessions', 25, 'session', null], ['1,200 proposals', 1200, 'proposal', null]]],
    ['A total of 2,237 members attended.', [['2,237 members', 2237, 'member', null]]],
    ['The school has 2050 members.', [['2050 members', 2050, 'member', null]]],
    ['Each of the 2987 representatives spoke.', [['2987 representatives', 2987, 'representative', null]]],
    // "and more" before "than" is the next figure's approximation (page 367): two figures, no overlap.
    ['It brought together nearly 3,000 NPC deputies and more than 2,100 CPPCC members.', [['nearly 3,000 NPC deputies', 3000, 'deputy', 'less'], ['more than 2,100 CPPCC members', 2100, 'member', 'more']]],
    ['They raised 300 proposals or more, and members aged 60 and older came.', [['300 proposals or more', 300, 'proposal', 'more'], ['60 and older', 60, 'year', 'more']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

const names = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)

describe('English given names before a Chinese name', () => {
  it.each([
    // Before a romanised name, a surname alone, a given name and a surname in Western order (seen on 360 and two survey pages).
    ['Connectivity is the key, according to Henry Tang Ying-yen, CPPCC Standing Committee member from Hong Kong.', ['Henry Tang Ying-yen']],
    ['Justin Yifu Lin: Contributing knowledge and insights to the country', ['Justin Yifu Lin']],
    ['Writer: Han Ximin  |  Editor: Holly Wang  |  From: Shenzhen Daily', ['Han Ximin', 'Holly Wang']],
    ['Ken Chu, chairman of Mission Hills Group, suggests a plan. Chu said it would help.', ['Ken Chu']],
    // Not a person, or no given name: inside a longer name, a month, after another capitalised word, no surname after it.
    ['The Henry Fok Foundation donated books.', []],
    ['In May Wang visited the school.', []],
    ['Premier Li Keqiang met them.', ['Li Keqiang']],
    ['Peter Drucker wrote about management.', []],
    // Hong Kong names: an English given name of no list before a romanised name with a hyphened given name (four survey pages).
    ['Starry Lee Wai-king and Stanley Ng Chau-pei are front runners for the seat.', ['Starry Lee Wai-king', 'Stanley Ng Chau-pei']],
    ['NPC deputy Ronick Chan Chun-ying, who is also a local lawmaker, spoke.', ['Ronick Chan Chun-ying']],
    ['Chief Executive John Lee Ka-chiu left for Beijing.', ['John Lee Ka-chiu']],
    // Not a given name: a word of another kind opening the sentence, a word the page writes in lower case too.
    ['When Leung Chun-ying arrived, he spoke.', ['Leung Chun-ying']],
    ['Yesterday Tung Chee-hwa retired.', ['Tung Chee-hwa']],
    ['Meanwhile Ko Wing-man said the meanwhile plan works.', ['Ko Wing-man']],
    // A possessive after the name (two survey pages): the name without it.
    ['The meeting accepted Che Jun’s request to resign, and Yuan Jiajun’s request too.', ['Che Jun', 'Yuan Jiajun']],
    ["CPPCC member Jiang Ming's 2023 proposal was adopted.", ['Jiang Ming']],
    // Not a person: a place's possessive, a doctrine after a possessive.
    ["It draws on Hong Kong's advantages and Inner Mongolia's grassland.", []],
    ["They studied Xi Jinping's thought of socialism with Chinese characteristics.", []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want)
  })
})

const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English titles of a CPPCC that no listed body names', () => {
  it.each([
    // "of the CPPCC", "of District CPPCC" with no region the page resolves: an office holder or member all the same.
    // Since round 10 "the CPPCC" on a page that names no CPPCC committee is one (CPPCC, as written): the org of its
    // titles, and the page's CPPCC committee for a title of the page's committee (secretary general).
    ['On October 11, the CPPCC held a symposium. Liu Wenbiao, vice chairman of the CPPCC, and Zhang Shaomin, secretary general, participated.', [['Liu Wenbiao', ['vice chairman'], 'CPPCC', true], ['Zhang Shaomin', ['secretary general'], 'CPPCC', true]]],
    // Since round 11 a relative CPPCC on a page that writes no place is a body as written (region null), the org.
    ['As the chairman of District CPPCC, Wang Yonglei addressed all the attendants.', [['Wang Yonglei', ['chairman'], 'District CPPCC', true]]],
    ['It was presided over by the vice chairmen of the CPPCC, Li Ming and Wang Gang.', [['Li Ming', ['vice chairman'], 'CPPCC', true], ['Wang Gang', ['vice chairman'], 'CPPCC', true]]],
    // The page's one CPPCC committee is still the org where it names one.
    ['Jia Qinglin, chairman of the CPPCC, spoke. The CPPCC National Committee met.', [['Jia Qinglin', ['chairman'], 'CPPCC National Committee', true]]],
    // Not an office holder: a title that makes no member, a body after the word CPPCC, a list title of another body.
    ['Lu Xinhua, spokesperson of the CPPCC, said it.', [['Lu Xinhua', ['spokesperson'], 'CPPCC', false]]],
    ['Wang Gang, director of the CPPCC Office, said it.', [['Wang Gang', ['director'], null, false]]],
    ['Wang Gang, president of the CPPCC Daily, said it.', [['Wang Gang', ['president'], null, false]]],
    ['It was presided over by the standing chairmen of the presidium, Ge Huijun and Sun Jingmiao.', [['Ge Huijun', ['standing chairman'], null, false], ['Sun Jingmiao', ['standing chairman'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
