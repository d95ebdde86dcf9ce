import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "X, who previously served as the Deputy Secretary of Y, …" (en dev 645) and "X has served as deputy secretary of Y since
// 2003": "served as" gives the name its title also with an adverb of time inside a relative clause (as "who served as"
// already does, and "X previously served as" after a name) and in the perfect (has/had served, as "has been elected").
// Sentences written by hand, truth worked out by hand. Controls: a relative clause with no title after it, and "has served"
// with no "as".
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const GZ = 'Guizhou Provincial Discipline Inspection Commission'
const SX = 'CPC Shanxi Provincial Committee'

describe('"served as" after an adverb in a relative clause, or in the perfect', () => {
  it.each([
    [`Zhang Ping, who previously served as the Deputy Secretary of the ${GZ}, has been dismissed.`, [['Zhang Ping', ['deputy secretary'], GZ]]],
    [`Zhang Ping, who once served as deputy secretary of the ${GZ}, has been dismissed.`, [['Zhang Ping', ['deputy secretary'], GZ]]],
    [`Zhang Ping, who has long served as deputy secretary of the ${GZ}, spoke.`, [['Zhang Ping', ['deputy secretary'], GZ]]],
    [`Xue Yanzhong has served as deputy secretary of the ${SX} since 2003.`, [['Xue Yanzhong', ['deputy secretary'], SX]]],
    [`Xue Yanzhong had previously served as deputy secretary of the ${SX}.`, [['Xue Yanzhong', ['deputy secretary'], SX]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title after the verb', () => {
  it.each([
    [`Zhang Ping, who previously worked in Guizhou, met officials of the ${GZ}.`, [['Zhang Ping', [], null]]],
    [`Xue Yanzhong has served the people of Shanxi for 30 years.`, [['Xue Yanzhong', [], null]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
