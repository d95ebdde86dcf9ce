import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 30 (fresh dev pages 1288–1359, dev 1333): a chain of titles whose first group stands apart by a comma or 、 from
// a title of a body written after the places it lies in (全国人大代表，甘肃省古浪县大靖镇三台村党支部书记、村委会主任李光霞),
// also where the sentence begins after a closed quotation (…平台。”全国人大代表，…), and an item no title names of up to
// 20 characters (a firm with its place and a line of business: 兰州新区蓝盾实业投资发展有限公司家政业务负责人).
// Sentences of our own on the page's forms; expected values by hand from README (org: the body of the first role;
// 全国人大代表 → role 代表, org 全国人大).
const analyze = (text: string) => analyzer.analyze(text)

describe('persons: a chain of titles across places written before a body, after a closed quotation', () => {
  it.each([
    ['全国人大代表，甘肃省古浪县大靖镇三台村党支部书记、村委会主任李光霞表示。', '李光霞', ['代表', '党支部书记', '主任'], '全国人大'],
    ['要搭建交流平台。”全国人大代表，甘肃省古浪县大靖镇三台村党支部书记、村委会主任李光霞表示。', '李光霞', ['代表', '党支部书记', '主任'], '全国人大'],
    ['全国人大代表、河北省邢台市南和区贾宋镇王村党支部书记张红梅说。', '张红梅', ['代表', '党支部书记'], '全国人大'],
    ['他说：“要多学习。”省政协委员，蓝天公司总经理李明表示。', '李明', ['委员', '总经理'], '省政协'],
    ['全国人大代表、兰州新区蓝盾实业投资发展有限公司家政业务负责人赵振香在视察后表示。', '赵振香', ['代表', '负责人'], '全国人大'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(analyze(text).persons.find((p) => p.name === name)).toMatchObject({ name, roles, org })
  })

  // Controls: a quotation closed inside a sentence (no sentence end before ”), and a group that is another person's clause.
  it.each([
    ['他提出“全国人大代表”，三台村党支部书记李光霞表示。', '李光霞', ['党支部书记'], '三台村党支部'],
    ['会议听取了全国人大代表的建议，三台村党支部书记李光霞表示赞同。', '李光霞', ['党支部书记'], '三台村党支部'],
  ])('%s → %s %j of %s only', (text, name, roles, org) => {
    expect(analyze(text).persons.find((p) => p.name === name)).toMatchObject({ name, roles, org })
  })
})
