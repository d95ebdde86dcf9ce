import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A relative committee with its owner after "of the" and its region after "in", as Xinhua writes local party committees
// ("secretary of the county committee of the CPC in Dingyuan County", 定远县委; "the municipal committee of the Communist
// Party of China in Taiyuan", 太原市委): the region written after "in", of the committee's level, belongs to the name, as
// it does after "of" (the CPPCC provincial committee of Zhejiang) and as the gold of en 509 and 630 names them. Sentences
// written by hand.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a committee of its owner in its region', () => {
  it.each([
    ['He worked as deputy head, head and secretary of the county committee of the CPC in Dingyuan County.', [['county committee of the CPC in Dingyuan County', 'party', '定远县']]],
    ['He was secretary of the municipal committee of the CPC in Taiyuan before 2001.', [['municipal committee of the CPC in Taiyuan', 'party', '太原市']]],
    ['She was deputy secretary of the provincial committee of the Communist Party of China in Shanxi Province.', [['provincial committee of the Communist Party of China in Shanxi Province', 'party', '山西省']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })

  // Controls: "in" and a place of another level (where the committee met), "in" and a year, and no owner after the head.
  it.each([
    ['The county committee of the CPC in Dingyuan County and the county committee of the CPC met in Chuzhou.', [['county committee of the CPC in Dingyuan County', 'party', '定远县']]],
    ['Dingyuan County officials said the county committee of the CPC in 2005 approved the plan.', [['county committee of the CPC', 'party', '定远县']]],
    ['Taiyuan officials said the municipal government in Taiyuan approved it.', [['municipal government', 'government', '太原市']]],
    // …the level noun left out of a place's mention is the name's after "in" only, not after "of" (the test reads the word "in").
    ['She was deputy secretary of the provincial committee of the CPC of Shanxi Province.', [['provincial committee of the CPC of Shanxi', 'party', '山西省']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
