import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-checked truth: on a credit line, a label with its colon and nothing after it but marks before the next label
// (作者:    编辑:陈俊男, 作者: | 责任编辑: 张正朋) has an empty field: its credit is no one's, the name is the next
// label's only (gold of dev 234, 1050, 1282). Controls: credits joined by marks with no colon of their own stay one
// name's (文字/摄影 曾嘉雯, 撰文 记者 沈洁), and a filled label keeps its name (作者:刘丽君 编辑:刘丽君).
describe('persons: an empty label of a credit line credits no one', () => {
  it.each([
    ['来源:临平政协    作者:    编辑:陈俊男\n政协委员走进学校。', '陈俊男', ['编辑']],
    ['发布时间: 2020-09-10 09:11:48 | 来源: 中国网 | 作者: | 责任编辑: 张正朋\n街道召开座谈会。', '张正朋', ['责任编辑']],
    ['来源：区政协  作者：  审核：王明华\n区政协召开会议。', '王明华', ['审核']],
    // controls
    ['作者:刘丽君 编辑:陈俊男\n区政协召开会议。', '刘丽君', ['作者']],
    ['作者:刘丽君 编辑:陈俊男\n区政协召开会议。', '陈俊男', ['编辑']],
    ['文字/摄影 曾嘉雯\n区政协召开会议。', '曾嘉雯', ['文字', '摄影']],
    ['撰文 记者 沈洁\n区政协召开会议。', '沈洁', ['撰文', '记者']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
