import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth: ordinary verbs and adjectives of the dictionary after a title are no transliterated name
// (总书记/n 嘱托/v, dev page 733; 总书记/n 殷切/a 嘱托/v, dev page 356). Sentences of our own alike; names written
// in transliteration keep their reading after a title.
describe('persons: an ordinary verb or adjective after a title is no transliteration', () => {
  it.each([
    ['我觉得我们要从各个层次提一些好的建议,按总书记嘱托,为粤港澳大湾区服务。', []],
    ['牢记习近平总书记殷切嘱托,奋力谱写新篇章。', ['习近平']],
    ['不负总书记嘱托,扛起政治责任。', []],
    ['特邀委员嘱托大家认真履职。', []],
    ['美国总统克林顿说。', ['克林顿']],
    ['前锋巴蒂斯图塔进球。', ['巴蒂斯图塔']],
    ['世界冠军杰克逊出席。', ['杰克逊']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
