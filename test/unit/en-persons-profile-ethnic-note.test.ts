import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Official profiles write the person's sex and ethnic group after the name ("Chen Qun, male, Han Chinese, born in Yixing
// …", China Daily's government profiles): "Han Chinese" is no person (Chinese is an English word spelt as pinyin), and the
// pronoun of the next sentence gives its titles to the named person (README: roles are the titles written at the name).
// Seen on en dev 710; sentences written by hand, truth worked out by hand.
// Controls: a pinyin name whose given name is no English word, "Han ethnicity" notes as before.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const ECNU = 'East China Normal University'

describe('"Han Chinese" in a profile is no name', () => {
  it.each([
    [`Chen Qun, male, Han Chinese, born in Yixing of Jiangsu Province in April 1964, holds a doctoral degree. He now serves as president of ${ECNU}.`, [['Chen Qun', ['president'], ECNU]]],
    [`Li Hong, female, Han Chinese, was born in 1970. She is vice president of ${ECNU}.`, [['Li Hong', ['vice president'], ECNU]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: pinyin names and other notes', () => {
  it.each([
    [`Han Zheng, male, Han ethnicity, was born in 1954. He is vice president of ${ECNU}.`, [['Han Zheng', ['vice president'], ECNU]]],
    [`Chen Qun met Han Chinese students and Han Jun, president of ${ECNU}.`, [['Chen Qun', [], null], ['Han Jun', ['president'], ECNU]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
