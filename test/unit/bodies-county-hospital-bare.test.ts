import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const hospitals = (text: string) => committees(text).filter((c) => c.name.endsWith('医院')).map((c) => c.name)

// A county's or city's hospital written bare after its region or a relative word (县医院, 市医院) is that region's
// hospital (GUIDE.md: relative mentions are resolved; public institutions stay, kind other). A short place right before
// 医院 is the hospital's own name, kept as written (朝阳医院). Expected values by hand; (page N) marks a sentence of a
// dev page, the others were written for this test.
describe('bodies: a hospital written bare after its region', () => {
  it.each([
    // (page 376)
    ['卢氏县召开座谈会,县政协副主席、县医院院长陈泽民出席会议。', '卢氏县医院', '卢氏县'],
    // (page 830: the county only in the source line)
    ['来源:佛坪县卫计局。座谈会上,卫计局相关股室、合疗办、县医院负责人分别进行了答复。', '佛坪县医院', '佛坪县'],
    ['宽城满族自治县医院的医生为群众义诊。', '宽城满族自治县医院', '宽城满族自治县'],
    ['梅河口市政协委员来到市医院,了解急诊科建设情况。', '梅河口市医院', '梅河口市'],
    ['新化县召开会议,听取县医院整体搬迁项目进展汇报。', '新化县医院', '新化县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each([
    // a hospital named after a place written short keeps its own name
    ['专家来自朝阳医院和宣武医院。', '朝阳医院'],
    ['北京朝阳医院的专家前来坐诊。', '北京朝阳医院'],
  ])('%s → %s as written', (text, name) => {
    expect(hospitals(text)).toContain(name)
    expect(hospitals(text)).not.toContain(name.replace('朝阳', '朝阳区'))
  })

  it.each([
    ['全县各县医院要加强管理。'],
    ['省市医院专家到县乡医院坐诊。'],
  ])('%s: no body', (text) => {
    expect(hospitals(text)).toEqual([])
  })

  // A national page speaks of county hospitals in general (县医院综合能力提升工程): the words name no one body, but
  // they are read as the body 县医院 of no region, as 县人民医院 is on such a page.
  it.fails('a national programme for county hospitals names no body', () => {
    expect(hospitals('国家卫生健康委推进县医院综合能力提升工程。')).toEqual([])
  })
})

describe('bodies: the health and family planning commission of 2013–2018 in its short form', () => {
  it.each([
    // (page 838, in simplified characters)
    ['省卫生计生委副主任万筱明到鹰潭市、余江县调研指导医改工作。', '江西省卫生计生委', '江西省'],
    ['市卫生计生委组织专家到乡镇卫生院巡诊,汉中市政协委员参加。', '汉中市卫生计生委', '汉中市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })
})
