import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/normalize/index.js'
import { analyzer, resources } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A page's line of fields (发布时间 | 来源 | 作者 | 责任编辑) ends in a credit, a colon and a name. It is no sentence broken
// mid-way: joining it to the next line glued the name to the headline after it (秦金月湖南省…, dev 1337) and the name lost its
// third character. Lines written by hand after the form of 人民政协网 pages; truth worked out by hand.
const FIELDS = '发布时间: 2018-03-28 13:37:06 | 来源: 人民政协网 | 作者: 王双 | 责任编辑: 秦金月'
const HEAD = '湖南省政协人资环委通报2018年工作要点'

describe('a line of credit fields keeps its line break', () => {
  it.each([
    [`湖南省政协调研生态环境治理\n\n${FIELDS}\n\n${HEAD}\n\n会议指出，要加强生态保护。`, '秦金月'],
    [`市政协召开常委会议\n\n发布时间: 2020-05-12 09:10:00 | 来源: 人民政协网 | 作者: 李红 | 责任编辑: 杨象轮\n\n${HEAD}`, '杨象轮'],
  ])('%s', (text, name) => {
    expect(normalize(text, resources.normalize).mapped.text).toContain(`${name}\n`)
    expect(names(text)).toContain(name)
  })
})

// Controls: a long line broken mid-sentence is still joined, also one that mentions a credit inside it.
describe('control: a sentence broken mid-way is still joined', () => {
  it('joins a long line that ends mid-sentence', () => {
    const text = '会议期间，全国政协委员、湖南省政协副主席和记者们一起深入基层，围绕生态环境治理开展调研，工作组成\n员紧紧围绕中心工作开展调研。'
    expect(normalize(text, resources.normalize).mapped.text).toContain('工作组成员紧紧围绕')
  })
  it('joins a line whose credit is no closing field', () => {
    const text = '会议期间，全国政协委员、湖南省政协副主席和记者们一起深入基层，围绕生态环境治理开展调研，本报记者\n王双随同采访了解情况。'
    expect(normalize(text, resources.normalize).mapped.text).toContain('本报记者王双随同')
  })
})

// A credit, a colon and one name of three characters closing its line (责任编辑：杨象轮⏎): the credit and the line's end say where
// the name is, also where the segmenter cut its third character off (杨象/x 轮/zg). Control: a place closing the line is none.
describe('one full name after a credit closes its line', () => {
  it.each([
    ['责任编辑：杨象轮\n湖南省政协召开常委会议。', ['杨象轮']],
    ['作者：王双 | 责任编辑：付长先\n市政协召开常委会议。', ['王双', '付长先']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
  it.each([
    ['来源：湖南省\n市政协召开常委会议。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
