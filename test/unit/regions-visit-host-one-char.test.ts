import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org

// The host written by one character after 来 (建德市政协来启考察) only where that character begins a place the gazetteer
// knows and the segmenter does not join 来 and it into one word: 来年, 来往, 来访 are ordinary words, and the place
// before them is the page's own (舟山市政协来年开展调研: 舟山市政协; its bare 市政协 is 舟山市政协). Hand-checked truth.
describe('a host of one character after 来 is no part of an ordinary word (来年, 来往, 来访)', () => {
  it.each<[string, string, string]>([
    ['舟山市政协来年开展调研，市政协主席张三出席。', '张三', '舟山市政协'],
    ['舟山市政协来往交流频繁，市政协主席张三出席。', '张三', '舟山市政协'],
    ['舟山市政协来访考察团座谈，市政协主席张三出席。', '张三', '舟山市政协'],
    ['舟山市政协来馆参观，市政协主席张三出席。', '张三', '舟山市政协'],
    ['舟山市政协来华访问团座谈，市政协主席张三出席。', '张三', '舟山市政协'],
    // The case the rule was made for (dev 1222) keeps working: 建德 is the visitor, the page's 市政协 启东's.
    ['浙江省建德市政协来启考察调研\n5月14日，建德市政协副主席周伟清率队来我市考察。市政协副主席龚建涛陪同。调研组参观了吕四港镇镇史馆。', '龚建涛', '启东市政协'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(orgOf(text, name)).toBe(org)
  })

  it('舟山市政协来年开展调研 names 舟山市政协', () => {
    expect(committees('舟山市政协来年开展调研，市政协主席张三出席。')).toContain('舟山市政协')
  })
})
