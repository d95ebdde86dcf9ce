import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}:${p.roles.join('+')}`)

// A three-character name that the segmenter cut at a title: the title after it begins inside a word it glued to the
// name's last character (王海/x 一副/m 市长: 王海一 副市长), or the given name is a numeral word (副会长安七一/m 宣布; dev
// page 1118). The title draws the line the segmenter missed, and a numeral word after a titled surname with no measure
// word is a given name, not a count.
describe('a three-character name kept whole against a title', () => {
  it.each<[string, string[]]>([
    ['中国西藏文化保护与发展协会副会长安七一宣布活动启动。', ['安七一:副会长']],
    // Hand-written, like it.
    ['王海一副市长出席会议。', ['王海一:副市长']],
    ['刘新一副部长说，要抓好落实。', ['刘新一:副部长']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    // Controls: a title that ends one word of the segmenter with what is before it (司法部长/n) makes no name of that
    // word; a numeral with its measure word (一个) is a count.
    ['代表团团长、司法部长卡洛斯·阿马特在会上发言。', ['卡洛斯·阿马特:团长+司法部长']],
    ['主任张三一个人来了。', ['张三:主任']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
