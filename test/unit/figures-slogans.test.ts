import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// A numbered slogan names a policy, not a count of things in the text (GUIDE.md, figures: slogans and set phrases). In a short
// quotation it is a slogan in straight quotes too, as in curly ones (dev 523: 深化"三个年"活动). Round 20c. Sentences like the pages'.
describe('figures: a short quotation in straight quotes is a slogan', () => {
  it.each<[string, Row[]]>([
    ['委员们对县委以深化"三个年"活动为抓手推进项目建设的成效给予充分肯定。', []],
    ['全面落实"四个一"工作机制,推动工作提质增效。', []],
    ['开展"两个确立"主题学习,参加干部30余人。', [['30余人', 30, '人', 'more']]],
    ['扎实推进"十个一"行动。', []],
    // As in curly quotes (the existing rule).
    ['深化“三个年”活动。', []],
    // Controls: counts outside the quotation, on both sides of a pair, and after a closing mark that opens nothing.
    ['"民生实事"项目共5个,"暖心工程"惠及300户。', [['5个', 5, '个', null], ['300户', 300, '户', null]]],
    ['委员们围绕"乡村振兴"提出3条建议。', [['3条', 3, '条', null]]],
    ['全年共办理提案128件。', [['128件', 128, '件', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})

// A parallel slogan of clauses each closed by 一 and a different measure word after a one-character verb or adjective is a motto,
// no count (dev 780: 做到提案办一件、协商深一层、共识增一分). Round 20c.
describe('figures: a clause of a parallel slogan closed by 一 is no count', () => {
  it.each<[string, Row[]]>([
    ['做到提案办一件、协商深一层、共识增一分,使提案办理见实效。', []],
    ['努力做到提案办一件、协商深一层。', []],
    ['坚持调研深一层、建议高一筹,全年提交提案12件。', [['12件', 12, '件', null]]],
    // Controls: a list of counts of one unit, counts after a noun, a count before its noun.
    ['一等奖一名、二等奖一名、三等奖一名。', [['一名', 1, '名', null], ['一名', 1, '名', null], ['一名', 1, '名', null]]],
    ['每位委员提交提案一件、社情民意一篇。', [['一件', 1, '件', null], ['一篇', 1, '篇', null]]],
    ['每人办一件、提一条建议。', [['一件', 1, '件', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})

// A count in Chinese numerals whose 个 is followed by an adjective before a mark or a verb, or by a verb another verb follows, names a
// slogan's predicates, no things (dev 840: 我区两个加快创新推进之年; 促进两个健康, the united front's slogan written without quotes).
// data/figure-words.tsv, slogan-unit. Round 20c.
describe('figures: 个 before a predicate names a slogan', () => {
  it.each<[string, Row[]]>([
    ['今年是我区两个加快创新推进之年。', []],
    ['紧紧围绕两个加快创新推进主线,求真务实。', []],
    ['服务促进两个健康，推动民营经济发展。', []],
    // Controls: an adjective before a noun or 的, a verb-noun or a noun; a verb (as jieba tags 提案) before a mark; 项 before verbs.
    ['协商平台再添两个新阵地。', [['两个', 2, '个', null]]],
    ['发展呈现出八个新的亮点。', [['八个', 8, '个', null]]],
    ['委员带了两个提案,其中一个是关于养老的。', [['两个', 2, '个', null]]],
    ['确定两个优秀调研报告。', [['两个', 2, '个', null]]],
    ['课题承办制这两项创新举措很值得推广。', [['两项', 2, '项', null]]],
    ['全县建设三个大项目。', [['三个', 3, '个', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
