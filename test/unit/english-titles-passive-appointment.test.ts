import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The title a clause after a name gives it through a passive verb of appointment with "as" (was chosen as, was co-opted
// as, was added as), and through an election verb before a word that describes the holder (was elected as a new member
// of …; has been elected as the new chairman of …): the name's role (GUIDE.md: the titles the text gives; org the body
// of the first CPPCC role). Real sentences: test/fixtures/en 264 and 383 (dev) and survey pages (South China Morning
// Post 2008; ANI 2018; People's Daily Online 2019); expected values checked by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = "National Committee of the Chinese People's Political Consultative Conference"

describe('English: titles given by a passive verb of appointment or after a describer', () => {
  it.each([
    // 264: the title before the name stays first; "additional" describes the holder.
    ['Minister of Health Chen Zhu was co-opted as additional vice chair to the party’s central committee at the session.',
      [['Chen Zhu', ['minister', 'vice chair'], null, false]]],
    // 383: "a new member of the standing committee of …" (the committee named in lower case is no listed body here).
    ["RETIRED basketball star Yao Ming was elected as a new member of the standing committee of Shanghai's top advisory body as its annual session ended today.",
      [['Yao Ming', ['member'], null, false]]],
    // Survey (ANI, 2018): "has been elected as the new chairman of …".
    ["Beijing [China], Mar 15 (ANI): Wang Yang has been elected as the new chairman of China's top political advisory body.\n\nHe was elected as chairman of the National Committee of the Chinese People's Political Consultative Conference (CPPCC) on Wednesday.",
      [['Wang Yang', ['chairman'], NC, true]]],
    // Survey (People's Daily Online, 2019): "was added as a member of … and deputy head of …".
    ['After a vote at the meeting, Huang Shuxian was added as a member of the 13th CPPCC National Committee and deputy head of its committee of social and legal affairs.',
      [['Huang Shuxian', ['member', 'deputy head'], 'CPPCC National Committee', true]]],
    // Survey (SCMP, 2008): "was chosen as CPPCC secretary general" after an apposition that gives no title.
    ['Qian Yunlu, 64, an ally of President Hu Jintao, was chosen as CPPCC secretary general, putting him in charge of the daily running of the organisation.',
      [['Qian Yunlu', ['secretary general'], null, true], ['Hu Jintao', ['president'], null, false]]],
    // …on a page naming its CPPCC: the president inside Qian's apposition takes neither his title nor his body.
    ["As expected, Jia Qinglin, 68, was re-elected chairman of the Chinese People's Political Consultative Conference - which has little real policy-making power.\n\nThe CPPCC delegates also elected 25 vice-chairmen.\n\nQian Yunlu, 64, an ally of President Hu Jintao, was chosen as CPPCC secretary general, putting him in charge of the daily running of the organisation.",
      [['Jia Qinglin', ['chairman'], "Chinese People's Political Consultative Conference", true], ['Qian Yunlu', ['secretary general'], "Chinese People's Political Consultative Conference", true], ['Hu Jintao', ['president'], null, false]]],
    // "was elected" after a name inside another's apposition is the first name's (review of round 12; constructed
    // sentences of the SCMP survey page's kind).
    ['Qian Yunlu, 64, an ally of President Hu Jintao, was elected as CPPCC secretary general.',
      [['Qian Yunlu', ['secretary general'], null, true], ['Hu Jintao', ['president'], null, false]]],
    ['Wang Yang, a friend of Li Hong, was elected chairman of the CPPCC National Committee.',
      [['Wang Yang', ['chairman'], 'CPPCC National Committee', true], ['Li Hong', [], null, false]]],
    ['Zhou Qiang, a classmate of Wang Hua, was elected vice chairman of the CPPCC National Committee.',
      [['Zhou Qiang', ['vice chairman'], 'CPPCC National Committee', true], ['Wang Hua', [], null, false]]],
    ['Li Bin, 58, a colleague of Premier Li Qiang, was elected as CPPCC secretary general.',
      [['Li Bin', ['secretary general'], null, true], ['Li Qiang', ['premier'], null, false]]],
    // Constructed controls (no page): the verb without "as", or no title after it, gives none.
    ['Li Ming was added to the list of speakers.', [['Li Ming', [], null, false]]],
    ['Li Ming was chosen as one of the ten best teachers.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
