import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const institutions = (text: string) => analyzer.analyze(text).committees.filter((c) => /(?:医院|中学|小学|学校)$/.test(c.name)).map((c) => [c.name, c.region])

// A hospital or school named by a code of three digits (the army's and the big works' hospitals: 309医院, 四0四医院) is a
// body kept as written (dev-pages README: public institutions stay; a school or hospital keeps its own name as written),
// after its place (region that place), after the organisation that runs it, or alone (region the city the page is about).
// Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a hospital or school named by a code of digits', () => {
  it.each([
    // (page 1040)
    ['市政协委员、绵阳市四0四医院皮肤科主任朱灵参加调研。', [['绵阳市四0四医院', '绵阳市']]],
    // the code alone after the full form is a further mention of it (page 1040)
    ['绵阳市四0四医院皮肤科主任参加。调研组视察了四0四医院。', [['绵阳市四0四医院', '绵阳市']]],
    // (page 571)
    ['北京西城民建召集了309医院的专家参加义诊。', [['309医院', '北京市']]],
    ['委员们来到中国人民解放军第三〇二医院调研。', [['中国人民解放军第三〇二医院', null]]],
    ['北京101中学的学生参加活动。', [['北京101中学', '北京市']]],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toEqual(expected)
  })

  it.each([
    // counts, longer numbers and numbers with units: no code
    ['全市有309家医院、3所医院参加。'],
    ['2023医院工作会议召开。'],
    ['全省三百医院参加评审。'],
    ['三医院联合开展义诊。'],
    ['一二三医院都没有。'],
  ])('%s: no body', (text) => {
    expect(institutions(text)).toEqual([])
  })
})
