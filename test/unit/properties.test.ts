import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AnalysisResultSchema } from '../../src/index.js'
import { withTokens } from '../helpers.js'
import { allSpans } from '../helpers.js'

const analyzer = withTokens

// Chinese report fragments, emoji, a supplementary-plane character, lone surrogates, NUL, spaces, digits.
const PIECES = ['长春市政协', '主席高志国', '表示，', '85次', '2024年1月15日', '南 康 区', '“', '”', '\n\n', ' ', '😀', '𠀀', '\uD800', '\uDC00', '\u0000', '１２', '%', 'App', '吉林', '委员', '。', '市政协', '第十四届', '（上接4版）', '2.5万平米', '三次产业', '本报记者 李婷', '#', '**', '參', '⻓',
  // English pieces: they exercise the English stage wherever Latin letters outnumber Han characters.
  'Yangquan Municipal Committee of the CPPCC', 'Ren Jianhua', ', chairman of the ', 'Feb 19', ' 1,887 proposals', 'more than ', ' and ', 'Hong Kong', "People's", 'the city government', '3.5 billion yuan', 'BEIJING', 'Photo by ', ' were elected as the vice-chairmen of the ', 'UNDP', 'Sichuan and Gansu provinces', 'March 1-3, 2019', '’']
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join('')),
)

function checkSpans(input: string) {
  const r = analyzer.analyze(input)
  expect(AnalysisResultSchema.safeParse(r).success).toBe(true)
  for (const [kind, s] of allSpans(r)) {
    if (input.slice(s.start, s.end) !== s.text) throw new Error(`${kind} span ${s.start}-${s.end} does not slice to ${JSON.stringify(s.text)}`)
    expect(s.start).toBeLessThanOrEqual(s.end)
  }
  for (const a of r.articles) expect(a.start).toBeLessThanOrEqual(a.end)
}

describe('analyze on any string', () => {
  it('never throws, always validates, and every span slices the original input', () => {
    fc.assert(fc.property(text, (s) => checkSpans(s)), { numRuns: 2000 })
  })

  it('handles a 1 MB line without punctuation', () => {
    checkSpans('协商议政发展新质生产力'.repeat(100_000))
  })

  it('handles emoji, rare characters and lone surrogates around entities', () => {
    const s = '😀长春市政协𠀀主席高志国\uD800表示，全年开展85次协商活动\u0000。'
    checkSpans(s)
    const r = analyzer.analyze(s)
    expect(r.persons.map((p) => p.name)).toContain('高志国')
    expect(r.figures[0]!.text).toBe('85次')
  })
})
