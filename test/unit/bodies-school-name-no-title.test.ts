import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A school's or hospital's name read back from its head word (中医院, 小学) holds no person's title: in 成都市政协委员调研中医院
// the members survey hospitals of Chinese medicine; no body is named 成都市政协委员调研中医院. Names with a profession that is no
// title of the person lexicon stay (柳州市工人医院, dev 976). Expected values worked out by hand, sentences written for this test.
describe('bodies: a school or hospital named through a title is none', () => {
  it.each([
    ['成都市政协委员调研中医院建设。', [['成都市政协', '成都市']]],
    ['成都市政协委员走访中医院。', [['成都市政协', '成都市']]],
    ['叶县政协常委调研中医院发展情况。', [['叶县政协', '叶县']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    // controls: names that hold a place, a numeral or a profession
    ['三台县七一小学校长出席。', [['三台县七一小学', '三台县']]],
    ['柳州市工人医院院长出席。', [['柳州市工人医院', '柳州市']]],
    ['委员们到绵阳中学调研。', [['绵阳中学', '绵阳市']]],
  ])('%s: named', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
