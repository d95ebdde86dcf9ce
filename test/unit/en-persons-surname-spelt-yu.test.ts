import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A surname with ü spelt "yu" after l or n, as Chinese passports print it since 2012 (吕 Lyu, 女 Nyu; elsewhere Lü or Lv):
 * the surname lv of the data (surnames-pinyin.tsv), so its bearer is a person as under any listed surname. Class seen on
 * en dev 520 (CPPCC spokesman Lyu Xinhua, also written so on en dev 327); the other rows written here. Controls: a word
 * in "lyu" that is no pinyin syllable (Lyubov), the surname spelt Lv.
 */
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)

describe('Lyu is the surname lv', () => {
  it.each([
    ['CPPCC spokesman Lyu Xinhua announced that the session will open on Sunday.', ['Lyu Xinhua']],
    ['New CPPCC spokesman, Lyu Xinhua, spoke about the agenda for this year.', ['Lyu Xinhua']],
    ['Lyu Zhongmei, a member of the CPPCC National Committee, raised a proposal.', ['Lyu Zhongmei']],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The ship Lyubov Orlova arrived in Dalian on Monday.', []],
    ['CPPCC spokesman Lv Xinhua announced that the session will open on Sunday.', ['Lv Xinhua']],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
