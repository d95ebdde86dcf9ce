import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)

// A national institution (data/national-bodies.tsv short i: 中国科学院, 中国农科院, 中国疾控中心) takes no region
// (GUIDE.md: an institute takes the city the text places it in, else none), unlike the national organs of the file
// (全国政协, 国家卫健委: region 全国). Expected values by hand; sentences written for this test (review of round 15).
describe('bodies: a national institution has no region', () => {
  it.each([
    ['中国疾控中心专家张三介绍了疫情防控情况。', '中国疾控中心'],
    ['中国疾病预防控制中心主任李四出席会议。', '中国疾病预防控制中心'],
    ['中国农科院研究员王五作专题报告。', '中国农科院'],
  ])('%s → %s, region null', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region: null })
  })

  it('a national organ keeps 全国 (国家疾控局)', () => {
    expect(body('国家疾病预防控制局有关负责同志出席。', '国家疾病预防控制局')).toMatchObject({ region: '全国' })
  })
})
