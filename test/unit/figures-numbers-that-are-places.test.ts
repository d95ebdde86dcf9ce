import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// 四周 (all around), 四处 (everywhere), 四面 (on all sides) are words of place written with a numeral and a unit: a count
// only where a word of a span or an approximation before them or of time after them says so (data/figure-words.tsv,
// locality; round 20b, dev 1054 四周添加擋雨設施 gave 4 周). Sentences written for this test.
describe('figures: a numeral and unit that are a word of place', () => {
  it.each([
    '公园四周种满了树木。',
    '亭上方安裝頂棚,四周添加擋雨設施。',
    '委员们四处奔走呼吁。',
    '这里四面环山。',
  ])('%s: no figure', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each<[string, Row[]]>([
    ['利用四周时间完成调研。', [['四周', 4, '周', null]]],
    ['为期四周的集中培训。', [['四周', 4, '周', null]]],
    ['四周后再次检查。', [['四周', 4, '周', null]]],
    ['经过四周的努力，工程完工。', [['四周', 4, '周', null]]],
    ['连续四周开展巡查。', [['四周', 4, '周', null]]],
    ['培训历时近四周。', [['近四周', 4, '周', 'less']]],
    ['培训共三周。', [['三周', 3, '周', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})

// A phase of a project is numbered, not counted: 三期建设, 三期扩建 as 四期工程 (data/figure-words.tsv, stop; round 20b). Issues
// and sessions of a series stay counts (举办三期培训班, 编发6期: the gold of 137, 669).
describe('figures: the phase of a project', () => {
  it.each([
    '推进项目三期建设。',
    '启动三期扩建。',
    '完成3期工程。',
    // 一 with its unit before another count of that unit counts (一项…和七项), but not before 二, which numbers phases (dev 1054).
    '擬啟動‘山水洞天’一期提檔升級及二期建設管理。',
    '项目一期完工及二期开工仪式同日举行。',
  ])('%s: no figure', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each<[string, Row[]]>([
    ['举办三期培训班，培训120人。', [['三期', 3, '期', null], ['120人', 120, '人', null]]],
    ['共举办了两期委员讲堂。', [['两期', 2, '期', null]]],
    ['编发社情民意信息6期。', [['6期', 6, '期', null]]],
    ['开展一项重点调研和两项专题调研。', [['一项', 1, '项', null], ['两项', 2, '项', null]]],
    ['开展一项党派重点考察调研和七项全盟重点调研。', [['一项', 1, '项', null], ['七项', 7, '项', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
