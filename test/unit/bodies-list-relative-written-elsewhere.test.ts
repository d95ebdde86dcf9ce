import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.mentions.length])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 24 (departments, dev 1172): on a page that writes no place, a department listed after a relative one (市农牧局、发改委)
// stays as written, without a region (bodies-list-department-by-head-word); but where the page writes it elsewhere with the
// list's relative word (市发改委), the item is a further mention of that body (dev-pages README: the first full form names
// it). Sentences written for this test; expected values by hand.
describe('bodies: a listed department the page writes elsewhere with the list’s relative word', () => {
  it.each<[string, Array<[string, number]>]>([
    ['市发改委四级调研员姚保禄介绍情况。调研组与市农牧局、发改委同志进行了交流。', [['市发改委', 2], ['市农牧局', 1]]],
    // written so after the list too
    ['调研组与市农牧局、发改委同志进行了交流。市发改委四级调研员姚保禄介绍情况。', [['市农牧局', 1], ['市发改委', 2]]],
    ['县政协组织视察，县住建局、交通运输局负责人陪同。县交通运输局局长王五汇报。', [['县政协', 1], ['县住建局', 1], ['县交通运输局', 2]]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(expect.arrayContaining(bodies))
    expect(committees(text)).toHaveLength(bodies.length)
  })

  it.each<[string, string[], string[]]>([
    // not written elsewhere: as written
    ['调研组与市农牧局、发改委同志进行了交流。', ['发改委'], ['市发改委']],
    // written elsewhere with another relative word: another body, the item as written
    ['调研组与市农牧局、发改委同志进行了交流。县发改委主任张三介绍。', ['发改委', '县发改委'], ['市发改委']],
  ])('%s: %j, none of %j', (text, present, absent) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(present))
    for (const a of absent) expect(got).not.toContain(a)
  })
})
