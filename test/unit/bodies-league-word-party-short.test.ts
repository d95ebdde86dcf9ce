import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 盟委 is the party committee of a league (锡林郭勒盟委) only where the page writes a league; a 民盟 page writes 盟委
// for its own committee, after its region (南关区盟委, 区盟委) or bare (盟委主委): the region's 民盟 body as written
// (README: democratic parties as written, region completed; dev 1296), and never a body named 盟委 of no region.
describe('盟委 after a county-level region on a 民盟 page is that region’s 民盟 committee', () => {
  it.each([
    ['南关区盟委主委徐宏介绍了“盟员之家”的建设情况。', '南关区盟委', '南关区', '徐宏'],
    ['3月1日，盟省委专职副主委封雪梅来到南关区盟委“盟员之家”视察，盟委主委徐宏作了汇报。', '南关区盟委', '南关区', '徐宏'],
    ['绍兴市越城区盟委召开全体盟员大会，盟委主委张明华作工作报告。', '越城区盟委', '越城区', '张明华'],
  ])('%s → %s', (text, body, region, person) => {
    const r = analyzer.analyze(text)
    expect(r.committees.filter((c) => c.name === body).map((c) => [c.kind, c.region])).toEqual([['democratic-party', region]])
    expect(r.committees.map((c) => c.name)).not.toContain('盟委')
    expect(r.persons.find((p) => p.name === person)?.org).toBe(body)
  })
})

describe('a league’s party committee stays where the page writes the league', () => {
  it.each([
    ['锡林郭勒盟委书记出席会议并讲话。', '锡林郭勒盟委'],
    ['锡林郭勒盟政协召开常委会议，盟委副书记李明出席。', '锡林郭勒盟委'],
  ])('%s → %s', (text, body) => {
    const r = analyzer.analyze(text)
    expect(r.committees.filter((c) => c.name === body).map((c) => c.kind)).toEqual(['party'])
  })
  it('a 民盟 committee written with its prefix is unchanged', () => {
    const r = analyzer.analyze('民盟长春市委主委王丽出席南关区盟委的活动。')
    expect(r.committees.map((c) => c.name)).toEqual(expect.arrayContaining(['民盟长春市委', '南关区盟委']))
  })
})

// Hand-checked after the round 29 review: 盟委 is 民盟's only right after a county's or city's region, outside 内蒙古 and
// never before 书记 (data/league-word-bodies.tsv): a 盟委 in a list of 内蒙古's party committees, or a league's 盟委书记,
// is no 民盟 body; a 盟委 shared over a list of places is the last place's only.
describe('盟委 that is no 民盟 committee', () => {
  it.each([
    ['内蒙古自治区党委、盟委、旗委领导出席。'],
    ['乌兰察布盟委书记到会讲话。'],
  ])('%s → no democratic-party body', (text) => {
    const r = analyzer.analyze(text)
    expect(r.committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name)).toEqual([])
  })
  it('a 盟委 after a list of places is the last one’s only', () => {
    const r = analyzer.analyze('朝阳、南关区盟委开展活动。')
    expect(r.committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name)).toEqual(['南关区盟委'])
  })
})
