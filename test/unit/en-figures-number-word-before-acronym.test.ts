import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number word opening a sentence (so capitalised) before an acronym and a lower-case counted noun counts that noun, as it
 * does inside a sentence (five NPC deputies → 5 deputy; README: capitalised words before the counted noun name a body and
 * are left out): "Two NPC deputies from ethnic minority groups arrive …" (caption of en dev 668), "Three CPPCC members
 * spoke". Sentences of our own, truth by hand. Controls: a number word before a capitalised word that is in a name (the
 * Two Sessions, Three Gorges), an acronym before another capitalised word (Two CPC Central Committee documents: the
 * capitals run on as a name), a number word inside a sentence before a name (the Two Sessions).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit])

describe('English figures: a sentence-opening number word before an acronym and a noun', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['Two NPC deputies from ethnic minority groups arrive at the Great Hall of the People.', [['Two NPC deputies', 2, 'deputy']]],
    ['The meeting opened on Monday. Three CPPCC members spoke first.', [['Three CPPCC members', 3, 'member']]],
    ['Five NPC deputies from Hunan visited 12 villages.', [['Five NPC deputies', 5, 'deputy'], ['12 villages', 12, 'village']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})

describe('controls: a number word in a name', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['Two Sessions open in Beijing as members arrive.', []],
    ['Three Gorges Dam drew 20 visitors.', [['20 visitors', 20, 'visitor']]],
    ['The deputies came for the Two Sessions. Members spoke.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected))
})
