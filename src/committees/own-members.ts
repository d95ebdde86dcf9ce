import type { Trie } from '../lexicon/trie.js'
import type { PersonLexicon } from '../persons/lexicon.js'
import type { CommitteeKind } from '../schema/result.js'
import { tokenStartingAt, type Tokens } from '../segment/tokens.js'
import { isHan } from '../text/chars.js'
import { LIST_MARKS } from '../text/grammar.js'
import type { BodyMention } from './types.js'

// A relative party committee as written: the relative word and 委 (市委, 区委).
const RELATIVE_COMMITTEE = 2
const PARTY: CommitteeKind = 'party'
const DEMOCRATIC_PARTY: CommitteeKind = 'democratic-party'
const ALPHANUMERIC = /[0-9A-Za-z\uff10-\uff19]/
const NAME_TAGS = new Set(['nr', 'nrfg', 'x'])
/** Every run of a relative committee's length in `w` (民盟市委 → 民盟, 盟市, 市委). */
function* relativeForms(w: string): Generator<string> {
  for (let i = 0; i + RELATIVE_COMMITTEE <= w.length; i++) yield w.slice(i, i + RELATIVE_COMMITTEE)
}
const allHan = (text: string, s: number, e: number) => { for (let k = s; k < e; k++) if (!isHan(text.charCodeAt(k))) return false; return true }

/**
 * The mentions without the relative party committees written before a word for their members (市委 + 委员) on a
 * page that names a democratic party's committee written with the same relative form (民盟市委, 民革常州市委): there
 * they are that party's committee, written already (部分市委委员列席会议: the 民盟市委's members). Only where the
 * nearest committee before written with the form is not the CPC's (中共市委 … 市委委员), and neither a title chain (市委委员、宣传部部长:
 * a body or a title right after the list mark) nor a person's name (区委委员张强出席) follows: 市委委员 is then the
 * CPC's title.
 */
export function withoutOwnMembers(text: string, ms: BodyMention[], members: Trie<true>, partyTitles: ReadonlySet<string>, p: PersonLexicon, tokens: Tokens): BodyMention[] {
  const forms = new Set<string>()
  for (const m of ms) {
    if (m.kind === DEMOCRATIC_PARTY) for (const f of relativeForms(text.slice(m.start, m.end))) forms.add(f)
  }
  if (!forms.size) return ms
  const starts = new Set(ms.map((m) => m.start))
  // A name right after the word: a surname and one or two Han characters, no common word of the segmenter that
  // covers them (全体/n, 全体出席/n),
  // then the text's end, a mark (no digit: 委员于3月5日), or a verb of presence or speech.
  const ends = (e: number) => e >= text.length || (!isHan(text.charCodeAt(e)) && !ALPHANUMERIC.test(text[e]!)) || p.presenceAt(text, e) !== undefined || p.verbAt(text, e) !== undefined
  const word = (s: number, e: number) => { const t = tokenStartingAt(tokens, s); return t !== undefined && t.end >= e && !NAME_TAGS.has(t.pos) }
  const reads = (s: number, e: number) => e <= text.length && allHan(text, s, e) && !word(s, e) && ends(e)
  const named = (e: number) => p.surnameStart.has(text.charCodeAt(e)) && (reads(e, e + 2) || reads(e, e + 3))
  // A CPC title chain: a body or a title that is no democratic party's (副主委) right after the list mark.
  const chain = (e: number) => {
    if (text[e] !== LIST_MARKS[0]) return false
    const role = p.roleAt(text, e + 1)
    return starts.has(e + 1) || (role !== undefined && !partyTitles.has(role))
  }
  // The kind of the nearest committee before written with each form (民盟市委 → democratic-party; 中共市委 → party; not
  // a department of the CPC's, 市委统战部, which a democratic party's page names beside its own committee).
  const last = new Map<string, CommitteeKind>()
  const drop = new Set<BodyMention>()
  // The mentions are in text order (extract.ts sorts them).
  for (const m of ms) {
    const w = text.slice(m.start, m.end)
    const e = m.end - m.start === RELATIVE_COMMITTEE && m.kind === PARTY && forms.has(w) ? members.longestAt(text, m.end)?.end : undefined
    if (e !== undefined && last.get(w) !== PARTY && !chain(e) && !named(e)) { drop.add(m); continue }
    // The forms it writes: a democratic party's committee every form in it (each one of `forms`), the CPC's the one it ends in.
    if (m.kind === DEMOCRATIC_PARTY) for (const f of relativeForms(w)) last.set(f, m.kind)
    else if (m.kind === PARTY && forms.has(w.slice(-RELATIVE_COMMITTEE))) last.set(w.slice(-RELATIVE_COMMITTEE), m.kind)
  }
  return drop.size ? ms.filter((m) => !drop.has(m)) : ms
}
