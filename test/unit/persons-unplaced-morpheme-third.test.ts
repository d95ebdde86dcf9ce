import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A rare character the segmenter could not place as a word (旻/zg, 翃/zg) after two characters of a name is the name's
// third, not a function word, where names use it (data/name-chars.tsv scores it above zero) and it ends proper nouns no
// more than names (dev 973 周立旻, 766 左家翃). Sentences written for this test; names worked out by hand.
describe('persons: an unplaced rare character ends a three-character name', () => {
  it.each([
    ['上海市政协召开会议。政协委员杨文悦、王成、贾铁飞、周立旻结合自身专业优势发言。', '周立旻'],
    ['参加活动的有民盟市委专职副主委左家翃,副主委杨勇。', '左家翃'],
  ])('%s: %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // A character that ends proper nouns (园 of 智慧园) stays out: no person.
    ['河南三木实业集团登封生态循环智慧园:目前养殖项目基础建设已完成。', '智慧园'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
