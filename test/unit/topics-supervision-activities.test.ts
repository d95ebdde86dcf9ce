import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * 民主监督 written as the name of an activity the CPPCC carries out (专项民主监督, 联动民主监督, 民主监督活动,
 * 民主监督性视察, 民主监督员, 协同监督, 视察监督, 监督性视察) is democratic supervision at work (dev-pages README,
 * Topics: a concrete activity, framed as supervision), once on the page; the function named in a duty (履行民主监督职能)
 * or a 监督员 of any kind is not. Sentences written for this test, tags by hand.
 */
describe('topics: supervision named as an activity', () => {
  it.each([
    ['县政协组织部分委员对全县农村饮水安全工程建设情况开展专项民主监督。'],
    ['区政协派驻区自然资源局民主监督员一行五人到城关镇了解土地整治项目。'],
    ['市政协组织委员围绕老旧小区改造开展民主监督活动，实地察看了三个小区。'],
    ['区政协与区检察院联合开展“守护古城”协同监督，走访了两处文物保护单位。'],
    ['县政协组织委员对城区道路建设情况开展监督性视察，听取住建局情况汇报。'],
  ])('%s → democratic-supervision', (text) => {
    expect(tags(text)).toContain('democratic-supervision')
  })

  // Controls: the function named in a member's duty, and a 监督员 that is no CPPCC supervision, stay untagged.
  it.each([
    ['会议要求委员们切实履行民主监督职能，积极建言献策。'],
    ['他勉励村民当好宣传员、调解员、监督员，共同维护好村里的环境卫生。'],
  ])('not supervision: %s', (text) => {
    expect(tags(text)).not.toContain('democratic-supervision')
  })
})
