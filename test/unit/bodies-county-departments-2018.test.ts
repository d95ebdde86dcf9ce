import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// The departments of a county or district after the 2018–2019 institutional reform (and the data bureaus of 2023),
// in the full and short forms of the county reform plans (data/bodies.tsv, round 13). Sentences written for these
// tests, not taken from any page; expected values by test/fixtures/gold/GUIDE.md: region + the body as written.

// Forms that only the lexicon reads: each is tested after a region, after 县, in a 、-list after another
// department of the county and before a title (the title's org is the bureau).
const FORMS = [
  '教育科技局', '教育和科学技术局', '科学技术和工业信息化局', '科学技术和经济信息化局', '经济商务局', '自然资源规划局',
  '住房和城乡建设管理局', '农业农村和水利局', '农业农村水利局', '农水局', '农牧局', '农林局', '商务和粮食局',
  '文化广电体育和旅游局', '文化旅游和体育局', '城市管理综合行政执法局', '营商环境建设局', '行政审批和政务服务局',
  '数据管理局', '大数据发展局', '政务服务和大数据管理局', '政务服务和数据管理局', '机关事务服务中心',
  '退役军人服务中心', '就业服务中心', '社会保险事业管理中心', '医疗保障服务中心', '水利和湖泊局', '城乡规划局',
]

describe('bodies: county departments of the 2018 reform, every written form', () => {
  it.each(FORMS)('平阴县%s, 县… and in a list', (form) => {
    expect(names(`昨日，平阴县${form}负责同志参加了座谈会。`)).toContain(`平阴县${form}`)
    expect(names(`平阴县政协组织委员视察，县${form}负责同志陪同。`)).toContain(`平阴县${form}`)
    expect(names(`平阴县政协组织视察，县教育局、${form}、财政局等单位负责人参加。`)).toEqual(
      expect.arrayContaining(['平阴县教育局', `平阴县${form}`, '平阴县财政局']),
    )
  })

  it.each(FORMS.filter((f) => f.endsWith('局')))('历城区%s局长: the title’s org is the bureau', (form) => {
    const text = `历城区政协视察组听取汇报，区${form}局长刘志强作了介绍。`
    expect(body(text, `历城区${form}`)).toMatchObject({ kind: 'government', region: '历城区' })
    expect(orgOf(text, '刘志强')).toBe(`历城区${form}`)
  })
})

describe('bodies: the usual full and short forms of the reform name the same body', () => {
  it.each([
    // The name keeps the form written first (GUIDE.md); the other is a further mention of it.
    ['县农业农村和水利局局长王建军汇报后，县政协委员到农水局座谈。', '蒙城县', '农业农村和水利局'],
    ['县自然资源规划局和县自然资源和规划局是一个单位。', '蒙城县', '自然资源规划局'],
    ['县政务服务和大数据管理局、县政务服务数据管理局负责人发言。', '蒙城县', '政务服务和大数据管理局'],
  ])('%s', (sentence, county, first) => {
    const found = names(`${county}政协召开协商会。${sentence}`).filter((n) => n !== `${county}政协`)
    expect(found).toEqual([`${county}${first}`])
  })
})

describe('bodies: a county’s media centre is a public institution', () => {
  it.each([
    ['来源：无棣县融媒体中心', '无棣县融媒体中心', '无棣县'],
    ['平阴县政协组织委员视察，县融媒体中心、县文旅局负责人陪同。', '平阴县融媒体中心', '平阴县'],
    ['（图/文：灵台县融媒体中心 王芳）', '灵台县融媒体中心', '灵台县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})

describe('bodies: party departments of a county in the short and merged forms of the reform', () => {
  it.each([
    ['平阴县委社工部部长王红参加座谈。', '平阴县委社工部'],
    ['平阴县委机要保密局局长刘军出席会议。', '平阴县委机要保密局'],
    ['县委依法治县办负责同志介绍了情况，平阴县政协委员参加。', '平阴县委依法治县办'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'party', region: '平阴县' })
  })
})

describe('bodies: no county department without a region of one', () => {
  it.each([
    // A word naming every county's bureau is generic (有关部门 in GUIDE.md).
    ['全省各县数据管理局负责人参加培训。', '数据管理局'],
    ['各级农水局要加强汛期值守。', '农水局'],
  ])('%s: no %s', (text, end) => {
    expect(names(text).filter((n) => n.endsWith(end))).toEqual([])
  })
})
