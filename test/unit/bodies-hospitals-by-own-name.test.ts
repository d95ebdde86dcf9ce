import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const hospitals = (text: string) => analyzer.analyze(text).committees.filter((c) => /(?:医院|卫生院)$/.test(c.name)).map((c) => c.name)

// A hospital named by its own name alone is a body kept as written (dev-pages README: a hospital keeps its own name as
// written; public institutions stay), read as a school's own name is (bodies-schools-by-own-name.test.ts): here the name is
// inside one word the segmenter knows whole as an organisation's name (瑞金医院/nt, 阜外医院/nt), with no word for a kind of
// hospital before the head (data/institution-kind-words.txt). Expected values by hand; (page N) marks a dev page's sentence,
// the others were written for this test.
describe('bodies: a hospital named by its own name alone', () => {
  it.each([
    // (page 571)
    ['此次义诊，西城民建召集了北大医院、阜外医院等北京各大三甲医院的医疗专家。', ['北大医院', '阜外医院']],
    // (page 762): 附属 with no institute before it is no part of the name
    ['来自附属瑞金医院等单位的致公党党员早早来到现场。', ['瑞金医院']],
    ['市政协委员走访了协和医院和华山医院。', ['协和医院', '华山医院']],
  ])('%s', (text, expected) => {
    expect(hospitals(text)).toEqual(expected)
  })

  // A hospital is placed as a university is: in the city the text places it (dev 571: 西城区's page → 北京市).
  it.each([
    ['北京市西城区政协委员到阜外医院调研。', '阜外医院', '北京市'],
    ['上海市黄浦区政协组织委员走访瑞金医院。', '瑞金医院', '上海市'],
  ])('%s → %s, %s', (text, name, region) => {
    expect(analyzer.analyze(text).committees.find((c) => c.name === name)?.region).toBe(region)
  })

  it('a hospital written after its institute is named in full', () => {
    expect(hospitals('上海交通大学医学院附属瑞金医院专家来到现场。')).toEqual(['上海交通大学医学院附属瑞金医院'])
  })

  it.each([
    // no own name: a kind of hospital, a pronoun, a count (the words before the head are no proper words)
    ['人民医院、该医院、定点医院、三甲医院都要加强管理。'],
    ['全县有3家医院、两所医院，乡镇卫生院12个。'],
    // a word of the dictionary that names a kind of hospital (儿童医院/nt, 公立医院/nt, 中医医院/nt, 铁路医院/nt)
    ['要办好儿童医院、公立医院、中医医院和铁路医院。'],
    // a word hospitals and schools are named by everywhere (中心医院/nt: data/school-lead-words.txt) names none alone
    ['推进中心医院建设。'],
  ])('%s: no hospital', (text) => {
    expect(hospitals(text)).toEqual([])
  })
})
