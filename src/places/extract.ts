import { tokenIndex, type Doc, type TokenIndex } from '../doc/doc.js'
import { isAncestor, loadGazetteer, type Division, type Form } from './gazetteer.js'

/** A place mention in normalized coordinates, with every division its form can mean. */
export type PlaceMention = { start: number; end: number; forms: Form[]; division: Division | null; rule: string }

// What may follow a short form (长春、吉林、四平等地; 南康籍; 长春政协) besides a word boundary.
const AFTER_SHORT = /^(?:[、，。；：“”‘’《》（）\s的和与及等籍人]|政协|市委|省委|区委|县委|州委|人大|政府|党委|全面|地区|两地|三地|境内)/
// Bodies after a county short form that make it a place, not a word (朝阳 vs 朝阳区政协).
const BODY_AFTER = /^(?:政协|市委|区委|县委|人大|政府|籍)/
// Two-character official names made of a generic character + suffix (城区, 郊区, 矿区, 东区 …) are
// ordinary words unless their parent is written right before them.
const GENERIC_SHORT_NAME = /^[东南西北中城郊矿新市]区$/

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff

/** What acceptable() asks of the text around a match [s, e), worked out once for all its forms. */
type Around = { chained: boolean; boundaries: boolean; rest: string; exactTok: string | null }

function around(doc: Doc, b: TokenIndex, s: number, e: number, prev: PlaceMention | undefined): Around {
  const text = doc.text
  const chained = prev !== undefined && prev.end === s
  const rest = text.slice(e, e + 4)
  const leftOk = s === 0 || !isHan(text.charCodeAt(s - 1)) || b.isStart[s] === 1 || chained
  const rightOk = e === text.length || !isHan(text.charCodeAt(e)) || b.isEnd[e] === 1 || AFTER_SHORT.test(rest)
  const tok = doc.tokens[b.at[s]!]
  const exactTok = tok !== undefined && tok.start === s && tok.end === e ? tok.pos : null
  return { chained, boundaries: leftOk && rightOk, rest, exactTok }
}

function acceptable(f: Form, a: Around, prev: PlaceMention | undefined): boolean {
  const parentBefore = a.chained && prev!.forms.some((p) => isAncestor(p.division, f.division))
  if (!f.short) {
    if (GENERIC_SHORT_NAME.test(f.form)) return parentBefore
    return true
  }
  if (!a.boundaries) return false
  // A county's short form (南康, 平顺, 朝阳) is a place when the segmenter says so, a body follows, or its parent precedes.
  if (f.division.level === 'county') return a.exactTok === 'ns' || a.exactTok === 'nr' || BODY_AFTER.test(a.rest) || parentBefore
  return true
}

/** Stage step: every place mention — longest acceptable gazetteer form, scanning left to right. */
export function findPlaceMentions(doc: Doc): PlaceMention[] {
  const { trie } = loadGazetteer()
  const b = tokenIndex(doc)
  const text = doc.text
  const out: PlaceMention[] = []
  for (let i = 0; i < text.length; ) {
    if (!trie.mayStartAt(text, i)) { i++; continue }
    const matches = trie.matchesAt(text, i)
    let taken: PlaceMention | null = null
    for (let k = matches.length - 1; k >= 0 && !taken; k--) {
      const [end, forms] = matches[k]!
      const prev = out[out.length - 1]
      const a = around(doc, b, i, end, prev)
      const ok = forms.filter((f) => acceptable(f, a, prev))
      if (ok.length) taken = { start: i, end, forms: ok, division: null, rule: ok.every((f) => f.short) ? ok[0]!.rule : 'gazetteer' }
    }
    if (taken) { out.push(taken); i = taken.end } else i++
  }
  return out
}
