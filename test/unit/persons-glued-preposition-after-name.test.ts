import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A preposition the segmenter glues to the end of a titled name of two characters, into a word it does not know
// (李丽向/x 三个, 李振以/x 宁津, 靳艳偕弋江/x 区委): 以, 向 and 偕 end 4, 4 and 0 of jieba's 51318 given names
// (data/name-chars.tsv), as 率 ends 8: glued-after in data/function-words.tsv; 偕 is in no name at all (name-stop).
// Dev 1301, 1302, 949. Expected by hand.
describe('persons: a preposition glued after a titled name', () => {
  it.each([
    ['九三学社黄石市委主委、黄石市人民政府副市长李丽向三个志愿服务团授旗。', '李丽'],
    ['芜湖市侨联二级调研员靳艳偕弋江区委统战部侨务工作分管领导来南谯区考察侨务工作。', '靳艳'],
    ['经济界委员李振以宁津产业为例解读文件。', '李振'],
  ])('%s → %s', (text, name) => {
    const got = names(text)
    expect(got).toContain(name)
    expect(got.some((n) => n.length > name.length && n.startsWith(name))).toBe(false)
  })

  // Not yet: a name the segmenter keeps apart from 偕 (王东/x 偕/vg) still reads 王东偕 (review of round 29): the rule covers
  // 偕 only inside a word of 4–5 characters it does not know.
  it.fails('主席王东偕夫人出席。 → 王东', () => {
    const got = names('主席王东偕夫人出席。')
    expect(got).toContain('王东')
    expect(got.some((n) => n.length > 2 && n.startsWith('王东'))).toBe(false)
  })

  // Controls: names with those characters inside or at the end where nothing glues on (刘向, 陈以宁, 王向群, 李向东).
  it.each([
    ['委员刘向介绍情况。', '刘向'],
    ['会长陈以宁出席。', '陈以宁'],
    ['副市长王向群向三个团授旗。', '王向群'],
    ['主任张东向全体委员报告工作。', '张东'],
  ])('%s keeps %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
