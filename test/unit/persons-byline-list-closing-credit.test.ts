import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A byline of several names with a credit before the first and a credit that closes it after the last (记者 A B C
// 摄影报道, 记者A、B摄) gives every name both credits, as one name gets them (README: "A byline closed by 摄 gives both
// credits (记者 林海波 摄 → 记者, 摄)"; X摄影报道 → 摄影). Seen on dev 1425 (six names, 摄影报道) and 398 (记者王澍、周春摄,
// whose gold, annotated before that rule, is corrected by it). Sentences of our own; expected values by hand.
describe('persons: a byline list closed by a credit', () => {
  it.each([
    ['（记者 林海波 王强 摄）会议开幕。', '林海波', ['记者', '摄']],
    ['（记者 林海波 王强 摄）会议开幕。', '王强', ['记者', '摄']],
    ['会议闭幕。本报记者王海鸥、周明摄\n大会通过了决议。', '王海鸥', ['记者', '摄']],
    ['会议闭幕。本报记者王海鸥、周明摄\n大会通过了决议。', '周明', ['记者', '摄']],
    ['某某网成都5月8日讯(记者 徐明远 岳东 张宇 摄影报道)5月8日上午，会议开幕。', '徐明远', ['记者', '摄影']],
    ['某某网成都5月8日讯(记者 徐明远 岳东 张宇 摄影报道)5月8日上午，会议开幕。', '岳东', ['记者', '摄影']],
    ['某某网成都5月8日讯(记者 徐明远 岳东 张宇 摄影报道)5月8日上午，会议开幕。', '张宇', ['记者', '摄影']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // Controls: a closing verb that is no credit (报道, 采写) adds nothing; a list with no credit before its first name
  // keeps the closing credit alone; a credit before the next name stays its own.
  it.each([
    ['（记者 张运波 张景富 报道）会议召开。', '张运波', ['记者']],
    ['（记者 张运波 张景富 报道）会议召开。', '张景富', ['记者']],
    ['大会闭幕。\n郭俊峰 苏强 摄\n会议通过了决议。', '郭俊峰', ['摄']],
    ['大会闭幕。\n郭俊峰 苏强 摄\n会议通过了决议。', '苏强', ['摄']],
    ['记者 林海峰 通讯员 陈明远 摄\n正文。', '林海峰', ['记者']],
    // Review r32: a title before the first name that is no credit is not shared with the closing one (副主席 + 摄 for neither).
    ['市政协副主席张三、李四摄', '张三', ['副主席']],
  ])('control: %s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
