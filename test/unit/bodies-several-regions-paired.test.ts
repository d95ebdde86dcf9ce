import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative body after a count of places (两地县委, 三地市政协) or after 各 names each place's body, no one body
// (README: generic where a region word names several regions: 各级党委政府, 川渝两省市党委政府); so does the body
// paired with it, written right after it or after a list mark (两地县委县政府, 两地区委、区政府, 各县委、县政府).
// Expected values by hand.
describe('bodies: a relative body paired with one that names several regions', () => {
  it.each([
    '祁门县、石台县相关负责人参加调研。王海彦对两地县委县政府高度重视表示感谢。',
    '沙坪坝区政协、武侯区政协召开座谈会，成果供两地区委、区政府决策参考。',
    '祁门县领导参加会议。各县委、县政府高度重视科协工作。',
    '祁门县领导参加会议。三地市政协联合开展调研。',
  ])('%s', (text) => {
    expect(names(text).filter((n) => /(县委|县政府|区委|区政府|市政协)$/.test(n))).toEqual([])
  })

  // Controls: the pair written alone is the page's own two bodies.
  it.each([
    ['祁门县领导参加会议。县委县政府高度重视科协工作。', ['祁门县委', '祁门县政府']],
    ['沙坪坝区政协召开座谈会，成果供区委、区政府决策参考。', ['沙坪坝区委', '沙坪坝区政府']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })
})
