import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Where the segmenter glues a preposition or conjunction into a word it does not know (及杏滨/x, 从岳峰/x, 韩德振对/x), the
// body's name read back from its head begins after it (GUIDE.md: the body part as written; data/function-words.tsv,
// glued-to-body). Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a preposition glued to the name is no part of it', () => {
  it.each([
    // (page 1024)
    ['韩德振对聊城大学近年来办学治校取得的成绩给予高度评价。', ['聊城大学']],
    // (page 676)
    ['从岳峰镇便民服务中心到晋安区政务服务中心。', ['岳峰镇便民服务中心', '晋安区政务服务中心']],
    // (page 1029)
    ['市政协主席到集美区杏滨街道社区卫生服务中心考察。会上,市卫健委领导及杏滨街道社区卫生服务中心负责同志作了情况介绍。',
      ['厦门市政协', '杏滨街道社区卫生服务中心', '厦门市卫健委']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // a name that begins with such a unit in a word the segmenter knows keeps it
    ['调研组来到向阳社区居委会。', ['向阳社区居委会']],
    ['委员们到和平街道办事处座谈。', ['和平街道办事处']],
    ['在岳峰镇便民服务中心召开座谈会。', ['岳峰镇便民服务中心']],
  ])('%s: the name as written', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
