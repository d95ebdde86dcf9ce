import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const institutions = (text: string) => analyzer.analyze(text).committees.filter((c) => /(?:医院|学院|学校|中学|小学)$/.test(c.name)).map((c) => c.name)

// A school or hospital named by words the segmenter does not know (华外/x + 同文/x), no proper word it knows, is a body
// where it is an item of a list of institutions: right after the enumeration mark, the item before ending in a school's,
// hospital's or institute's head (dev-pages README: a school keeps its own name as written). Expected values by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: an institution named by unknown words in a list of institutions', () => {
  it.each([
    // (page 1042)
    ['马劲轲到广东岭南现代技师学院、华外同文外国语学校走访调研。', ['华外同文外国语学校']],
    ['委员们走访了七宝中学、华外同文外国语学校。', ['七宝中学', '华外同文外国语学校']],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toEqual(expected)
  })

  it.each([
    // common nouns and words for a kind after the mark: kinds of school or hospital, none named
    ['高等学校、职业学校、培训学校都要参加。'],
    ['县医院、乡镇医院、社区医院联动。'],
    ['县人民医院、专科医院参加。', ['县人民医院']],
    // not after an institution: the unknown words alone name none
    ['华外同文外国语学校参加。'],
  ])('%s: no such body', (text, expected = []) => {
    expect(institutions(text)).toEqual(expected)
  })
})
