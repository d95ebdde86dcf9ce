import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// 新闻发言人 is one whole title (README: roles are whole titles as written, modifiers included; dev 699 新闻发言人 郭卫民),
// as 大会新闻发言人 is; its body is the ministry or office written before it. Expected by hand.
describe('persons: 新闻发言人 is a whole title of the body before it', () => {
  it.each([
    ['国务院新闻办新闻发言人袭艳春介绍，国务院部门牵头办理全国政协委员提案3281件。', '袭艳春', ['新闻发言人'], '国务院新闻办'],
    ['工业和信息化部总工程师、新闻发言人田玉龙在会上介绍。', '田玉龙', ['总工程师', '新闻发言人'], '工业和信息化部'],
    ['生态环境部新闻发言人刘友宾22日在例行新闻发布会上表示。', '刘友宾', ['新闻发言人'], '生态环境部'],
  ])('%s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })

  // Controls: 发言人 written alone stays 发言人; the session's 大会新闻发言人 keeps its own title.
  it.each([
    ['外交部发言人华春莹表示。', '华春莹', ['发言人'], '外交部'],
    ['全国政协十四届一次会议新闻发布会举行，大会新闻发言人郭卫民介绍有关情况。', '郭卫民', ['大会新闻发言人'], '全国政协'],
  ])('%s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.org).toBe(org)
  })
})
