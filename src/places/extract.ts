import type { Trie } from '../lexicon/trie.js'
import type { Tokens } from '../segment/tokens.js'
import { isHan } from '../text/chars.js'
import { isAncestor, type Gazetteer } from './gazetteer.js'
import type { Form, PlaceMention } from './types.js'

/** What place extraction reads besides the gazetteer. */
export type PlaceContext = {
  /** Words after a short form that show it is the place (籍, 境内, 两地): data/place-words.tsv; true where a county's short form may take it. */
  readonly after: Trie<boolean>
  /** End of a public body's organ written at `at` (政协, 人大, 市委, 政府), or -1: 朝阳区政协, 南康政协. */
  organEndAt(text: string, at: number): number
}

// Particles and punctuation after a short form: 长春、吉林、四平等地; 长春的.
const AFTER_MARK = /^[、，。；：“”‘’《》（）\s的和与及等]/
// Two-character official names made of a generic character + suffix (城区, 郊区, 矿区, 东区 …) are
// ordinary words unless their parent is written right before them.
const GENERIC_SHORT_NAME = /^[东南西北中城郊矿新市]区$/

/** What acceptable() asks of the text around a match [s, e), worked out once for all its forms. */
type Around = { chained: boolean; boundaries: boolean; countyEvidence: boolean; exactTok: string | null }

function around(text: string, t: Tokens, ctx: PlaceContext, s: number, e: number, prev: PlaceMention | undefined): Around {
  const chained = prev !== undefined && prev.end === s
  const word = ctx.after.longestAt(text, e)
  const organ = ctx.organEndAt(text, e) > 0
  const leftOk = s === 0 || !isHan(text.charCodeAt(s - 1)) || t.isStart[s] === 1 || chained
  const rightOk = e === text.length || !isHan(text.charCodeAt(e)) || t.isEnd[e] === 1 || organ || word !== undefined || AFTER_MARK.test(text.slice(e, e + 1))
  const tok = t.list[t.at[s]!]
  const exactTok = tok !== undefined && tok.start === s && tok.end === e ? tok.pos : null
  return { chained, boundaries: leftOk && rightOk, countyEvidence: organ || word?.values[0] === true, exactTok }
}

function acceptable(f: Form, a: Around, prev: PlaceMention | undefined): boolean {
  const parentBefore = a.chained && prev!.forms.some((p) => isAncestor(p.division, f.division))
  if (!f.short) {
    if (GENERIC_SHORT_NAME.test(f.form)) return parentBefore
    return true
  }
  if (!a.boundaries) return false
  // A county's short form (南康, 平顺, 朝阳) is a place when the segmenter says so, a body follows, or its parent precedes.
  if (f.division.level === 'county') return a.exactTok === 'ns' || a.exactTok === 'nr' || a.countyEvidence || parentBefore
  return true
}

/** Every place mention: the longest acceptable form at each position, scanning left to right. */
export function findPlaceMentions(text: string, tokens: Tokens, g: Gazetteer, ctx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = []
  for (let i = 0; i < text.length; ) {
    const matches = g.forms.matchesAt(text, i)
    let taken: PlaceMention | null = null
    for (let k = matches.length - 1; k >= 0 && !taken; k--) {
      const [end, forms] = matches[k]!
      const prev = out[out.length - 1]
      const a = around(text, tokens, ctx, i, end, prev)
      const ok = forms.filter((f) => acceptable(f, a, prev))
      if (ok.length) taken = { start: i, end, forms: ok, division: null, rule: ok.every((f) => f.short) ? ok[0]!.rule : 'gazetteer' }
    }
    if (taken) { out.push(taken); i = taken.end } else i++
  }
  return out
}
