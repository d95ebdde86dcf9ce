import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A ministry's report names itself again by 部 before a title (部党组书记、部长苗圩 on a page about 工业和信息化部), as a
// bureau's does by 局 (data/self-institution-words.tsv): the title's org is the ministry named before it, and the 部 is
// no part of the title, also where the segmenter glues it to a preposition before it (由部/x 党组书记). Expected by hand.
describe('bodies: 部 before a title names the ministry again', () => {
  it.each([
    ['工业和信息化部召开会议。部党组书记、部长苗圩出席会议。', '苗圩', ['党组书记', '部长'], '工业和信息化部'],
    ['工业和信息化部成立领导小组，由部党组书记、部长苗圩任组长。', '苗圩', ['党组书记', '部长', '组长'], '工业和信息化部'],
    ['生态环境部召开建议提案办理工作会议。部党组成员、副部长庄国泰出席。', '庄国泰', ['党组成员', '副部长'], '生态环境部'],
    ['农业农村部召开座谈会。该部副部长张桃林介绍提案办理情况。', '张桃林', ['副部长'], '农业农村部'],
  ])('%s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  // Controls: a party department's 部长 (the ministry rows are government: 统战部 is party) and a page naming no
  // ministry give no ministry; a department written after a clause stays the title's (，宣传处处长).
  it.each([
    ['县委统战部召开会议。部长王明出席。', '王明', null],
    ['座谈会召开。部党组书记李华出席。', '李华', null],
  ])('%s', (text, name, org) => {
    expect(person(text, name)?.org ?? null).toBe(org)
  })
})
