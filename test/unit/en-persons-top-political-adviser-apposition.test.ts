import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "the top political adviser" written in apposition after a name is a title (en 629 'Chen Shaoji, a former top political
// adviser in South China's Guangdong province'; en 331 'Jia Qinglin, the top political adviser, said'): the CPPCC title of
// the page's CPPCC committee. Before a name the same words stay an epithet, no title (en 332, 238; english-r10.test.ts).
// Sentences by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && [p.roles, p.org, p.cppccMember]
}

describe('the top political adviser in apposition', () => {
  it.each([
    ["Liu Hua, a former top political adviser in South China's Guangdong province, was sentenced. Liu was chairman of the Guangdong provincial committee of the Chinese People's Political Consultative Conference.", 'Liu Hua',
      [['former top political adviser', 'chairman'], "Guangdong provincial committee of the Chinese People's Political Consultative Conference", true]],
    ['Jia Wei, the top political adviser, said in his work report to the CPPCC National Committee.', 'Jia Wei', [['top political adviser'], 'CPPCC National Committee', true]],
    ["Zhou Ming, the province's top political advisor, met the delegates of the Anhui Provincial Committee of the CPPCC.", 'Zhou Ming', [['top political advisor'], 'Anhui Provincial Committee of the CPPCC', true]],
  ])('%s → %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  // Controls: before a name the words are an epithet; "top" before another title makes none.
  it.each([
    ['Top political advisor Yu Ming presided over the meeting on Sunday.', 'Yu Ming', [[], null, true]],
    ["Wang Gang, China's top legislator, spoke.", 'Wang Gang', [[], null, false]],
    ['Li Qiang, a top official of the city, spoke.', 'Li Qiang', [[], null, false]],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
