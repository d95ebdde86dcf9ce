import { LIST_MARKS } from '../text/grammar.js'
import { every, isHan } from '../text/chars.js'
import { keyPrefix } from './grammar.js'
import type { BodyInput, BodyMention } from './types.js'
import type { BodyLexicon } from './lexicon.js'

// The list mark that parts items of one list (、); 和/与/及 may join the words of one name (海洋发展和渔业局).
const MARK = LIST_MARKS[0]!
// What may end the last item of a list besides another mark.
const ITEM_END = /[，。；：！？\n]/
// How long an item's stem may be (沙澧河建管委, 军队离退休干部休养所: 9).
const STEM_MIN = 2
const STEM_MAX = 10
const KINDS: ReadonlySet<string> = new Set(['government'])

/**
 * Offices of a region written as items of a list of its departments whose stem is no word of the lexicon (市卫计委、市环保局、
 * 市沙澧河建管委 → 漯河市沙澧河建管委; 市发改委、铁航办、交通局 → 柳州市铁航办; 区信息委、区经委 → 宝山区信息委): an item
 * between list marks, right beside a government department found with its region, ending in a character of
 * data/list-item-finals.txt, written with the same relative region word as that department (市 … 市) or, between two
 * marks, with none. No item where a body was found inside it (区委常委, 县政协办) or a word of data/list-item-stops.txt is in it (县直有关委办局).
 */
export function listItemOffices(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array): BodyMention[] {
  const { text } = input
  const out: BodyMention[] = []
  const seen = new Set<number>()
  const free = (s: number, e: number) => every(text, s, e, isHan) && !covered.subarray(s, e).includes(1)
  const generic = (s: number, e: number) => lex.listStops.some((w) => text.slice(s, e).includes(w))
  const item = (m: BodyMention, s: number, e: number, bareOk: boolean) => {
    if (seen.has(s) || e - s < STEM_MIN || !free(s, e) || !lex.listFinals.has(text[e - 1]!)) return
    const mine = input.relativeWords.longestAt(text, m.start)
    const own = input.relativeWords.longestAt(text, s)
    const from = own ? own.end : s
    // …and a bare item only beside a department written with its region's word or name, no zone's (正定片区管委会、经发局).
    if (own ? !mine || text.slice(s, own.end) !== text.slice(m.start, mine.end) : !bareOk || !(mine || text.startsWith(m.region!, m.start))) return
    if (e - from < STEM_MIN || e - from > STEM_MAX || generic(from, e) || input.roleAt(text, from) !== undefined) return
    const stem = text.slice(from, e)
    seen.add(s)
    out.push({ start: s, end: e, name: m.region! + stem, key: keyPrefix(m.region!, stem), rank: 1, kind: 'government', region: m.region, division: m.division, term: null, session: null, rule: 'rule:list+final' })
  }
  for (const m of found) {
    if (!KINDS.has(m.kind) || m.region === null || m.division === null) continue
    // The item after: up to the next mark (bare or not), or to the end of the list (with its region word only).
    if (text[m.end] === MARK) {
      const s = m.end + 1
      for (let e = s + STEM_MIN; e <= s + STEM_MAX + 2 && e <= text.length; e++) {
        const c = text[e] ?? ''
        if (c === MARK) { item(m, s, e, true); break }
        if (ITEM_END.test(c) || !isHan(text.charCodeAt(e))) { item(m, s, e, false); break }
      }
    }
    // The item before, written with the same relative word (区信息委、区经委): the nearest such word before the mark.
    if (text[m.start - 1] === MARK) {
      const e = m.start - 1
      const mine = input.relativeWords.longestAt(text, m.start)
      if (!mine) continue
      const word = text.slice(m.start, mine.end)
      for (let s = e - STEM_MIN - word.length; s >= Math.max(0, e - STEM_MAX - word.length); s--) {
        if (text.startsWith(word, s)) { if (!covered[s - 1]) item(m, s, e, false); break }
      }
    }
  }
  return out
}
