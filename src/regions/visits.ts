import { CppccNlpError } from '../errors.js'
import { reversedKey, Trie } from '../lexicon/trie.js'
import { isAncestor } from '../places/gazetteer.js'
import type { PlaceMention } from '../places/types.js'
import type { Tokens } from '../segment/tokens.js'
import type { TsvRow } from '../resources/data-files.js'
import { isHan, UnitSet } from '../text/chars.js'
import { placesIn, sentenceStart } from './spans.js'

/** The words of a visit to the page's own region (一行 + 来 + 我市): data/visit-home.tsv, keys reversed. */
export type VisitWords = {
  leads: Trie<true>; verbs: Trie<true>; we: string
  /** The one-character level words (市, 县, 镇 …), by code unit: tested at every position of a text. */
  levels: UnitSet
  /** The verbs of coming that point to the page's own side without 我 (来 of 一行来镇). */
  toward: Trie<true>
  /** The measure words of a count of the visitors (人 of 一行6人), and whether a code unit is a numeral. */
  counts: Trie<true>; isNumeral: (c: number) => boolean
  /** The words that make a written place no base of a lifted relative word (src/regions/lift.ts). */
  notBase: NotBaseWords
  /**
   * The host written by one character after a verb of coming (来启考察, 来丰调研): the words of the visit after
   * that character (forward keys); whether a character begins a county or a city the gazetteer knows (启 of 启东; not 年
   * of 来年); whether the segmenter's dictionary holds a word (来年, 来往, 来访, 来华: no verb and host); the characters
   * after 来 that begin such a place but name a place of the host's, not the host (来馆参观, 来站, 来社).
   */
  hostShort: { visit: Trie<true>; notHost: UnitSet; beginsPlace: (c: number) => boolean; isWord: (w: string) => boolean }
  /** A paragraph that goes on with a trip: `during`, words of its first clause (考察期间); `then`, words opening it (随后). */
  trip: { during: readonly string[]; then: readonly string[] }
}

/**
 * Words around a place that is not the page's own (data/visit-home.tsv): `learn` and `born` end right before it,
 * keys reversed (学习安吉县, 祖籍丰县); `native` starts right after it (湖南桃源人).
 */
export type NotBaseWords = { learn: Trie<true>; born: Trie<true>; native: Trie<true> }

const COMMA = /^[，,]$/

/**
 * The places the visitors of a visit to the page's own region come from: those written in the sentence
 * before the lead of 一行来我市 (台州市政协主席王伟一行来我市考察), or of 一行来镇 where a verb of coming here
 * stands alone before the level (苏东一行6人来镇参观). One pass over the text for the level characters.
 */
export function visitorPlaces(text: string, tokens: Tokens, ms: readonly PlaceMention[], words: VisitWords): Set<PlaceMention> {
  const out = new Set<PlaceMention>()
  if (!words.we) return out
  for (let i = 1; i < text.length; i++) {
    if (!words.levels.has(text.charCodeAt(i))) continue
    const ours = text.startsWith(words.we, i - words.we.length)
    // Without 我 the level is a word of its own (来/镇/参观; not 来/市场, 来/镇江).
    const verb = ours ? words.verbs.longestEndingAt(text, i - words.we.length) : tokens.isEnd[i + 1] === 1 ? words.toward.longestEndingAt(text, i) : undefined
    const lead = verb ? leadBefore(text, verb.start, words) : undefined
    if (!lead) continue
    for (const m of placesIn(ms, sentenceStart(text, lead.start), lead.start)) out.add(m)
  }
  // The host written in full after a verb of coming, which speaks from the host's side (芜湖市侨联…分管领导来南谯区考察; not
  // 到, 来到: the travellers' own pages write them too): the places before the lead, or before the verb where a place ends
  // right at it (芜湖市弋江区来南谯区考察交流), are the visitors', not the host itself.
  const ends = new Set(ms.filter((m) => m.division).map((m) => m.end))
  for (const h of ms) {
    if (!h.division) continue
    const verb = words.toward.longestEndingAt(text, h.start)
    if (!verb) continue
    // The lead, or the visitors' place itself right before the verb (title: 芜湖市弋江区来南谯区考察交流).
    const end = leadBefore(text, verb.start, words)?.start ?? (ends.has(verb.start) ? verb.start : undefined)
    // …but a place that lies inside the host comes to its own city, no visitor (南谯区政协…一行来滁州市政协汇报: 区政协 stays the district's).
    if (end !== undefined) for (const m of placesIn(ms, sentenceStart(text, end), end)) if (m.division !== h.division && !(m.division && isAncestor(h.division, m.division))) out.add(m)
  }
  // The host written by one character between a verb of coming and the visit (建德市政协来启考察调研): one that begins a
  // county or a city and makes no word of the dictionary with the verb (not 来年, 来往, 来访, 来华).
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isHan(c) || words.levels.has(c) || words.hostShort.notHost.has(c) || !words.hostShort.beginsPlace(c) || !words.hostShort.visit.longestAt(text, i + 1)) continue
    const verb = words.toward.longestEndingAt(text, i)
    if (verb && words.hostShort.isWord(text.slice(i - 1, i + 1))) continue
    const lead = verb ? words.leads.longestEndingAt(text, verb.start) : undefined
    if (lead) for (const m of placesIn(ms, sentenceStart(text, lead.start), lead.start)) out.add(m)
  }
  return out
}

/** The lead ending at `at`, or before a comma (…一行，来我市) or a count of the visitors (…一行6人来我市). */
function leadBefore(text: string, at: number, words: VisitWords): { start: number } | undefined {
  const lead = words.leads.longestEndingAt(text, at)
  if (lead) return lead
  if (COMMA.test(text[at - 1] ?? '')) return words.leads.longestEndingAt(text, at - 1)
  const count = words.counts.longestEndingAt(text, at)
  let k = count ? count.start : at
  while (k > 0 && words.isNumeral(text.charCodeAt(k - 1))) k--
  return count && k < count.start ? words.leads.longestEndingAt(text, k) : undefined
}

/**
 * Reads data/visit-home.tsv: leads and verbs, keys reversed (read backwards from 我), and the words of no base; `hostVisits`,
 * the words of a visit after a host of one character (data/visit-verbs.tsv, host 1); `beginsPlace`, the gazetteer's
 * initials of counties and cities; `isWord`, the segmenter's dictionary.
 */
export function visitWords(rows: readonly TsvRow[], levelChars: string, isNumeral: (c: number) => boolean, hostVisits: readonly string[] = [], beginsPlace: (c: number) => boolean = () => false, isWord: (w: string) => boolean = () => false): VisitWords {
  const leads = new Trie<true>()
  const verbs = new Trie<true>()
  const counts = new Trie<true>()
  const toward = new Trie<true>()
  const notBase: NotBaseWords = { learn: new Trie<true>(), born: new Trie<true>(), native: new Trie<true>() }
  const visit = new Trie<true>()
  for (const w of hostVisits) visit.add(w, true)
  let notHost = ''
  let we = ''
  const trip = { during: [] as string[], then: [] as string[] }
  for (const r of rows) {
    const [word = '', role = ''] = r.cells
    if (word && role === 'we') { we = word; continue }
    if (word && role === 'native') { notBase.native.add(word, true); continue }
    if (word && role === 'not-host') { notHost += word; continue }
    if (word && (role === 'during' || role === 'then')) { trip[role].push(word); continue }
    const t = role === 'lead' ? leads : role === 'verb' || role === 'toward' ? verbs : role === 'count' ? counts : role === 'learn' || role === 'born' ? notBase[role] : undefined
    if (!word || !t) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a word and its role (lead, verb, toward, count, we, learn, born, native, not-host, during, then), got ${role}`)
    if (role === 'toward') toward.add(reversedKey(word), true)
    t.add(reversedKey(word), true)
  }
  return { leads, verbs, we, levels: UnitSet.of([levelChars]), counts, isNumeral, toward, notBase, hostShort: { visit, notHost: UnitSet.of([notHost]), beginsPlace, isWord }, trip }
}

// The end of a paragraph's first clause.
const FIRST_CLAUSE_END = /[，。；！？：,;!?:\n]/

/** Whether the paragraph text `para` goes on with a trip (考察期间，…; 随后，…): data/visit-home.tsv, during and then. */
export function continuesTrip(para: string, trip: VisitWords['trip']): boolean {
  const s = para.trimStart()
  const end = s.search(FIRST_CLAUSE_END)
  const first = end < 0 ? s : s.slice(0, end)
  return trip.then.some((w) => s.startsWith(w)) || trip.during.some((w) => first.includes(w))
}
