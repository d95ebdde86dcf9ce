import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/index.js'
import { page, PAGES } from '../helpers.js'

const analyzer = createAnalyzer({ tokens: true })

describe('segment: words with POS and offsets into the original text', () => {
  it('keeps Latin-script runs whole and lets compromise classify them', () => {
    const r = analyzer.analyze('一端(掌上履职App)建设，BTX新材料，NO.5号楼，AI赋能，John Smith来访，twenty委员')
    const latin = Object.fromEntries(r.tokens!.filter((t) => t.latin).map((t) => [t.text, t.latin]))
    expect(latin).toMatchObject({ App: 'word', BTX: 'acronym', 'NO.5': 'code', AI: 'acronym', 'John Smith': 'person', twenty: 'number' })
  })

  it('keeps numbers whole (HMM on: 85 is not 8|5) and uses the domain dictionary', () => {
    const words = analyzer.analyze('全年开展85次协商活动，报送社情民意信息，区政协社法委主任').tokens!.map((t) => t.text)
    expect(words).toEqual(expect.arrayContaining(['85', '社情民意信息', '社法委']))
  })

  it('realigns tokens to the original text across OCR spaces and line breaks (page 000)', () => {
    const text = page(PAGES.p000)
    const r = analyzer.analyze(text)
    for (const t of r.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(r.tokens!.find((t) => t.text.replace(/\s/g, '') === '烈士陵园' || t.text.replace(/\s/g, '') === '烈士')).toBeDefined()
  })
})
