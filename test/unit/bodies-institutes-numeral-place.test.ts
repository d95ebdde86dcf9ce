import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A college or university named from a city whose name begins with a numeral (三明, 十堰, 三亚, 六安) is named as
// written, region the city (GUIDE.md: universities named in full; README: a school written with a region's short
// form keeps its own name): the numeral is the place's, not a count of colleges (三所职业学院). Expected values by hand.
describe('bodies: an institute named from a place that begins with a numeral', () => {
  it.each([
    ['三明市政协在三明医学科技职业学院举办揭牌仪式。', ['三明医学科技职业学院', '三明市']],
    ['三明学院党委书记张松富出席。', ['三明学院', '三明市']],
    ['委员们来到十堰职业技术学院调研。', ['十堰职业技术学院', '十堰市']],
    ['三亚学院院长出席座谈会。', ['三亚学院', '三亚市']],
  ])('%s', (text, body) => {
    expect(bodies(text)).toContainEqual(body)
  })

  // Controls: a count of colleges names none of them.
  it.each([
    '全市三所职业学院的负责人参加会议。',
    '两所医学院的代表参加座谈。',
  ])('%s', (text) => {
    expect(bodies(text).map(([n]) => n).filter((n) => /^[两三]/.test(n ?? ''))).toEqual([])
  })
})
