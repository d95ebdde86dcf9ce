import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const hospitals = (text: string) => names(text).filter((n) => n.includes('医院'))

// A hospital written bare after its region (县医院: r in data/bodies.tsv) is no one body where the words after it make it
// the class (提升县医院综合能力, 县医院改革: data/adjoined-class-words.txt), where it begins a longer name of a region's
// centre (县医院管理中心: the longer head wins), nor as an item of a list of levels (县医院、乡医院、村卫生室). It still is
// one where a title follows or people go to it (dev 376 县医院院长, 830 县医院负责人; 赴县医院调研). Hand-checked by the
// dev-pages README (a body names one body; bodies in general are none).
describe('bodies: a bare 县医院 of the class, of a longer name or of a list of levels', () => {
  it.each([
    ['上杭县政协组织委员视察，全面提升县医院综合能力。'],
    ['上杭县政协组织委员调研县医院改革工作。'],
    ['县医院、乡医院、村卫生室三级网络不断健全。'],
    ['上杭县政协委员调研县医院能力建设。'],
    // 建设 at a clause's end: the building of county hospitals (round 29 mend, point 7).
    ['加快县医院建设'],
    ['加快县医院建设，提升服务水平。'],
  ])('%s: no hospital', (text) => {
    expect(hospitals(text)).toEqual([])
  })

  it('上杭县政协委员到县医院管理中心调研。 → 上杭县医院管理中心', () => {
    const n = names('上杭县政协委员到县医院管理中心调研。')
    expect(n).toContain('上杭县医院管理中心')
    expect(n).not.toContain('上杭县医院')
  })

  // Controls: the county's own hospital, named (the cases the rule was made for).
  it.each([
    ['卢氏县政协副主席、县医院院长陈泽民出席会议。', '卢氏县医院'],
    ['佛坪县卫计局相关股室、合疗办、县医院负责人分别作答复。', '佛坪县医院'],
    ['南陵县政协委员赴县医院调研急诊急救能力建设。', '南陵县医院'],
    ['上杭县卫健局、县医院、县中医院负责人参加。', '上杭县医院'],
    // 建设 begins a road's name or a relative clause: the hospital is one (round 29 mend, point 7).
    ['市医院建设路院区正式启用。', '市医院'],
    ['县医院建设的新住院大楼投入使用。', '县医院'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
