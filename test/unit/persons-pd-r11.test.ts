import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth; sentences written for these tests in the forms of newspaper text (People's Daily style).
describe('persons: a word after the name that says a person (data/person-cues-after.txt)', () => {
  it.each([
    // 烈士 after the name: the martyr's honour; 恽 is a rare surname of Changzhou (data/surnames.txt).
    ['他的书房里挂着恽代英烈士的遗像。', ['恽代英']],
    ['在这场战斗中，孟庆山烈士献出了年轻的生命。', ['孟庆山']],
    // A site named after the person: 墓, 铜像, 塑像, 旧居.
    ['清明节，大家来到管志道墓前献花。', ['管志道']],
    ['游客们在詹天佑铜像前合影留念。', ['詹天佑']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // No name before the cue word: the honour and the sites of no one named.
    ['全县烈士陵园已修缮一新。'],
    ['革命烈士纪念碑前摆满了花圈。'],
    ['烈士的后代受到了照顾。'],
    ['这片古墓群保存完好。'],
    ['广场上新立了一座英雄塑像。'],
    ['公园里有一座铜像。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('persons: 领导人 is no cue (党和国家领导人 is followed by ordinary words more often than by names)', () => {
  it.each([
    ['党和国家领导人十分关心这项工作。'],
    ['领导人会议将于下月举行。'],
    ['党和国家领导人关怀下成长起来的一代人。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
