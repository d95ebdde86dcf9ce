import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees

// The closed class of CPPCC special committees at city and province level, in their usual full and short forms
// (data/body-parts.tsv), written after 政协 with a region, after a relative 市政协, and in a list after one of them.
// Forms completed in round 14 from the committees' structure: 委员工作委 (short of 委员工作委员会), 提案和委员工作委(员会),
// 教育科学文化卫生体育委员会; in round 17 委员工委 (丽水市政协委员工委主任, dev 932); in round 18 教文委 and its full form
// 教育文化委员会 (区政协 主席会议: 教文委副主任黄美丽, dev 1001). Sentences of our own; expected values written by hand from GUIDE.md (region + 政协 + the
// special committee as written, kind cppcc-special).
describe('bodies: city and province special committees in every usual form', () => {
  it.each([
    '提案委员会', '提案委', '提案和委员联络委员会', '提案和委员联络委', '提案和委员工作委员会', '提案和委员工作委', '委员工作委员会',
    '委员工作委', '委员工委', '委工委', '经济委员会', '经济委', '经济科技委员会', '经科委', '农业和农村委员会', '农业农村委', '农业和农村委',
    '人口资源环境委员会', '人资环委', '人口资源环境和建设委员会', '教育科学文化卫生体育委员会', '教科文卫体委员会', '教科卫体委员会',
    '教科卫体委', '文化卫生体育委员会', '文卫体委', '社会和法制委员会', '社法委', '社会法制和民族宗教委员会', '民族和宗教委员会',
    '民族宗教委', '民宗委', '港澳台侨委员会', '港澳台侨委', '港澳台侨和外事委员会', '港澳台侨和外事委', '港澳台委员会', '外事委员会',
    '文化文史和学习委员会', '文化文史和学习委', '文史和学习委员会', '学习和文史委员会', '文史委', '学习委', '教文委', '教育文化委员会',
    // round 18: the liaison committee of Guangdong's CPPCCs (深圳市政协联络工作委, dev 970) and Shanghai's population,
    // resources, environment and construction committee (dev 973)
    '联络工作委员会', '联络工作委', '人口资源环境建设委员会', '人口资源环境建设委',
  ])('宜春市政协%s', (form) => {
    const name = `宜春市政协${form}`
    expect(committees(`近日,${name}组织部分委员开展调研。`).find((c) => c.name === name)).toMatchObject({ kind: 'cppcc-special', region: '宜春市' })
  })

  it.each([
    ['近日,宜春市政协召开常委会议。市政协委员工作委主任刘明出席。', '宜春市政协委员工作委'],
    // (page 932)
    ['丽水市政协副主席何卫宁一行来我校调研,丽水市政协委员工委主任聂陈杰陪同调研。', '丽水市政协委员工委'],
    ['江西省政协召开常委会议,省政协提案委、经济委、农业农村委、人口资源环境委负责同志列席。', '江西省政协人口资源环境委'],
    ['宜春市政协文史和学习委员会、社会和法制委员会、提案委员会分别召开会议。', '宜春市政协提案委员会'],
    ['近日,宜春市政协召开常委会议。会议听取了提案委员会关于提案办理情况的报告。', '宜春市政协提案委员会'],
    // round 18: a district page naming its city's committee by the relative word (dev 970), and a bare form on a
    // page of its 政协 (dev 973)
    ['3月25日,光明区政协举行授牌活动。市政协联络工作委主任丘孟军、区政协主席黄伟平参加活动。', '深圳市政协联络工作委'],
    ['上海市政协召开会议。市政协副秘书长花蓓出席会议,人口资源环境建设委员会主任马静主持会议。', '上海市政协人口资源环境建设委员会'],
    // (page 1001)
    ['2021年5月21日上午,区政协召开二届六十四次主席会议。会议听取教文委副主任黄美丽关于专题视察活动方案的汇报。', '区政协教文委'],
  ])('%s → %s', (text, name) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'cppcc-special' })
  })

  it.each([
    ['3月25日,光明区政协举行授牌活动。市政协联络工作委主任丘孟军、区政协主席黄伟平参加活动。', '丘孟军', '深圳市政协联络工作委'],
    ['上海市政协召开会议。市政协副秘书长花蓓出席会议,人口资源环境建设委员会主任马静主持会议,常务副主任邓建平参加。', '邓建平', '上海市政协人口资源环境建设委员会'],
  ])('%s: %s → %s', (text, name, org) => {
    expect(analyzer.analyze(text).persons.find((p) => p.name === name)).toMatchObject({ org, cppccMember: true })
  })

  // 联络 alone before 工作 is no committee: a 政协's liaison work (control)
  it('市政协联络工作会议: no special committee', () => {
    expect(committees('光明区政协召开会议,传达市政协联络工作会议精神。').filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })

  it('丽水市政协委员工委主任聂陈杰: the committee\'s head, a CPPCC office holder', () => {
    const p = analyzer.analyze('丽水市政协委员工委主任聂陈杰陪同调研。').persons.find((x) => x.name === '聂陈杰')
    expect(p).toMatchObject({ roles: ['主任'], org: '丽水市政协委员工委', cppccMember: true })
  })

  // A member and a working committee's head set apart by a mark: no special committee.
  it('区政协委员、街道工委书记: no special committee', () => {
    expect(committees('区政协委员、街道工委书记王明出席。').filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })

  // The members' studio is a room of the 政协, no special committee (dev-pages README).
  it('宜春市政协委员工作室: no special committee', () => {
    expect(committees('宜春市政协委员工作室揭牌成立。').filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })
})
