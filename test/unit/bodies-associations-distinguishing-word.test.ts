import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// An association named from its place whose name holds a distinguishing word before a noun (公共 of 公共外交, 女 of
// 女企业家) is named as written (README: mass organisations, region + as written); such a word right before the head
// (大型商会, 中小学校) names a kind of body, not one. Expected values by hand.
describe('bodies: an association whose name holds a distinguishing word', () => {
  it.each([
    ['省政协外事侨务委员会副主任、广东公共外交协会常务副会长傅朗出席。', ['广东公共外交协会', '广东省']],
    ['上海市女企业家协会举办交流活动。', ['上海市女企业家协会', '上海市']],
  ])('%s', (text, body) => {
    expect(bodies(text)).toContainEqual(body)
  })

  // Controls: a distinguishing word right before the head names a kind.
  it.each([
    '杭州市大型商会会长参加座谈。',
    '委员们走访了三台县公办学校。',
  ])('%s', (text) => {
    expect(bodies(text)).toEqual([])
  })
})
