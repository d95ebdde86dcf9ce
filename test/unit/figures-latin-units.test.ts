import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [string, number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.text, f.value, f.unit, f.approx])

// Units written in Latin letters after a number in Chinese text are units, named as ㎡ → 平方米 is (data/units.tsv; GUIDE.md:
// measurements are figures, 5.5米). Round 18; sentences like the pages'.
describe('figures: units in Latin letters', () => {
  it.each<[string, Row[]]>([
    ['项目总建筑面积1.2万m²，规划用地32km²。', [['1.2万m²', 12000, '平方米', null], ['32km²', 32, '平方公里', null]]],
    ['新修道路全长500m,路面宽8m。', [['500m', 500, '米', null], ['8m', 8, '米', null]]],
    ['为困难群众送去大米3kg、食用油2L。', [['3kg', 3, '千克', null]]],
    ['当年回收废旧钢材20t。', [['20t', 20, '吨', null]]],
    ['新建标准化厂房1.5万m2，配套道路3km。', [['1.5万m2', 15000, '平方米', null], ['3km', 3, '公里', null]]],
    ['累计降雨量约120mm。', [['约120mm', 120, '毫米', 'about']]],
    ['（全长500m）', [['500m', 500, '米', null]]],
    // Controls: Latin after digits that is no unit (5G, 3D, 100M宽带, 10mins), and an English sentence (its own figures).
    ['建成5G基站300个。', [['300个', 300, '个', null]]],
    ['采用3D打印技术。', []],
    ['实现100M宽带全覆盖。', []],
    ['每次训练10mins。', []],
    ['The delegation inspected a 5km road and 300t of grain.', []],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
