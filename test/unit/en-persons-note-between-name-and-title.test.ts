import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A note between a name and the clause that titles it: a birth year or sex in brackets ("Hu Lijie (born in 1971) was
// elected president of …", as the profile notes between commas already were: "X, female, born in 1963, is …"), or an
// adverb between the copula and its verb ("is also serving as Secretary of …"). Seen on test/fixtures/en 474 and 477;
// sentences by hand. The org is the body of the first title, also where that title stands before the name (README).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('a note between a name and its title', () => {
  it.each([
    ["Hu Lijie (born in 1971) was elected president of Liaoning Women's Federation in November 2016.", [['Hu Lijie', ['president'], "Liaoning Women's Federation"]]],
    ["Sun Hong (born in 1970) was named president of Jilin Women's Federation in September 2016.", [['Sun Hong', ['president'], "Jilin Women's Federation"]]],
    ["Li Hua (female) was elected vice chairwoman of the CPPCC Yangzhou Municipal Committee.", [['Li Hua', ['vice chairwoman'], 'CPPCC Yangzhou Municipal Committee']]],
    ['Chen Tao (born in March 1968, Han ethnicity) is secretary of the CPC Changzhou Municipal Committee.', [['Chen Tao', ['secretary'], 'CPC Changzhou Municipal Committee']]],
    ['Shu Xiaoqin is also serving as Secretary of the Political and Legislative Affairs Committee of the CPC Jiangxi Committee.', [['Shu Xiaoqin', ['secretary'], 'Political and Legislative Affairs Committee of the CPC Jiangxi Committee']]],
    ['Standing Committee member of CPC Jiangxi Provincial Committee, Shu Xiaoqin, is also serving as Secretary of the Political and Legislative Affairs Committee of the CPC Jiangxi Committee.', [['Shu Xiaoqin', ['standing committee member', 'secretary'], 'CPC Jiangxi Provincial Committee']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Controls: a bracket that is no profile note gives nothing, and a verb that gives no office stays no title.
  it.each([
    ["Hu Lijie (left) talks with the president of Liaoning Women's Federation.", 'Hu Lijie'],
    ["Wang Min (born in 1971) is also serving tea to the president of Liaoning Women's Federation.", 'Wang Min'],
  ])('%s', (text, name) => {
    expect(persons(text).find((p) => p[0] === name)?.[1] ?? []).toEqual([])
  })
})
