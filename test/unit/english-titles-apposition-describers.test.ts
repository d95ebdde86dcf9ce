import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Titles in apposition after a name that a small word opens or describes (GUIDE.md: the titles the text gives; org the
// body of the first CPPCC role): "X, a CPPCC National Committee member, also deputy director of …" (a second title after
// "also"), "X, another local CPPCC member" (a describer of the holder), "X, as a member of the Standing Committee of
// CPPCC, …" (the title after "as"), "X, deputy director of …, another CPPCC national committee member" (the national
// committee written in lower case between the word CPPCC and the title). Real sentences: test/fixtures/en 364 and 394
// (dev), and survey pages (a Shanghai Daily report of 2023 on the city's national advisers; a Nankai University news
// page of 2017); expected values checked by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English: titles in apposition opened by also, as or a describer', () => {
  it.each([
    // 394: the second title after ", also"; the org is the body of the CPPCC role, the first.
    ['"The new leaders were elected today with high votes in favor," said Qi Zhifeng, a CPPCC National Committee member, also deputy director of the China Association of Auctioneers.',
      [['Qi Zhifeng', ['member', 'deputy director'], 'CPPCC National Committee', true]]],
    // Survey (Shanghai Daily, 2023): "another local CPPCC member"; no CPPCC committee named in the sentence.
    ['Zhou Hanmin, another local CPPCC member, will propose legislation on guidelines for the China International Import Expo, which is held in Shanghai, to better serve the important national event.',
      [['Zhou Hanmin', ['member'], null, true]]],
    ['Shanghai CPPCC member Wang Shengyang plans to submit a proposal about supporting micro, small and medium-sized enterprises in the post-pandemic era.\n\nZhou Hanmin, another local CPPCC member, will propose legislation on guidelines for the China International Import Expo, which is held in Shanghai, to better serve the important national event.',
      [['Wang Shengyang', ['member'], 'Shanghai CPPCC', true], ['Zhou Hanmin', ['member'], 'Shanghai CPPCC', true]]],
    // Survey (Nankai University, 2017): "as a member of the Standing Committee of CPPCC".
    ['The letter says: "During the year 2016, Xu Jingjun, as a member of the Standing Committee of CPPCC, actively participated in the discussion on national affairs proposing various ideas."',
      [['Xu Jingjun', ['member'], null, true]]],
    // Constructed controls (no page): "as well as", "as a result" and a verb after "also" open no title.
    ['Li Ming, as well as his colleagues, attended the meeting.', [['Li Ming', [], null, false]]],
    ['Li Ming, as a result, left the city.', [['Li Ming', [], null, false]]],
    ['Wang Ming, director of the NGO Research Center, also said that the plan works.', [['Wang Ming', ['director'], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // 364: the lower-case "CPPCC national committee member" after a first title: the holder's second title and membership.
  it('364: another CPPCC national committee member after a first title', () => {
    const text = 'Cui’s views were echoed by Ruan Shiwei, deputy director of Fujian Provincial Commission of Health and Family Planning, another CPPCC national committee member.'
    const p = analyzer.analyze(text).persons.find((x) => x.name === 'Ruan Shiwei')!
    expect([p.roles, p.cppccMember]).toEqual([['deputy director', 'member'], true])
  })
})
