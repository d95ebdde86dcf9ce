import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// An institution numbered within its region: "No 1", "No. 2", "No.35" between the region (and its level word) and the
// head (Chongqing No 1 Intermediate People's Court, Beijing Municipal No 2 Intermediate People's Court, Hangzhou No 2 High
// School), as the four municipalities' intermediate courts and many cities' schools and hospitals are named (重庆市第一中级
// 人民法院, 北京市第二中级人民法院, 杭州第二中学): the region's institution, named as written with its number, two numbers
// of one region two bodies (en dev 495, 629, 630). Sentences written by hand.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a numbered institution after its region', () => {
  it.each([
    ["Chongqing No 1 Intermediate People's Court delivered the verdict after a trial.", [["Chongqing No 1 Intermediate People's Court", 'court', '重庆市']]],
    ["He received an 11-year sentence from the Beijing Municipal No 2 Intermediate People's Court on Monday.", [["Beijing Municipal No 2 Intermediate People's Court", 'court', '北京市']]],
    ["The Shanghai No. 1 Intermediate People's Court and the Shanghai No. 2 Intermediate People's Court heard the cases.", [["Shanghai No. 1 Intermediate People's Court", 'court', '上海市'], ["Shanghai No. 2 Intermediate People's Court", 'court', '上海市']]],
    ["The Tianjin No.1 Intermediate People's Court sentenced him to life.", [["Tianjin No.1 Intermediate People's Court", 'court', '天津市']]],
    ['Students from Hangzhou No 2 High School attended the session.', [['Hangzhou No 2 High School', 'other', '杭州市']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })

  // Controls: a number after a region that opens no institution's name, and a court without a number still found.
  it.each([
    ['Beijing No 1 in the ranking, the city led the list.', []],
    ["The Huainan Intermediate People's Court sentenced him.", [["Huainan Intermediate People's Court", 'court', '淮南市']]],
    ['Shanghai No. 3 priority was housing.', []],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
