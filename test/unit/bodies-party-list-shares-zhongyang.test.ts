import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name).sort()

// Democratic parties listed before one 中央 share it, as a list shares a region's 市委 (民革、民盟和九三学社市委 → each
// party's 市委): 民革、民进、致公党、台盟中央 names four central committees (dev 776; README: democratic parties at every
// level, national 民盟中央). Expected by hand.
describe('bodies: parties listed before 中央 are each a central committee', () => {
  it.each([
    ['民革、民进、致公党、台盟中央等党派有关负责同志参加座谈。', ['台盟中央', '民革中央', '民进中央', '致公党中央']],
    ['民建、民进、农工党、九三学社中央和全国工商联提交集体提案。', ['九三学社中央', '农工党中央', '民建中央', '民进中央']],
    ['民革、民盟、民建中央负责同志出席座谈会。', ['民建中央', '民盟中央', '民革中央']],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual([...expected].sort())
  })

  // Controls: a party named without a level before another party's 中央 across a word (民革党员、民盟中央委员) is no body;
  // the list of a local level still shares that level.
  it.each([
    ['他是民革党员、民盟中央委员。', ['民盟中央']],
    ['南昌市政协召开会议，民革、民盟市委负责人出席。', ['民盟南昌市委', '民革南昌市委']],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual([...expected].sort())
  })
})
