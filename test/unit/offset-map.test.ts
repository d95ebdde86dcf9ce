import { describe, expect, it } from 'vitest'
import { Editor, identity, type Mapped } from '../../src/normalize/offset-map.js'

/** The original [start, end) of every unit of a Mapped text, as pairs. */
const ranges = (m: Mapped) => Array.from(m.text, (_c, i) => [m.starts[i], m.ends[i]])

describe('offset map: an Editor maps each new unit back to the original', () => {
  // Source: a text whose own units come from elsewhere (a step after another), so that reused maps show.
  const src: Mapped = { text: 'ab２c', starts: Int32Array.of(0, 2, 3, 5), ends: Int32Array.of(2, 3, 5, 6), originalLength: 6 }

  it.each([
    ['one unit for one (width folding): the source ranges, unchanged', (e: Editor) => { e.keep(0, 2); e.replace(2, 3, '2'); e.keep(3, 4) }, 'ab2c', [[0, 2], [2, 3], [3, 5], [5, 6]]],
    ['several units for one: each new unit maps to the whole replaced range', (e: Editor) => { e.keep(0, 2); e.replace(2, 3, '22'); e.keep(3, 4) }, 'ab22c', [[0, 2], [2, 3], [3, 5], [3, 5], [5, 6]]],
    ['one unit for several', (e: Editor) => { e.replace(0, 2, 'x'); e.keep(2, 4) }, 'x２c', [[0, 3], [3, 5], [5, 6]]],
    ['a unit dropped (nothing written for it)', (e: Editor) => { e.keep(0, 2); e.keep(3, 4) }, 'abc', [[0, 2], [2, 3], [5, 6]]],
    ['a unit dropped in front', (e: Editor) => { e.keep(1, 4) }, 'b２c', [[2, 3], [3, 5], [5, 6]]],
    ['a unit dropped at the end', (e: Editor) => { e.keep(0, 3) }, 'ab２', [[0, 2], [2, 3], [3, 5]]],
  ])('%s', (_name, edit, text, want) => {
    const e = new Editor(src)
    edit(e)
    const out = e.done()
    expect(out.text).toBe(text)
    expect(ranges(out)).toEqual(want)
    expect(out.originalLength).toBe(6)
  })

  it('a whole identity text edited one unit for one keeps its length and its maps', () => {
    const m = identity('一二三')
    const e = new Editor(m)
    e.replace(0, 1, '壹')
    e.keep(1, 3)
    const out = e.done()
    expect(out.text).toBe('壹二三')
    expect(ranges(out)).toEqual([[0, 1], [1, 2], [2, 3]])
  })
})
