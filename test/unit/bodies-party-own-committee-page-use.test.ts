import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const names = (text: string) => analyze(text).committees.map((c) => c.name)
const org = (text: string, name: string) => analyze(text).persons.find((p) => p.name === name)?.org

// A bare relative party committee (区委) on a page that itself calls one democratic party's committee so (区委副主委 X:
// the party's own title after the bare word) names that committee, even where the page writes a department of the
// Communist Party's committee by the relative word alone (区统战部): that department does not write the committee
// (issue #14; dev 1185: 社东城区委 … 区委副主委 … 区委马国青主委 … 区委参政工委 … 区统战部 → 九三学社东城区委, no CPC
// 东城区委). Hand-checked by test/fixtures/dev-pages/README.md (relative mentions get the body they mean in context).
// Sentences written for this test.

describe('bodies: the page’s own use of a bare 区委 for its democratic party wins over a relative department', () => {
  it.each([
    ['九三学社东城区委召开全会。区委副主委张三主持，区委主委李四作报告，区统战部副部长王五出席。会议总结了区委全年工作。', '九三学社东城区委'],
    ['民盟海淀区委召开调研会。区委副主委张三出席，区统战部有关负责人参加。大家表示要继续服务好区委参政议政工作。', '民盟海淀区委'],
    ['农工党南京市委举办培训班。市委副主委赵六出席，市统战部干部参加。培训班总结了市委年度工作。', '农工党南京市委'],
  ])('%s → %s, no CPC committee', (text, body) => {
    const got = names(text)
    expect(got).toContain(body)
    expect(got.filter((n) => n.endsWith('区委') || n.endsWith('市委'))).toEqual([body])
  })

  it('a title after a name after the bare word is that committee’s (区委马国青主委)', () => {
    const text = '九三学社东城区委召开会议。区委副主委张三出席，区统战部干部参加。万相昱代表区委马国青主委表示感谢。'
    expect(org(text, '马国青')).toBe('九三学社东城区委')
  })

  it.each([
    // Controls: the page writes the Communist Party's committee itself, or a Party title after the bare word.
    ['九三学社东城区委召开全会。区委副主委张三主持，中共东城区委副书记王五出席。会议要求在区委领导下做好工作。', '东城区委'],
    ['九三学社东城区委召开全会。区委副主委张三主持，区统战部部长王五出席。区委书记李四会见了与会人员。', '东城区委'],
    // No own title after a bare word: the department keeps the bare word the Communist Party's (as before).
    ['九三学社东城区委召开全会。区统战部副部长王五出席。会议要求在区委领导下做好工作。', '东城区委'],
  ])('%s keeps the CPC %s', (text, name) => {
    expect(analyze(text).committees.map((c) => [c.name, c.kind])).toContainEqual([name, 'party'])
  })
})
