import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit])

// A change in percentage points is a share, as a percentage is (README, English: % and the counted noun), not a count a
// later bare number of its sentence goes on counting: "rose 2.1 percent …, doubled to 1,400" gives 1,400 no unit %, and
// "rose 2.1 percentage points …, doubled to 1,400" must not give it percentage points. Sentences written for this test.
describe('English figures: percentage points are no unit of a later bare number', () => {
  it.each<[string, number]>([
    ['The handling rate rose 2.1 percentage points, and the number doubled to 1,400.', 1400],
    ['Turnout was up 3.5 percentage points from the last session, while the total reached 2,150.', 2150],
  ])('%s', (text, value) => {
    const fs = figures(text)
    expect(fs.filter(([, u]) => u === '个百分点').map(([v]) => v)).not.toContain(value)
  })

  // Controls: the points themselves, a count with its own noun, and a share before the things counted.
  it.each<[string, Row]>([
    ['The handling rate rose 2.1 percentage points, and the number doubled to 1,400.', [2.1, '个百分点']],
    ['Turnout rose 3 percentage points, with 1,400 members voting.', [1400, 'member']],
    ['The share rose 2 percentage points, and members submitted 1,200 proposals.', [1200, 'proposal']],
    ['Members submitted 5,621 proposals, up 2 percentage points, and 4,932 were accepted.', [4932, 'proposal']],
  ])('%s', (text, row) => {
    expect(figures(text)).toContainEqual(row)
  })
})
