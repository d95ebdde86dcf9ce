import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Round 16 (figures of ordinary news). Sentences of the pages (251, 876, 922) and written for this test, hand-checked.
describe('figures: measure words of goods, voyages, fields, times and horses (data/units.tsv)', () => {
  it.each<[string, Row[]]>([
    ['将捐赠的6卡车救灾物资送往灾区群众手中。', [['6卡车', 6, '卡车', null]]],
    ['赠送棉被200床、食用油50桶、月饼100盒。', [['200床', 200, '床', null], ['50桶', 50, '桶', null], ['100盒', 100, '盒', null]]],
    ['向学校捐赠图书300卷。', [['300卷', 300, '卷', null]]],
    ['全文学习三遍。', [['三遍', 3, '遍', null]]],
    ['合作社购买马匹3匹。', [['3匹', 3, '匹', null]]],
    // 顷 is no measure before which a magnitude alone is a number: 万顷 of an idiom is none, 3万顷 is.
    ['新增林地3万顷。', [['3万顷', 30000, '顷', null]]],
    ['湖面碧波万顷，良田万顷。', []],
  ])('%s', (text, rows) => expect(figures(text)).toEqual(rows))
})

describe('figures: 至少 reaching over a verb phrase to the number of its clause (approx more)', () => {
  it.each<[string, Row[]]>([
    ['不但省工而且还省肥,每亩地至少节约成本200元。', [['200元', 200, '元', 'more']]],
    ['各级政协委员至少为脱贫攻坚做1件实事好事。', [['1件', 1, '件', 'more']]],
    ['每位委员每年至少提交1件提案。', [['1件', 1, '件', 'more']]],
    // A mark of the clause or another number ends the reach.
    ['委员至少参加调研,共提交提案5件。', [['5件', 5, '件', null]]],
  ])('%s', (text, rows) => expect(figures(text)).toEqual(rows))
})

describe('figures: 及以上 / 及以下 after the unit (approx)', () => {
  it.each<[string, Row[]]>([
    ['全县60岁及以上老人共120人。', [['60岁及以上', 60, '岁', 'more'], ['120人', 120, '人', null]]],
    ['对年收入10万元及以下的农户给予补贴。', [['10万元及以下', 100000, '元', 'less']]],
  ])('%s', (text, rows) => expect(figures(text)).toEqual(rows))
})

describe('figures: one unit of time, round 16 (会期, 以内, 一年后)', () => {
  it.each<[string, Row[]]>([
    ['本次会议会期一天。', [['一天', 1, '天', null]]],
    ['提案须在一个月以内办结。', [['一个月以内', 1, '个月', 'less']]],
    ['一年后,项目顺利建成。', [['一年', 1, '年', null]]],
    // A year counts only before a word of time-after that looks ahead: 过去一年, a rate and 一年前 (the client's 000) stay out.
    ['过去一年,省政协医卫体委开展调研。', []],
    // 一年 of a rate stays out; the 一次 it rates is a count (dev 645's gold, as 每年举行一次: round 24c).
    ['政协委员一年就开一次全体会议。', [['一次', 1, '次', null]]],
    ['这还得从一年前南康区政协围绕民生开展协商说起。', []],
  ])('%s', (text, rows) => expect(figures(text)).toEqual(rows))
})
