import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A county's or city's centre of social governance, 综治中心 ≡ 社会治安综合治理中心, written after its region or a relative
// word, is a body of that government (data/bodies.tsv; dev 1013 阿拉山口市综治中心). Sentences written for this test;
// expected values by hand.
describe('bodies: a region\'s 综治中心', () => {
  it.each([
    ['最后委员们来到阿拉山口市综治中心,了解中心在化解矛盾纠纷方面的成效。', '阿拉山口市综治中心'],
    ['南漳县政协委员视察县综治中心。', '南漳县综治中心'],
    ['保康县社会治安综合治理中心揭牌运行。', '保康县社会治安综合治理中心'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  // Controls: written bare or after a word of several regions it names no body (dev 116: 综治中心功能发挥).
  it.each([
    ['西塞山区政协视察政法工作,就综治中心功能发挥提出建议。'],
    ['各级综治中心要发挥矛盾纠纷化解作用。'],
  ])('%s', (text) => {
    expect(names(text).filter((n) => n.includes('综治'))).toEqual([])
  })
})
