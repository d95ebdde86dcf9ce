import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)
const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// The supervisors that a 政协, a procuratorate or a government bureau appoints are titles written before a name
// (dev 962 特约监督员马乃弟, dev 607 民主监督员刘绍玺): roles by GUIDE.md, whole as written. Sentences written for these tests.
describe('persons: supervisor titles', () => {
  it.each<[string, string, string[]]>([
    ['区住建局组织活动，特约监督员周明春对住建工作提出了意见建议。', '周明春', ['特约监督员']],
    ['检察院特邀监督员王明出席座谈会。', '王明', ['特邀监督员']],
    ['市政协派驻市国土资源局民主监督员刘绍玺参加会议。', '刘绍玺', ['民主监督员']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  it.each([
    // Controls: duties listed with no name after them, and the title's first word is no name.
    ['委员们要当好宣传员、调解员、监督员，在推进工作上实现更大作为。', []],
    ['住建局特约监督员,区政协委员马乃弟参加活动。', ['马乃弟']],
  ])('%s: persons %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
