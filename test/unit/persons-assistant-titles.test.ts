import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 19 (democratic parties): an assistant's title is one title, 助理 included (民盟区委主委助理黄静, dev 514;
// 大学校长助理, as the gold writes 校长助理). Expected values worked out by hand.

describe('persons: 主委助理 and 校长助理 are whole titles', () => {
  it.each([
    ['民盟闵行区委开展监督。民盟区委主委助理黄静、秘书长薛利军参加。', '黄静', ['主委助理'], '民盟闵行区委'],
    ['民建泉州市委会召开会议,主委助理陈明出席。', '陈明', ['主委助理'], '民建泉州市委会'],
    ['湖北大学校长助理王强出席。', '王强', ['校长助理'], '湖北大学'],
  ])('%s → %s %s of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it('a 主委 is still a 主委', () => {
    expect(person('民建泉州市委会召开会议,主委陈明出席。', '陈明')).toMatchObject({ roles: ['主委'], org: '民建泉州市委会' })
  })
})
