import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A page's credit line with a field left empty (作者：　编辑：李佳萌, 来源:X 作者: 编辑:Y): the empty field's label is no
// credit of the name in the next field (the dev-pages gold: 234, 1282 give the editor 编辑 only). Credits joined by the
// marks of a byline without a label of their own stay one name's (文字/摄影 曾嘉雯; 作者:全媒体记者 徐文博). Expected by hand.
describe('persons: an empty field of a credit line', () => {
  it.each<[string, string, string[]]>([
    ['区政协开展调研。\n\n来源:临平政协    作者:    编辑:李佳萌', '李佳萌', ['编辑']],
    ['区政协开展调研。\n作者:  编辑:张三', '张三', ['编辑']],
    ['区政协开展调研。\n记者:   通讯员:王小明', '王小明', ['通讯员']],
    ['区政协开展调研。\n摄影:    责任编辑:刘一凡    审核:周大伟', '刘一凡', ['责任编辑']],
    ['区政协开展调研。\n作者：　编辑：孙红梅', '孙红梅', ['编辑']],
    // Controls: credits joined without a label of the later one's own, and a filled field before.
    ['(作者:全媒体记者 徐文博)', '徐文博', ['作者', '全媒体记者']],
    ['者参会。(文字/摄影 曾嘉雯)', '曾嘉雯', ['文字', '摄影']],
    ['委员们参加了活动。\n责任编辑/审核 王丽华', '王丽华', ['责任编辑', '审核']],
    ['区政协开展调研。\n作者:李四    编辑:王五', '王五', ['编辑']],
  ])('%s: %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
