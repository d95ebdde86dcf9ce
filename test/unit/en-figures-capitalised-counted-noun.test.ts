import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A counted noun written with capitals (title case or a capitalised title) is still the counted noun, in lower case as
 * every unit: seven Vice Chairmen → vice chairman, as nine vice chairmen is (en dev 266, 428); the figure had lost its unit or
 * been dropped, capitalised words being read as names. Class seen on en dev 428, 492 (some 80 newly-elected Chairpersons and
 * CPC Secretaries → chairperson, about) and 223 (two loop Expressways → loop expressway); other rows written here. Controls:
 * capitalised words before a lower-case counted noun are still a name left out (298 Standing Committee members: member), a
 * title-case name that ends in a singular (the 3 Gorges Dam) counts nothing, nor a year, nor the set phrase '2 Sessions' (en dev 460).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a capitalised counted noun', () => {
  it.each([
    ['The session elected seven Vice Chairmen and a secretary-general.', [['seven Vice Chairmen', 7, 'vice chairman', null]]],
    ['Training was given to some 80 newly-elected Chairpersons and CPC Secretaries of the federations.', [['some 80 newly-elected Chairpersons', 80, 'chairperson', 'about']]],
    ['The city has built two loop Expressways since then.', [['two loop Expressways', 2, 'loop expressway', null]]],
    ['It received 1315 Filed Proposals.', [['1315 Filed Proposals', 1315, 'proposal', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['The 298 Standing Committee members voted.', [['298 Standing Committee members', 298, 'member', null]]],
    ['Some 30 Chinese enterprises took part.', [['Some 30 Chinese enterprises', 30, 'enterprise', 'about']]],
    ['They visited the 3 Gorges Dam in May.', []],
    ['The 2022 Winter Olympics were held in Beijing.', []],
    ["Record Number of Women Voice Proposals at '2 Sessions'", []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
