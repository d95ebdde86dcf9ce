import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The NPC's Standing Committee written with its term inside (Standing Committee of the 14th National People's
// Congress): the Standing Committee, a body of its own (人大常委会; en gold 235, 264, 290, 314, 461), one body with its
// forms without the term (NPC Standing Committee), and the org of the titles written of it; not the NPC itself, as the
// same form without the term and a provincial congress's Standing Committee with its term already were. Sentences by
// hand (the class of en dev 518: 'vice chairpersons of the Standing Committee of the 14th National People's Congress').
const analyze = (t: string) => analyzer.analyze(t)

describe("the NPC's Standing Committee with its term written inside", () => {
  it.each([
    ["Li Hongzhong, vice chairman of the Standing Committee of the 14th National People's Congress, spoke.", 'Li Hongzhong', "Standing Committee of the 14th National People's Congress"],
    ["Zhang Ming, a member of the Standing Committee of the 13th National People's Congress, attended.", 'Zhang Ming', "Standing Committee of the 13th National People's Congress"],
    ["A total of 14 people were elected vice chairpersons of the Standing Committee of the 14th National People's Congress (NPC) on Friday. They are Li Hongzhong, Wang Dongming and Xiao Jie.", 'Xiao Jie', "Standing Committee of the 14th National People's Congress"],
    // The headline's form without the term names the body (its first full form); the form with the term is a further mention.
    ["Brief introduction of vice chairpersons of 14th NPC Standing Committee\n\nLi Hongzhong was elected vice chairman of the Standing Committee of the 14th National People's Congress on Friday.", 'Li Hongzhong', 'NPC Standing Committee'],
  ])('%s', (text, person, body) => {
    const r = analyze(text)
    expect(r.committees.find((c) => c.name === body)?.kind).toBe('congress')
    expect(r.committees.find((c) => c.name === body)?.region).toBe('全国')
    expect(r.persons.find((p) => p.name === person)?.org).toBe(body)
    expect(r.committees.filter((c) => /Standing Committee/.test(c.name))).toHaveLength(1)
  })

  // Controls: the NPC written alone with its term stays the NPC; a provincial congress's Standing Committee keeps its own name.
  it.each([
    ["Li Hongzhong, a deputy to the 14th National People's Congress, spoke.", 'Li Hongzhong', "National People's Congress"],
    ["Wang Kai, vice chairman of the Standing Committee of the 12th Guizhou Provincial People's Congress, spoke.", 'Wang Kai', "Standing Committee of the 12th Guizhou Provincial People's Congress"],
  ])('%s', (text, person, body) => {
    const r = analyze(text)
    expect(r.persons.find((p) => p.name === person)?.org).toBe(body)
    expect(r.committees.some((c) => c.name === "Standing Committee of the 14th National People's Congress")).toBe(false)
  })
})
