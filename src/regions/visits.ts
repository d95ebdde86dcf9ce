import { CppccNlpError } from '../errors.js'
import { Trie } from '../lexicon/trie.js'
import type { PlaceMention } from '../places/types.js'
import type { TsvRow } from '../resources/data-files.js'
import { partitionPoint } from '../text/bisect.js'

/** The words of a visit to the page's own region (一行 + 来 + 我市): data/visit-home.tsv, keys reversed. */
export type VisitWords = { leads: Trie<true>; verbs: Trie<true>; we: string; levelChars: string }

// Where a sentence begins.
const SENTENCE = /[。；;！？!?\n]/
const COMMA = /^[，,]$/

/**
 * The places the visitors of a visit to the page's own region come from: those written in the sentence
 * before the lead of 一行来我市 (台州市政协主席王伟一行来我市考察). One pass over the text for 我 (the word `we`) + a level.
 */
export function visitorPlaces(text: string, ms: readonly PlaceMention[], words: VisitWords): Set<PlaceMention> {
  const out = new Set<PlaceMention>()
  if (!words.we) return out
  for (let i = text.indexOf(words.we); i >= 0; i = text.indexOf(words.we, i + 1)) {
    if (!words.levelChars.includes(text[i + 1] ?? '\n')) continue
    const verb = words.verbs.longestEndingAt(text, i)
    // A comma may set the verb apart from the lead (聊城市政协主席曾晓黎一行，来我市考察).
    const lead = verb ? words.leads.longestEndingAt(text, verb.start) ?? (COMMA.test(text[verb.start - 1] ?? '') ? words.leads.longestEndingAt(text, verb.start - 1) : undefined) : undefined
    if (!lead) continue
    let s = lead.start
    while (s > 0 && !SENTENCE.test(text[s - 1]!)) s--
    for (let k = partitionPoint(ms.length, (j) => ms[j]!.start < s); k < ms.length && ms[k]!.end <= lead.start; k++) if (ms[k]!.division) out.add(ms[k]!)
  }
  return out
}

/** Reads data/visit-home.tsv: leads and verbs, keys reversed (read backwards from 我). */
export function visitWords(rows: readonly TsvRow[], levelChars: string): VisitWords {
  const leads = new Trie<true>()
  const verbs = new Trie<true>()
  let we = ''
  for (const r of rows) {
    const [word = '', role = ''] = r.cells
    if (word && role === 'we') { we = word; continue }
    const t = role === 'lead' ? leads : role === 'verb' ? verbs : undefined
    if (!word || !t) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a word and its role (lead, verb, we), got ${role}`)
    t.add([...word].reverse().join(''), true)
  }
  return { leads, verbs, we, levelChars }
}
