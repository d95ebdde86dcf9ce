import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => {
  const p = analyzer.analyze(text).persons.find((x) => x.name === name)
  return p && { roles: p.roles, org: p.org, cppccMember: p.cppccMember }
}

// Hand-checked truth (dev pages 484, 642; a survey page of round 12). 自治区主席 and 自治区副主席 head the government
// of an autonomous region, as 省长 and 副省长 a province's (data/roles.tsv): on a page about the 自治区政协 they
// are no office of it (the 政协's own titles are written 自治区政协副主席).
describe('persons: the chairman of an autonomous region is of its government', () => {
  it.each([
    ['新疆维吾尔自治区政协十届十九次常委会议开幕。自治区政协主席艾斯海提·克里木拜主持会议。自治区副主席铁力瓦尔迪·阿不都热西提到会听取发言并讲话。',
      '铁力瓦尔迪·阿不都热西提', { roles: ['副主席'], org: '新疆维吾尔自治区政府', cppccMember: false }],
    ['新疆维吾尔自治区政协主席努尔兰·阿不都满金出席会议。自治区副主席木合亚提·加尔木哈买提应邀出席会议并作报告。',
      '木合亚提·加尔木哈买提', { roles: ['副主席'], org: '新疆维吾尔自治区政府', cppccMember: false }],
    ['广西壮族自治区副主席张三出席会议并讲话。', '张三', { roles: ['副主席'], org: '广西壮族自治区政府', cppccMember: false }],
  ])('%s', (text, name, expected) => {
    expect(person(text, name)).toEqual(expected)
  })

  it.each([
    // The 政协's own titles stay the 政协's.
    ['新疆维吾尔自治区政协主席努尔兰·阿不都满金,自治区政协副主席王强出席。', '王强', { roles: ['副主席'], org: '新疆维吾尔自治区政协', cppccMember: true }],
  ])('%s', (text, name, expected) => {
    expect(person(text, name)).toEqual(expected)
  })

  // The segmenter knows 蓝天 (sky) and the name 蓝天立 is cut before its last character.
  it.fails('自治区代主席蓝天立 (a name that begins with an ordinary word)', () => {
    expect(person('会议期间,自治区党委书记鹿心社和自治区代主席蓝天立等领导同志出席大会开幕会。', '蓝天立')).toEqual({ roles: ['代主席'], org: '自治区政府', cppccMember: false })
  })
})
