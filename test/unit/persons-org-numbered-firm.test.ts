import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// A firm numbered by an ordinal after its place (天水市第一建筑工程公司, 重庆第二建筑工程有限公司) is named whole: a person's
// org is the firm as written where the title names it (README: XX有限公司董事长 → org XX有限公司), also after a chain of
// titles (党委书记、董事长、总经理: dev 1152). The firm is no listed body. Expected values by hand; (page N) marks a dev
// page's sentence, the others were written for this test.
describe('persons: the org of a title after a firm numbered by an ordinal', () => {
  it.each([
    // (page 1152)
    ['委员们予以充分肯定。天水市第一建筑工程公司党委书记、董事长、总经理田海文说道:“很好。”', '田海文', ['党委书记', '董事长', '总经理'], '天水市第一建筑工程公司'],
    ['座谈会上,重庆市第二建筑工程有限公司董事长张建华介绍了企业情况。', '张建华', ['董事长'], '重庆市第二建筑工程有限公司'],
    ['兰州市第三建设有限公司总经理李志刚参加座谈。', '李志刚', ['总经理'], '兰州市第三建设有限公司'],
  ])('%s → %s', (text, name, roles, org) => {
    const r = analyze(text)
    expect(r.persons.find((p) => p.name === name)).toMatchObject({ roles, org })
    expect(r.committees.map((c) => c.name).filter((n) => n.endsWith('公司'))).toEqual([])
  })

  it.each([
    // a count of firms, no firm named
    ['委员们走访了天水市3家公司,董事长王强介绍了情况。', '王强'],
    ['天水市两家公司的总经理刘伟参加会议。', '刘伟'],
  ])('%s: no firm for %s', (text, name) => {
    expect(analyze(text).persons.find((p) => p.name === name)?.org ?? '').not.toMatch(/公司$/)
  })
})
