import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}|${p.roles.join(',')}`)

// Dotted Tibetan names (a review of round 13, dev 426): the parts after the dot run up to a religious title written
// after the name (活佛, 仁波切: data/title-words.tsv dotted-end), which is no role of it; a verb that closes a credit
// (摄 of 记者 贡嘎来松 摄) is no title nor part of the name after it; the two characters before the dot are the clan
// name only where they are no ordinary word (委员风采·) and are Han (A·扎西顿珠 → 扎西顿珠). Sentences of our own alike.
describe('persons: dotted Tibetan names', () => {
  it.each([
    ['西藏政协宗教界委员琼布·阿旺强巴坚赞活佛(左)出席开幕会。', ['琼布·阿旺强巴坚赞|委员']],
    ['区政协常委帕巴拉·格列朗杰活佛出席会议。', ['帕巴拉·格列朗杰|常委']],
    ['委员珠康·土登克珠仁波切参加讨论。', ['珠康·土登克珠|委员']],
    ['A·扎西顿珠委员说，要做好工作。', ['扎西顿珠|委员']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it('a credit verb before a dotted name is neither its title nor its part', () => {
    const names = persons('中新社记者 江飞波 摄琼布·阿旺强巴坚赞活佛说，疫情期间做了很多工作。')
    expect(names).toContain('琼布·阿旺强巴坚赞|')
    expect(names.some((n) => n.includes('摄'))).toBe(false)
  })

  // …nor is a credit verb of one character after it (review of round 13: 记者 格桑·次仁 摄 gave 格桑·次仁摄 with a span
  // over the space): the name ends before it, its span slices the original text to the name.
  it.each([
    ['记者 格桑·次仁 摄', '格桑·次仁'],
    ['（记者 格桑·次仁 摄）', '格桑·次仁'],
    ['记者 扎西·顿珠 摄', '扎西·顿珠'],
    ['本报记者 央金·卓玛 摄', '央金·卓玛'],
    ['记者 格桑·次仁摄', '格桑·次仁'],
  ])('%s → %s', (text, name) => {
    const r = analyzer.analyze(text)
    expect(r.persons.map((p) => p.name)).toEqual([name])
    expect(r.persons[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([name])
  })

  // Known gap: the dotted reading (src/persons/dotted.ts) still takes an ordinary word after a title as the first
  // part: 差猜/n of 会长差猜·春哈旺 (People's Daily dev) is a name's, so the word's tag cannot tell them apart.
  it.fails('委员风采·扎西顿珠出席 → 扎西顿珠', () => {
    expect(persons('委员风采·扎西顿珠出席。')).toEqual(['扎西顿珠|委员'])
  })
})
