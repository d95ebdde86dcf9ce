import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A credit after a name that closes its byline is the name's second credit, also after a credit before the name
// (新华社记者 李学仁 摄, 记者陈昂摄影报道): README, "credits are roles … X摄 → 摄, X摄影报道 → 摄影". Seen on dev 684,
// 796, 801, 804 (and 189, 421, whose gold had left 摄 out). In a byline of several credits the credit after a name
// is still the next name's (记者 林海 通讯员 陈明). Sentences of our own; expected values by hand.
describe('persons: a credit that closes a byline after the name', () => {
  it.each([
    ['会议在北京开幕。新华社记者 王小川 摄\n会议审议通过了有关决议。', '王小川', ['记者', '摄']],
    ['委员们在会场内交流。本报记者 刘晓芸 摄', '刘晓芸', ['记者', '摄']],
    ['图为委员视察现场(记者 赵春雨 摄)', '赵春雨', ['记者', '摄']],
    ['市政协委员在分组会上发言。\n记者孙立平摄影报道\n', '孙立平', ['记者', '摄影']],
    ['图为委员在座谈会上发言。\n周德民 摄影报道\n近日,区政协组织委员开展调研。', '周德民', ['摄影']],
    // Inline, the next sentence after a space the normalised text keeps (roles.ts closesByline).
    ['汪洋主持会议并讲话。 新华社记者翟健岚摄影报道 会议听取了全国政协常委会工作报告。', '翟健岚', ['记者', '摄影']],
    ['委员们认真审议。 本报记者李红梅摄影报道 会议通过了有关决议。', '李红梅', ['记者', '摄影']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  it.each([
    ['记者 林海峰 通讯员 陈明远\n正文。', '林海峰', ['记者']],
    ['记者 林海峰 通讯员 陈明远\n正文。', '陈明远', ['通讯员']],
  ])('a credit before the next name stays its own: %s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // A long line that ends in a photo's credit is not joined to the next one (…会堂开幕。石榴云/新疆日报记者 谢龙摄⏎⏎…).
  it('a caption line ending in a credit stays apart from the paragraph after it', () => {
    const text = '1月26日,中国人民政治协商会议新疆维吾尔自治区第十三届委员会第四次会议在新疆人民会堂开幕。石榴云/新疆日报记者 马建平摄\n\n石榴云/新疆日报讯(记者 王芳 报道)1月26日上午,自治区政协十三届四次会议在新疆人民会堂开幕。'
    expect(person(text, '马建平')?.roles).toEqual(['记者', '摄'])
  })

  // A known gap: a caption inline, the next sentence after a space, loses its space to normalisation (翟健岚 摄 会议…).
  it.fails('新华社记者 翟健岚 摄 会议听取了… → 记者, 摄', () => {
    expect(person('汪洋主持会议并讲话。 新华社记者 翟健岚 摄 会议听取了全国政协常委会工作报告。', '翟健岚')?.roles).toEqual(['记者', '摄'])
  })
  // Dev 688's own sentence (review r32 point 4): the same gap, not a regression of the list rule: the name is a list of
  // one (no grouping across 。), and 06-spaces.ts drops the space after the one-character 摄 (摄会议), so closesByline
  // sees no end of the byline. Wrong at rounds 31 and 32 base alike (eval-base31/32-verbose: 688 翟健岚 [记者]≠[记者,摄]).
  it.fails('dev 688: 全国政协主席汪洋主持会议并讲话。 新华社记者 翟健岚 摄 会议听取… → 记者, 摄', () => {
    expect(person('日,政协第十三届全国委员会第三十次主席会议在北京举行,中共中央政治局常委、全国政协主席汪洋主持会议并讲话。 新华社记者 翟健岚 摄 会议听取了全国政协办公厅关于全国地方政协秘书长、研究室', '翟健岚')?.roles).toEqual(['记者', '摄'])
  })
})

// X融媒记者: 融媒 is the outlet (琼海融媒, 桓台融媒, 政协融媒), the credit 记者 (dev 389, 539, 604); 融媒体记者 and
// 全媒体记者 stay whole (dev 159, 166, 195, 304, 483, 566). Sentences of our own.
describe('persons: 融媒记者 after an outlet', () => {
  it.each([
    ['(邹平融媒记者 李海洋 报道)', '李海洋', ['记者']],
    ['融媒体记者:赵明轩', '赵明轩', ['融媒体记者']],
    ['【全媒体记者 孙晓燕】9月3日,全县统战工作会议召开。', '孙晓燕', ['全媒体记者']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
