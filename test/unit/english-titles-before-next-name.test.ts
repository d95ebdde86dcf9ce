import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// In a list of names each with its title before it, "A, Vice Chairman of the X Committee B, …": the title and body
// between A and B are B's, not an apposition of A (GUIDE.md: the titles the text gives). Also where the complement ends
// in a place ("Minister of the United Front Work Department in Lushunkou District B"). Real sentences:
// test/fixtures/en 406 (dev) and survey pages (Linyi Today 2019; China Daily 2019); the rest constructed.
// Expected values checked by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English: a title with its body before the next name of a list is that name’s', () => {
  it.each([
    // Survey (Linyi Today, 2019).
    ["Other members of standing committee of Linyi Municipal Party Committee also attend the conference including Chairman of Linyi People's Political Consultative Conference Xu Tao, Chairman of the Standing Committee of Linyi People's Congress Du Dejiang, Deputy Party Secretary of Linyi Municipal Committee Zheng Deyan.",
      [['Xu Tao', ['chairman'], "Linyi People's Political Consultative Conference", true],
        ['Du Dejiang', ['chairman'], "Standing Committee of Linyi People's Congress", false],
        ['Zheng Deyan', ['deputy party secretary'], 'Linyi Municipal Party Committee', false]]],
    // Survey (China Daily, 2019).
    ["Those in attendance included the Party chief of the capital Cai Qi, Mayor Chen Jining, Chairman of the Standing Committee of the Beijing Municipal People's Congress Li Wei, and the others.",
      [['Cai Qi', ['party chief'], null, false], ['Chen Jining', ['mayor'], null, false],
        ['Li Wei', ['chairman'], "Standing Committee of the Beijing Municipal People's Congress", false]]],
    // Constructed: an apposition closed by a comma stays the name's.
    ['Zhao Lei, director of the Education Bureau of Hubei, met Li Bin.',
      [['Zhao Lei', ['director'], 'Education Bureau of Hubei', false], ['Li Bin', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // 406: Li Jun's title is no longer Guan Zhihong's; Liu Zhaokun shares Guan's title (Vice Chairman of X Guan and Liu)
  // and Wang Yan takes the two titles before him: not read yet.
  it.fails('406: the shared title and the chain before Wang Yan', () => {
    expect(persons('Deputy Secretary of the District Li Jun, Vice Chairman of the Dalian Municipal Jiusan Society Committee Guan Zhihong and Liu Zhaokun, Vice Chairman of the CPPCC and the Minister of the United Front Work Department in Lushunkou District Wang Yan attended the meeting.'))
      .toEqual([['Li Jun', ['deputy secretary'], null, false],
        ['Guan Zhihong', ['vice chairman'], 'Dalian Municipal Jiusan Society Committee', false],
        ['Liu Zhaokun', ['vice chairman'], 'Dalian Municipal Jiusan Society Committee', false],
        ['Wang Yan', ['vice chairman', 'minister'], 'CPPCC', true]])
  })
})
