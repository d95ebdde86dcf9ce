import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A region or a relative level word written right before the CPPCC's full name (the Guangdong Chinese People's
// Political Consultative Conference; removed from the provincial Chinese People's Political Consultative Conference, as
// the South China Morning Post writes them: en dev 576, 578) names that region's committee, as "Shenzhen People's
// Political Consultative Conference" does, not the national one; the person titled of it holds a CPPCC office of it.
// Sentences by hand.
const run = (t: string) => analyzer.analyze(t)

describe('a region before the CPPCC full name', () => {
  it.each([
    ["Tang Bingquan was elected a vice-chairman of the Guangdong Chinese People's Political Consultative Conference.", "Guangdong Chinese People's Political Consultative Conference", '广东省'],
    ["Wang Hua, vice-chairman of the Hunan Chinese People's Political Consultative Conference, spoke.", "Hunan Chinese People's Political Consultative Conference", '湖南省'],
    ["The Shenzhen Chinese People's Political Consultative Conference opened its session.", "Shenzhen Chinese People's Political Consultative Conference", '深圳市'],
  ])('%s', (text, name, region) => {
    const c = run(text).committees
    expect(c.map((x) => [x.name, x.kind, x.region])).toContainEqual([name, 'cppcc', region])
    expect(c.some((x) => x.region === '全国')).toBe(false)
  })

  it.each([
    ["Wang Hua, vice-chairman of the Hunan Chinese People's Political Consultative Conference, spoke.", 'Wang Hua', "Hunan Chinese People's Political Consultative Conference"],
  ])('%s → org of %s', (text, person, org) => {
    const p = run(text).persons.find((x) => x.name === person)
    expect([p?.org, p?.cppccMember]).toEqual([org, true])
  })

  it.each([
    ["Twelve delegates had been removed from the provincial Chinese People's Political Consultative Conference for violating party discipline.", "provincial Chinese People's Political Consultative Conference"],
    ["He spoke to the municipal Chinese People's Political Consultative Conference on Monday.", "municipal Chinese People's Political Consultative Conference"],
  ])('%s (relative)', (text, name) => {
    const c = run(text).committees
    expect(c.map((x) => [x.name, x.kind])).toContainEqual([name, 'cppcc'])
    expect(c.some((x) => x.region === '全国')).toBe(false)
  })

  // Controls: the full name alone, after a sentence's end or after a region that has no committee of its own stays the
  // national one; a name with the region after it is read as before.
  it.each([
    ["He met Chinese People's Political Consultative Conference members in Beijing.", "Chinese People's Political Consultative Conference", '全国'],
    ["The session opened in Guangdong. Chinese People's Political Consultative Conference members attended.", "Chinese People's Political Consultative Conference", '全国'],
    ["Hong Kong Chinese People's Political Consultative Conference delegates met in Beijing.", "Chinese People's Political Consultative Conference", '全国'],
    ["The annual session of the Chinese People's Political Consultative Conference (CPPCC) Shanghai Committee opened.", "Chinese People's Political Consultative Conference (CPPCC) Shanghai Committee", '上海市'],
    ["Li, a member of the Shanghai Municipal Committee of the Chinese People's Political Consultative Conference, spoke.", "Shanghai Municipal Committee of the Chinese People's Political Consultative Conference", '上海市'],
  ])('%s (control)', (text, name, region) => {
    expect(run(text).committees.map((x) => [x.name, x.region])).toEqual([[name, region]])
  })
})
