import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const hospitals = (text: string) => committees(text).filter((c) => c.name.endsWith('医院')).map((c) => c.name)

// A county's or city's hospital written bare after its relative word or its name (县医院, 市医院, 上杭县医院), as
// 县人民医院 is: a public institution, kind other, the region completed as for any relative word (dev-pages README:
// 县人民医院 → 清丰县人民医院; GUIDE.md relative mentions). Hand-checked by the README; (page) sentences are from dev pages
// (376 县医院院长, 571 县医院 after 宽城满族自治县医院, 830 县医院负责人), the others written for this test.

describe('bodies: a hospital written bare after a relative word or a place (县医院)', () => {
  it.each([
    // (page 376)
    ['卢氏县政协副主席、县医院院长陈泽民出席会议。', '卢氏县医院', '卢氏县'],
    // (page 830)
    ['佛坪县卫计局相关股室、合疗办、县医院负责人分别作答复。', '佛坪县医院', '佛坪县'],
    // (page 571)
    ['义诊活动在宽城满族自治县医院举行，群众早早来到县医院。', '宽城满族自治县医院', '宽城满族自治县'],
    ['政协委员们来到上杭县医院整体搬迁项目现场视察。', '上杭县医院', '上杭县'],
    ['南陵县政协委员赴县医院调研急诊急救能力建设。', '南陵县医院', '南陵县'],
    ['兴化市政协组织委员视察市医院新院区建设。', '兴化市医院', '兴化市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each([
    // Hospitals in general, no one of them named.
    ['各县医院要加强学科建设。'],
    ['全市医院都要落实分级诊疗。'],
    ['加快城市医院与基层医疗机构协同发展。'],
    ['鼓励民营医院参与医联体建设。'],
    ['乡镇医院和村卫生室人员不足。'],
  ])('%s: no hospital', (text) => {
    expect(hospitals(text)).toEqual([])
  })
})

describe('bodies: 医院 needs its region written right before it', () => {
  it.each([
    // bare, after a CPPCC title (home region not carried): test/unit/bodies-forms.test.ts has it too
    ['长春市政协委员、医院院长张三发言。'],
    // an item of a list whose region is written once before it
    ['平和县政协组织委员视察，县财政局、医院、学校负责人参加。'],
    // a short place is part of a hospital's own name, not the city's hospital
    ['复旦大学附属中山医院专家参加义诊。'],
    ['委员们来到朝阳医院调研。'],
    // hospitals of each level
    ['县医院、乡镇医院、社区医院联动。'],
  ])('%s: no X市医院 / X县医院', (text) => {
    expect(hospitals(text).filter((n) => /[县市区]医院$/.test(n) || n === '医院')).toEqual([])
  })

  it('a county hospital beside another of the county stays (县医院、县中医院)', () => {
    expect(hospitals('上杭县卫健局、县医院、县中医院负责人参加。')).toEqual(expect.arrayContaining(['上杭县医院', '上杭县中医院']))
  })
})
