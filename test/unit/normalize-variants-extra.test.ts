import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// 陜 (U+965C), which OpenCC does not map, is written for 陝/陕 on traditional pages (dev 212 陜西達, 851 來陜考察,
// 910 民革陜西省委員會): data/variants-extra.tsv folds it, so the province and its bodies are read. Hand-checked
// truth by GUIDE.md (places in their official full name, bodies region + as written). Sentences written for this test.

describe('normalize: hand rows for traditional forms OpenCC lacks', () => {
  it.each([
    ['全國人大常委會委員、民革陜西省委員會主委李曉東出席開幕式。', '陕西省', '民革陕西省委员会'],
    ['陜西省政協副主席張三一行來到西安調研。', '陕西省', '陕西省政协'],
  ])('%s → place %s, body %s', (text, place, body) => {
    const r = analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
    expect(r.committees.map((c) => c.name)).toContain(body)
    expect(r.committees.map((c) => c.name)).not.toContain('全国民革')
  })

  it('the span of a folded character still slices the original text', () => {
    const text = '民革陜西省委員會召開全委會。'
    const c = analyze(text).committees.find((x) => x.name === '民革陕西省委员会')
    expect(c && text.slice(c.mentions[0]!.start, c.mentions[0]!.end)).toBe('民革陜西省委員會')
  })

  it('simplified text is left as it is (control)', () => {
    expect(analyze('民革陕西省委员会召开全委会。').committees.map((c) => c.name)).toContain('民革陕西省委员会')
  })
})
