import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The member-liaison committee of a 政协 written 委员联络工作委 / 委员联络工作委员会 (哈尔滨市政协, dev 1245), beside
// 委员联络委员会 and 联络工作委员会 of data/body-parts.tsv: a special committee, also after 、 in a chain of titles.
describe('委员联络工作委 is a special committee of its 政协', () => {
  it.each([
    ['9月7日，哈尔滨市政协教科卫体委主任关凌凯、委员联络工作委主任洪明参加会议。', '哈尔滨市政协委员联络工作委', '洪明'],
    ['本溪市政协委员联络工作委员会主任王平主持会议。', '本溪市政协委员联络工作委员会', '王平'],
  ])('%s → %s', (text, body, person) => {
    const r = analyzer.analyze(text)
    expect(r.committees.filter((c) => c.kind === 'cppcc-special').map((c) => c.name)).toContain(body)
    expect(r.persons.find((p) => p.name === person)?.org).toBe(body)
  })
})

describe('controls: member-liaison work is no body', () => {
  it.each([
    ['会议要求进一步做好市政协委员联络工作。'],
    ['区政协召开委员联络工作会议。'],
  ])('%s', (text) => {
    expect(analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })
})
