import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): [string, string, string | null][] =>
  analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A democratic party's committees written with the party's name possessive ("the Jiusan Society's Central Committee",
// "the CDL's 10th Central Committee"), with a term word between ("the CNDCA's ninth central committee": the term is no
// part of the name), in lower case ("the CNDCA central committee"), or a regional committee after the possessive
// ("the Jiusan Society's Guangdong Provincial Committee"). Class seen on en dev 409, 422, 434. Sentences of our own.
describe('English bodies: a party committee after a possessive party name', () => {
  it.each<[string, [string, string, string | null][]]>([
    ["Li Ming, vice chairman of the Jiusan Society's Central Committee, spoke at the forum.", [["Jiusan Society's Central Committee", 'democratic-party', '全国']]],
    ["The meeting heard a work report by the CNDCA's ninth central committee.", [["CNDCA's central committee", 'democratic-party', '全国']]],
    ["She was promoted to vice chairwoman of the CNDCA central committee in 2012.", [['CNDCA central committee', 'democratic-party', '全国']]],
    ["The first plenary meeting of the CDL's 12th Central Committee elected its chairman.", [["CDL's Central Committee", 'democratic-party', '全国']]],
    ["Ye Min is also vice chairman of the Jiusan Society's Guangdong Provincial Committee.", [["Jiusan Society's Guangdong Provincial Committee", 'democratic-party', '广东省']]],
    ["The China Democratic League's Hubei Provincial Committee held a seminar in Wuhan.", [["China Democratic League's Hubei Provincial Committee", 'democratic-party', '湖北省']]],
    // Not a committee: the party's other things stay no body.
    ["The CDL's constitution was amended at the congress.", []],
  ])('%s', (text, expected) => {
    expect(bodies(text).filter(([, kind]) => kind === 'democratic-party')).toEqual(expected)
  })
})

const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org

// Membership of the party written without level stays no org where the page names its central committee (en 422).
describe('English persons: party members named without level on a page with the central committee', () => {
  it.each<[string, string, string | null]>([
    ["Wu Hong, chairman of the Jiusan Society's Central Committee, visited the plant. Jiusan Society members including Zhou Lan and Sun Bo accompanied him.", 'Zhou Lan', null],
    ["Wu Hong, chairman of the Jiusan Society's Central Committee, visited the plant. Jiusan Society members including Zhou Lan and Sun Bo accompanied him.", 'Wu Hong', "Jiusan Society's Central Committee"],
  ])('%s (%s)', (text, name, org) => {
    expect(orgOf(text, name)).toEqual(org)
  })
})
