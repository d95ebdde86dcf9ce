import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name).sort()

// A familiar address before a studio's or shop's word (老白工作室, dev 1208) names the place after a nickname, no person of
// the page (data/nickname-brand-words.txt). Controls: the address alone (老于的女儿, 小李和老张) is the surname; a full name
// before 工作室 stays a person (王群工作室, dev 839). Expected by hand.
describe('persons: a studio named after a nickname', () => {
  it.each([
    ['委员们先后视察了法院诉讼服务中心、老白工作室、调解中心等场所。', []],
    ['走进小王调解室，了解基层矛盾化解情况。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['老于的女儿考上了大学。', ['于']],
    ['小李和老张一起来了。', ['李']],
    ['调研组走访了驻点的王群工作室。', ['王群']],
  ])('control %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
