import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Credits joined by the marks of a byline (a slash, a space) are all the name's (文字/摄影 曾嘉雯, 撰文 记者 沈洁: gold of
// dev 222, 1137), and a credit may name the credited unit between it and the name (图文:黄埔区政协办 廖丸谊, 作者:民进中山市委会
// 办公室叶裕华, 供稿:汉寿县政协周蔚环): the credit is the name's, the unit's body its org (gold of dev 1042, 1092, 556; a
// 政协's office is its 政协, README), no CPPCC office. Expected by hand.
describe('persons: credits joined in a byline', () => {
  it.each<[string, string, string[]]>([
    ['者参会，并就感兴趣的问题进行了提问。(文字/摄影 曾嘉雯)', '曾嘉雯', ['文字', '摄影']],
    ['来源: 嘉兴日报 撰文 记者 沈 洁 通讯员 计益婷', '沈洁', ['撰文', '记者']],
    ['委员们参加了活动。\n责任编辑/审核 王丽华', '王丽华', ['责任编辑', '审核']],
    // Controls: a credit that closes the name before is that name's (李学仁 摄), and a single credit stays single.
    ['(记者 李学仁 摄 通讯员 王五)', '王五', ['通讯员']],
    ['(作者:全媒体记者 徐文博)', '徐文博', ['作者', '全媒体记者']],
    ['编辑:宣传部 夏雅凤', '夏雅凤', ['编辑']],
  ])('%s: %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})

describe('persons: a credit across the unit written before the name', () => {
  it.each<[string, string, string[], string | null]>([
    ['调研组在学校召开座谈会。\n(图文:黄埔区政协办 廖丸谊)', '廖丸谊', ['图文'], '黄埔区政协'],
    ['8年12月23日 作者:民进中山市委会办公室叶裕华', '叶裕华', ['作者'], '民进中山市委会'],
    ['委员们视察了全县。(供稿:汉寿县政协周蔚环)', '周蔚环', ['供稿'], '汉寿县政协'],
    ['听取大学科技园负责人介绍。\n撰稿:党政办公室 尤佳锋', '尤佳锋', ['撰稿'], null],
    // Controls: a name is no unit (记者 王科 张三: both reporters), and a credit written right before the name has no unit.
    ['记者 王科 张三', '张三', ['记者'], null],
    ['责任编辑：秦金月', '秦金月', ['责任编辑'], null],
  ])('%s: %s %j %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(false)
  })
})
