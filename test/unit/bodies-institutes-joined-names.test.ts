import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const institutes = (text: string) =>
  analyzer.analyze(text).committees.filter((c) => /(?:研究院|研究所|学院|大学)$/.test(c.name)).map((c) => [c.name, c.region])

// An institute whose name joins two fields with 与 or 和 (教育考试与教学研究院, 资源与环境研究所) is one body named in full
// from the place that begins it (GUIDE.md: universities and research institutes named in full, region the city where the
// text places them), not the words after the conjunction alone. Expected values by hand; (page N) marks a dev page's
// sentence, the others were written for this test.
describe('bodies: an institute whose name holds 与 or 和', () => {
  it.each([
    // (page 924)
    ['团队成员由市委党校、聊城大学、聊城市教育考试与教学研究院与部分中小学中的政协委员组成。', [['聊城大学', '聊城市'], ['聊城市教育考试与教学研究院', '聊城市']]],
    ['委员们走访了南京市城市规划与设计研究院。', [['南京市城市规划与设计研究院', '南京市']]],
    ['成都市农业和农村经济研究所所长王明作了发言。', [['成都市农业和农村经济研究所', '成都市']]],
  ])('%s', (text, expected) => {
    expect(institutes(text)).toEqual(expected)
  })

  it.each([
    // no place begins the words before the conjunction
    ['推动高校与研究院合作。', []],
    ['加强与研究院的合作。', []],
    // a body before the conjunction: two bodies
    ['聊城大学与山东省科学院签约。', [['聊城大学', '聊城市'], ['山东省科学院', '山东省']]],
  ])('%s: no name through the conjunction', (text, expected) => {
    expect(institutes(text)).toEqual(expected)
  })
})
