import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title of a firm named after it in its legal form ("general manager of Jiangsu Wannap New Material Technology Co.,
// Ltd.", en 476; "chairman of Quanjian Nature Medicine Technology Development Co Ltd", en 398): the firm is no listed
// body, but the person's org is the firm as written (test/fixtures/dev-pages/README.md, Enterprises: "XX有限公司董事长 →
// org XX有限公司"). A firm is read by the words that end its name (data/en-person-cues.tsv, use firm), "Group" among
// them (chairman of the New Hope Group, en 494), a working group not (not-firm). Sentences written by hand.
const person = (t: string, name: string) => {
  const p = analyzer.analyze(t).persons.find((x) => x.name === name)
  return p && { roles: p.roles, org: p.org }
}
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => c.name)

describe('English titles of a firm', () => {
  it.each([
    ['Wang Gang, chairman of Hubei Shuanghe Pharmaceutical Co., Ltd., and Li Na, chairwoman of Sunrise Textile Co Ltd, spoke in Wuhan.', 'Wang Gang', { roles: ['chairman'], org: 'Hubei Shuanghe Pharmaceutical Co., Ltd.' }],
    ['Wang Gang, chairman of Hubei Shuanghe Pharmaceutical Co., Ltd., and Li Na, chairwoman of Sunrise Textile Co Ltd, spoke in Wuhan.', 'Li Na', { roles: ['chairwoman'], org: 'Sunrise Textile Co Ltd' }],
    ['Zhou Tao, general manager of Anhui Huaxin Precision Machinery Co., Ltd., visited the park.', 'Zhou Tao', { roles: ['general manager'], org: 'Anhui Huaxin Precision Machinery Co., Ltd.' }],
    ['Sun Qi, chairman of Tianjin Haiyuan Energy Co Ltd, was expelled from the committee.', 'Sun Qi', { roles: ['chairman'], org: 'Tianjin Haiyuan Energy Co Ltd' }],
    ['Li Qiang, chairman of Hengda Group, said the firm will invest.', 'Li Qiang', { roles: ['chairman'], org: 'Hengda Group' }],
    ['The delegation visited Wang Ming, Chairman of the Tai Wah International Group, in Hong Kong.', 'Wang Ming', { roles: ['chairman'], org: 'Tai Wah International Group' }],
    // A CPPCC title first keeps its committee as org.
    ['Ma Jun, a member of the CPPCC National Committee and chairman of Xinda Electric Co., Ltd., made a proposal.', 'Ma Jun', { roles: ['member', 'chairman'], org: 'CPPCC National Committee' }],
  ])('%s (%s)', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })

  it('lists no firm among the bodies', () => {
    expect(bodies('Wang Gang, chairman of Hubei Shuanghe Pharmaceutical Co., Ltd., spoke in Wuhan.')).toEqual([])
  })

  // Controls: a title of something that is no firm keeps no org.
  it.each([
    ['Zhou Fang, professor of Economics at a university in Wuhan, spoke.', 'Zhou Fang', { roles: ['professor'], org: null }],
    ['Zhou Fang, head of the Leading Group, spoke in Wuhan.', 'Zhou Fang', { roles: ['head'], org: null }],
    ['Zhou Fang, head of the Inspection Group, spoke in Wuhan.', 'Zhou Fang', { roles: ['head'], org: null }],
  ])('control: %s', (text, name, want) => {
    expect(person(text, name)).toEqual(want)
  })
})
