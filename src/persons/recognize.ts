import type { Doc, WordToken } from '../doc/doc.js'
import { committeeMentions } from '../committees/stage.js'
import { placeMentions } from '../places/stage.js'
import { personLexicon } from './lexicon.js'

/** A person-name mention (normalized coordinates) with the evidence that made it one. */
export type NameMention = { start: number; end: number; name: string; score: number; rule: string }

const HAN = /^[\u4e00-\u9fff]+$/
const NAME_TAGS = new Set(['nr', 'nrfg'])
const FUNCTION = /^(?:c|p|u|uj|ul|uz|ud|ug|uv|r|d|f|m|q|y|e|o|zg)$/
/** Accept a candidate whose evidence reaches this score. */
export const NAME_THRESHOLD = 2.5

type Index = { tokAt: Int32Array; toks: WordToken[]; blocked: Uint8Array }

function index(doc: Doc): Index {
  const tokAt = new Int32Array(doc.text.length).fill(-1)
  doc.tokens.forEach((t, i) => tokAt.fill(i, t.start, t.end))
  const blocked = new Uint8Array(doc.text.length)
  for (const p of placeMentions(doc)) if (p.division) blocked.fill(1, p.start, p.end)
  for (const c of committeeMentions(doc)) blocked.fill(1, c.start, c.end)
  return { tokAt, toks: doc.tokens, blocked }
}


function isBlocked(blocked: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (blocked[k]) return true
  return false
}

/** How well [s, e) fits the segmenter's words: a name that cuts through an ordinary word is unlikely. */
function alignment(ix: Index, s: number, e: number): { score: number; rule: string } {
  const a = ix.tokAt[s]!
  const b = ix.tokAt[e - 1]!
  const ta = ix.toks[a]
  const tb = ix.toks[b]
  if (!ta || !tb) return { score: -5, rule: 'no-token' }
  if (a === b && ta.start === s && ta.end === e) {
    // jieba tags many words nr (智慧, 玉米, 清正廉洁): its tag is evidence only on three-character words.
    if (NAME_TAGS.has(ta.pos) && e - s === 3) return { score: 1.5, rule: 'jieba-nr' }
    if (NAME_TAGS.has(ta.pos) && e - s === 2) return { score: 0, rule: 'jieba-nr' }
    if (ta.pos === 'nrt') return { score: 1.5, rule: 'jieba-nrt' }
    if (ta.pos === 'x') return { score: 1.5, rule: 'unknown-word' }
    // A dictionary word (智慧, 卓越, 高峰) is a name only with context.
    return { score: -4, rule: 'ordinary-word' }
  }
  let score = 0
  // Names do not begin with a function word (和关于, 和广大) nor end in one.
  if (ta.start === s && FUNCTION.test(ta.pos)) score -= 3
  if (tb.end === e && tb.start > s && FUNCTION.test(tb.pos)) score -= 1.5
  // A name may split an unknown word (x) or glue single characters; cutting a dictionary word costs.
  if (ta.start < s) score -= ta.pos === 'x' ? 0.5 : NAME_TAGS.has(ta.pos) ? 1 : 3
  if (tb.end > e) score -= tb.pos === 'x' ? 0.5 : NAME_TAGS.has(tb.pos) ? 1 : 2.5
  return { score, rule: 'chars' }
}

/**
 * Person names without a neural model: a surname (data/surnames.txt) and one or two given-name
 * characters scored by how often jieba's person entries use them (data/name-chars.tsv), plus the
 * segmenter's evidence (nr tags, unknown words, cut words) and context cues — a role or title
 * before or after (市政协主席高志国, 徐勇委员), a speech verb after (说, 表示, 建议), a list of names.
 * Places and committees found earlier block names (延吉, 平顺 are places).
 */
export function recognizeNames(doc: Doc, strong: Set<string> = new Set(), explain?: (candidates: readonly NameMention[]) => void): NameMention[] {
  const lex = personLexicon()
  const ix = index(doc)
  const text = doc.text
  const cands: NameMention[] = []
  for (let i = 0; i < text.length; i++) {
    if (ix.blocked[i]) continue
    for (const sur of [text.slice(i, i + 2), text[i]!]) {
      const prior = lex.surnames.get(sur)
      if (prior === undefined) continue
      for (const g of [1, 2]) {
        const e = i + sur.length + g
        const name = text.slice(i, e)
        if (e > text.length || !HAN.test(name) || isBlocked(ix.blocked, i, e)) continue
        let score = prior + 1
        for (const c of name.slice(sur.length)) score += 0.6 * lex.givenScore(c)
        score += g === 2 ? 0.3 : -1
        const al = alignment(ix, i, e)
        score += al.score
        const role = lex.roleAt(text, e)
        if (role) score += 3.5
        else if (lex.verbAt(text, e)) score += 2
        if (lex.roleEndingAt(text, i)) score += 3.5
        if (/^[、和与及]/.test(text.slice(e)) || /[、]$/.test(text.slice(0, i))) score += 0.5
        if (strong.has(name)) score += 5
        cands.push({ start: i, end: e, name, score, rule: role ? 'rule:name+role' : al.rule })
      }
    }
  }
  // Transliterated names the segmenter's dictionary knows (克林顿, 阿不都…); its nr tag alone is too loose.
  for (const t of ix.toks) {
    if (t.pos === 'nrt' && t.word.length >= 3 && t.word.length <= 6 && HAN.test(t.word) && !ix.blocked[t.start] && !lex.surnames.has(t.word[0]!)) {
      let score = t.pos === 'nrt' ? 1.5 : 2.5
      if (lex.roleAt(text, t.end) || lex.verbAt(text, t.end)) score += 2
      cands.push({ start: t.start, end: t.end, name: t.word, score, rule: `jieba-${t.pos}` })
    }
  }
  explain?.(cands)
  // A candidate in a 、-list next to an accepted name is a name too (委员王建军、张晓晓、姜浩、马颂).
  let taken = select(cands)
  for (let round = 0; round < 3; round++) {
    const ends = new Set(taken.map((t) => t.end))
    const starts = new Set(taken.map((t) => t.start))
    let boosted = false
    for (const c of cands) {
      if (c.score >= NAME_THRESHOLD || c.rule.endsWith('+list')) continue
      if ((text[c.start - 1] === '、' && ends.has(c.start - 1)) || (text[c.end] === '、' && starts.has(c.end + 1))) {
        c.score += LIST_BONUS
        c.rule += '+list'
        boosted = true
      }
    }
    if (!boosted) break
    taken = select(cands)
  }
  return taken
}

const LIST_BONUS = 3

/** Best-first, non-overlapping candidates above the threshold. */
function select(cands: NameMention[]): NameMention[] {
  cands.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start))
  const taken: NameMention[] = []
  const used = new Set<number>()
  for (const c of cands) {
    if (c.score < NAME_THRESHOLD) break
    let free = true
    for (let k = c.start; k < c.end && free; k++) if (used.has(k)) free = false
    if (!free) continue
    for (let k = c.start; k < c.end; k++) used.add(k)
    taken.push(c)
  }
  return taken.sort((a, b) => a.start - b.start)
}
