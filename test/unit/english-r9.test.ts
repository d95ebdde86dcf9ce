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
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want)
  })
})
