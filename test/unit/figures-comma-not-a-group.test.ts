import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// The stored pages print the Chinese comma as an ASCII one (立案289件,占85.5%), so a clause that ends in a bare number is
// followed by ",": the number after it is its own (…占1/3,60岁以上的…), unless the comma groups thousands, which takes
// exactly three digits after it and at most three before (1,235名; 12,345,678元; not 2023,100). Sentences written for this test.
describe('figures: a number after a comma that groups no thousands', () => {
  it.each<[string, Row]>([
    ['其中女性委员占1/3,60岁以上的委员15名。', [60, '岁', 'more']],
    ['其中女性委员占1/3,60岁以上的委员15名。', [15, '名', null]],
    ['参会人员席位号为A12,30名委员列席会议。', [30, '名', null]],
    ['报名截至2023,100人通过审核。', [100, '人', null]],
    ['收到提案分两批次,第一批为15,45件为第二批。', [45, '件', null]],
  ])('%s', (text, row) => {
    expect(figures(text)).toContainEqual(row)
  })

  // Controls: grouped thousands stay one number.
  it.each<[string, Row, number]>([
    ['全市共有政协委员1,235名。', [1235, '名', null], 235],
    ['累计投资12,345,678元。', [12345678, '元', null], 345],
    ['共投入1,200.5万元。', [12005000, '元', null], 200],
  ])('%s', (text, row, part) => {
    const fs = figures(text)
    expect(fs).toContainEqual(row)
    expect(fs.map((f) => f[0])).not.toContain(part)
  })
})
