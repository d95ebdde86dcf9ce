import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// The committee of a provincial congress for overseas Chinese, nationalities and religions is a body of its own, named
// as written after the congress (GUIDE.md: bodies of a congress; the body part kept as written): 广东省人大华侨民族宗教委员会,
// 上海市人大常委会华侨民族宗教事务委员会 — the provinces' own names of the committee other provinces call 民族宗教侨务外事委员会.
// Its officers' org is that committee. Expected values by hand.
describe('bodies: a congress committee for overseas Chinese, nationalities and religions', () => {
  it.each([
    ['广东省人大华侨民族宗教委员会副主任委员吴毅出席座谈会。', '广东省人大华侨民族宗教委员会', '吴毅'],
    ['广东省政协召开座谈会，省人大华侨民族宗教委员会副主任委员吴毅出席。', '广东省人大华侨民族宗教委员会', '吴毅'],
    ['上海市人大常委会华侨民族宗教事务委员会主任委员张明出席。', '上海市人大常委会华侨民族宗教事务委员会', '张明'],
  ])('%s', (text, body, person) => {
    const r = analyze(text)
    expect(r.committees.find((c) => c.name === body)?.kind).toBe('congress')
    expect(r.persons.find((p) => p.name === person)?.org).toBe(body)
  })

  // Controls: the congress alone stays the congress.
  it.each([
    ['广东省人大副主任王明出席座谈会。', '广东省人大'],
  ])('%s', (text, body) => {
    expect(analyze(text).committees.map((c) => c.name)).toEqual([body])
  })
})
