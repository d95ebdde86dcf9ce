import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees

// Round 20 (dev 1060): the social, legal and mass-organisation committee of a CPPCC (社会法制群团委员会, 社会法制和群团
// 委员会, short 社法群委) is one special committee in each form (data/body-parts.tsv ids), as 社会和法制委员会 and
// 社法委 are: README, one body written two ways is listed once, named by its first full form. Expected values by hand.

describe('bodies: 社会法制群团委员会 and its short form are one committee', () => {
  it.each([
    ['3月28日,市政协社会法制群团委员会(简称社法群委)召开联席会。市政协社法群委对口联系部门负责人参加。', '市政协社会法制群团委员会'],
    ['宜春市政协社会法制和群团委员会召开会议。会上,市政协社法群委主任刘明讲话。', '宜春市政协社会法制和群团委员会'],
    ['宜春市政协社法群委召开会议,社会法制群团委员会委员参加。', '宜春市政协社法群委'],
  ])('%s → %s', (text, name) => {
    const special = committees(text).filter((c) => c.kind === 'cppcc-special')
    expect(special.map((c) => c.name)).toEqual([name])
  })

  it('社法委 stays the social and legal committee, another body', () => {
    const names = committees('宜春市政协社法委、社法群委负责人参加会议。').map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining(['宜春市政协社法委', '宜春市政协社法群委']))
  })
})
