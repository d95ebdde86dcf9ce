import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees

// Round 22b (issue #14, dev 118): 民建's committee of a region is also written 民建X市会 (会 the last word of 中国民主建国会),
// a body named as written with its region, as 民建X市委会 is. Not 会 of a longer word (会员, 会议, 会同). Expected values by hand.

describe('bodies: 民建X市会 is 民建’s committee of that region', () => {
  it.each([
    ['温州市政协副主席、民建温州市会主委朱贵远出席会议。', '民建温州市会', '温州市'],
    ['平阳民建在民建温州市会和中共平阳县委领导下开展工作。', '民建温州市会', '温州市'],
    ['中国民主建国会杭州市会召开全会。', '中国民主建国会杭州市会', '杭州市'],
    ['民建温州市委会主委朱贵远出席。', '民建温州市委会', '温州市'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'democratic-party', region })
  })

  it.each([
    ['民建温州市会员大会召开。'],
    ['民建温州市会同有关部门开展调研。'],
    ['民建温州市会议中心举行活动。'],
  ])('%s: no body', (text) => {
    expect(committees(text).filter((c) => c.kind === 'democratic-party')).toEqual([])
  })
})
