import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. 贠 (Shaanxi, Henan) and 焉 (Shandong) are surnames of modern use (data/surnames.txt), rare
// elsewhere in text: after a title or in a list of names the whole three-character name is the person's.
describe('persons: rare surnames 贠 and 焉 after a title or in a list', () => {
  it.each([
    // dev 910 (traditional in the page): 部长 then the name, 应邀 after.
    ['中共西安市委常委、市委统战部部长贠笑冬应邀到会并代表中共西安市委致贺辞。', ['贠笑冬']],
    ['市委統戰部部長贠笑冬應邀到會。', ['贠笑冬']],
    ['县政协副主席贠建华主持会议。', ['贠建华']],
    // dev 784: a title before it, then an election list.
    ['省委常委、省政协副主席焉荣竹，省政协副主席王志民、赵玉兰出席。', ['焉荣竹', '王志民', '赵玉兰']],
    ['会议补选焉荣竹、陈光为省政协副主席。', ['焉荣竹', '陈光']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['心中焉能不感动，委员们纷纷表示。'],
    ['不入虎穴，焉得虎子。'],
    ['少年心事当拿云，焉知来者之不如今也。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
