import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const hospitals = (text: string) => analyzer.analyze(text).committees.filter((c) => c.name.endsWith('医院')).map((c) => c.name)

// A hospital named by its own name alone is a body kept as written (dev-pages README: a school or hospital keeps its own
// name as written; public institutions stay). Expected values by hand; (page N) marks a dev page's sentence, the others
// were written for this test.
describe('bodies: a hospital named by its own name alone', () => {
  it.each([
    // a place written short that is also a word schools are named by (朝阳 of 朝阳小学) begins a hospital's own name (page 571)
    ['他在朝阳医院工作。', ['朝阳医院']],
    ['309医院、朝阳医院的专家参加义诊。', ['309医院', '朝阳医院']],
    // items of a list of named hospitals: a common noun after a hospital the segmenter knows by name, an ordinal (page 762)
    ['来自附属瑞金医院、仁济医院、第九人民医院等单位的致公党党员早早来到现场。', ['瑞金医院', '仁济医院', '第九人民医院']],
    ['瑞金医院、华山医院、仁济医院的医生参加。', ['瑞金医院', '华山医院', '仁济医院']],
    // a place word naming no division (广安门, a gate of Beijing) or a name before 中医院 (one word of the segmenter) (page 571)
    ['西城民建召集了北大医院、阜外医院、广安门中医院、宣武中医院等北京各大三甲医院的医疗专家。', ['北大医院', '阜外医院', '广安门中医院', '宣武中医院']],
  ])('%s', (text, expected) => {
    expect(hospitals(text)).toEqual(expected)
  })

  it.each([
    // kinds of hospital, in a list or alone: no name
    ['来自瑞金医院、社区医院、教学医院、城市医院等单位。', ['瑞金医院']],
    ['要加强民办医院、私立医院、定点医院和三甲医院的管理。', []],
    // 人民 is a word hospitals are named by, no name of its own: alone or after a hospital, no body
    ['他在人民医院工作。', []],
    ['瑞金医院、人民医院的专家参加。', ['瑞金医院']],
  ])('%s: only the named ones', (text, expected) => {
    expect(hospitals(text)).toEqual(expected)
  })

  it.each([
    ['西城民建召集了阜外医院、广安门中医院的医疗专家。', []],
    ['他家住在永定门外。', []],
    // a gate word only where 门 begins no longer word: 门户, 门诊 leave the place
    ['广安门户网站上线。', ['广安市']],
  ])('%s: places %j (a city gate names no place)', (text, expected) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(expected)
  })

  it.each([['县中医院院长张三介绍情况。', '县中医院'], ['北京中医院的专家参加。', '北京中医院']])('%s: %s', (text, expected) => {
    expect(hospitals(text)).toEqual([expected])
  })

  it('a hospital after a relative word is the region\'s, not a name of its own', () => {
    expect(hospitals('在县人民医院工作。')).toEqual(['县人民医院'])
  })
})
