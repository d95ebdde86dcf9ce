import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A hospital or school attached to a university, written X大学 + 附属 + its own name with a place in it
// (清华大学附属北京清华长庚医院, 湖北师范大学附属阿拉山口市中学), is one body named whole, of the region its own name
// writes (dev 1118, 1013: not the university and the hospital as two). Expected values worked out by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a hospital or school attached to a university is one body', () => {
  it.each([
    // (page 1118)
    ['中国工程院院士、清华大学附属北京清华长庚医院院长董家鸿出席。', [['中国工程院', null], ['清华大学附属北京清华长庚医院', '北京市']]],
    // (page 1013)
    ['在湖北师范大学附属阿拉山口市中学，委员们详细了解教育资源配置情况。', [['湖北师范大学附属阿拉山口市中学', '阿拉山口市']]],
    ['委员们来到华中师范大学附属武汉市第一中学调研。', [['华中师范大学附属武汉市第一中学', '武汉市']]],
    ['北京大学附属北京大学人民医院专家出席。', [['北京大学附属北京大学人民医院', '北京市']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    // the two joined by another word, or the university written alone later: two bodies
    ['清华大学与北京清华长庚医院签约。', [['清华大学', null], ['北京清华长庚医院', '北京市']]],
    ['清华大学附属北京清华长庚医院院长出席。清华大学校长出席。', [['清华大学附属北京清华长庚医院', '北京市'], ['清华大学', null]]],
  ])('%s: apart', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
