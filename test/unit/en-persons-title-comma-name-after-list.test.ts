import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "… and a vice chairwoman, Lin Jie": a title, a comma, then the name it is given, after a list of names (README: the
// titles written next to the name). The list before is no apposition: the name before the title neither loses it to
// the name before that (A, B and a vice chairwoman, C: B is no description of A) nor is the title given to A; a dash
// closes the list before (seven Vice Chairmen — A, B — and a vice chairwoman, C), and so does ", and" (…, and a
// secretary-general, D). Seen on en dev 428 (Shenzhen Daily); sentences written by hand, truth worked out by hand.
const ORG = 'Shenzhen Municipal Committee of the CPPCC'
const PAGE = 'The Shenzhen Municipal Committee of the CPPCC elected its officers. '
const persons = (t: string) => analyzer.analyze(PAGE + t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('a title and a comma before a name, after a list', () => {
  it.each([
    ['The election also gave rise to three Vice Chairmen — Huang Zhiguang, Deng Jilian, Yao Xinyao — and a vice chairwoman, Lin Jie.', [
      ['Huang Zhiguang', ['vice chairman'], ORG, true],
      ['Deng Jilian', ['vice chairman'], ORG, true],
      ['Yao Xinyao', ['vice chairman'], ORG, true],
      ['Lin Jie', ['vice chairwoman'], ORG, true],
    ]],
    ['The session elected three vice chairmen, Li Ming, Wang Hua and Zhao Gang, and a secretary-general, Sun Lei.', [
      ['Li Ming', ['vice chairman'], ORG, true],
      ['Wang Hua', ['vice chairman'], ORG, true],
      ['Zhao Gang', ['vice chairman'], ORG, true],
      ['Sun Lei', ['secretary-general'], ORG, true],
    ]],
    ['It elected Huang Zhiguang, Yao Xinyao and a vice chairwoman, Lin Jie.', [
      ['Huang Zhiguang', [], null, false],
      ['Yao Xinyao', [], null, false],
      ['Lin Jie', ['vice chairwoman'], ORG, true],
    ]],
    ['Li Ming, Wang Hua and the vice chairman, Zhao Gang, spoke.', [
      ['Li Ming', [], null, false],
      ['Wang Hua', [], null, false],
      ['Zhao Gang', ['vice chairman'], ORG, true],
    ]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: a title in apposition stays the name before', () => {
  it.each([
    ['Li Ming, the vice chairman, Wang Hua spoke.', [['Li Ming', ['vice chairman'], ORG, true], ['Wang Hua', [], null, false]]],
    ['Li Ming, vice chairman of the Shenzhen Municipal Committee of the CPPCC, Wang Hua and Zhao Gang attended.', [
      ['Li Ming', ['vice chairman'], ORG, true], ['Wang Hua', [], null, false], ['Zhao Gang', [], null, false]]],
    ['Yao Ming, a former NBA star and a vice chairman, spoke.', [['Yao Ming', ['vice chairman'], ORG, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
