import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// A county's or city's general hospital written bare after its relative word (县医院, 市医院) is that region's hospital,
// as 县人民医院 is (dev 376 卢氏县医院, 830 佛坪县医院; dev-pages README: the region's full name is put in after a relative
// word); a region written in full keeps it (卢氏县医院). A short name before 医院 names no body and is no place by it
// (中山 of 复旦大学附属中山医院, 长沙医院): data/bodies.tsv short r. Expected values worked out by hand; (page N) marks a
// dev page's sentence, the others were written for this test.
describe('bodies: 县医院 after a relative word or a full name', () => {
  it.each([
    // (page 376)
    ['卢氏县政协副主席、县医院院长陈泽民出席座谈会。', [['卢氏县政协', '卢氏县'], ['卢氏县医院', '卢氏县']]],
    ['佛坪县政协视察组听取了县医院负责人的汇报。', [['佛坪县政协', '佛坪县'], ['佛坪县医院', '佛坪县']]],
    ['卢氏县政协委员视察了县医院整体搬迁项目。', [['卢氏县政协', '卢氏县'], ['卢氏县医院', '卢氏县']]],
    ['委员们到卢氏县医院调研。', [['卢氏县医院', '卢氏县']]],
    ['长春市政协委员到市医院调研。', [['长春市政协', '长春市'], ['长春市医院', '长春市']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it.each([
    // controls: a community's or a kind of hospital, several counties' hospitals, a short name before 医院
    ['区政协委员到社区医院调研。', [['区政协', null]]],
    ['卢氏县政协委员调研全县医院建设。', [['卢氏县政协', '卢氏县']]],
    ['卢氏县政协委员调研各县医院。', [['卢氏县政协', '卢氏县']]],
    ['卢氏县政协委员调研县级医院和民营医院。', [['卢氏县政协', '卢氏县']]],
    ['上海市政协委员、复旦大学附属中山医院院长樊嘉出席。', [['上海市政协', '上海市'], ['复旦大学附属中山医院', null]]],
    ['长春市政协委员到长春医院调研。', [['长春市政协', '长春市']]],
  ])('%s: no county hospital', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it('a short name before 医院 is no place by it', () => {
    expect(places('上海市政协委员、复旦大学附属中山医院院长樊嘉出席。')).toEqual(['上海市'])
  })
})
