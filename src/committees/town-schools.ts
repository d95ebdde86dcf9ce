import type { Division, PlaceMention } from '../places/types.js'
import type { BodyLexicon, Head } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

// A township's short form drops its own suffix (安厚 of 安厚镇, 光明 of 光明街道: data/division-suffixes.tsv) and keeps
// two units or more.
const STEM_MIN = 2
// A school's name may hold a short word of its own between the township and the head (安厚 + 中心 + 幼儿园, 九峰 +
// 中心小学): one noun of the segmenter of at most so many units.
const LEAD_MAX = 2
const LEAD_POS = /^(?:n|vn|j|nz)$/

/**
 * The short forms of the townships a page writes in full (安厚 of 安厚镇), read once per document: a school named
 * from such a form is that township's (安厚中学, 九峰中心小学 beside 九峰镇; dev 202, 834). Only townships written on
 * the page: a short form alone is an ordinary word too often (大溪, 三合) to be read as a place. Not a word schools are
 * named by everywhere (中心 of 中心镇, 光明 of 光明街道). Longest stems first: 白马寺 before 白马.
 */
export function townStems(places: readonly PlaceMention[], words: BodyLexicon['townSchools']): Map<string, Division> {
  const found: Array<[string, Division]> = []
  for (const p of places) {
    const d = p.division
    if (d?.level !== 'township') continue
    const suffix = words.suffixes.find((s) => d.name.endsWith(s))
    const stem = suffix ? d.name.slice(0, -suffix.length) : ''
    if (stem.length >= STEM_MIN && !words.leads.has(stem)) found.push([stem, d])
  }
  found.sort((a, b) => b[0].length - a[0].length)
  const stems = new Map<string, Division>()
  for (const [stem, d] of found) if (!stems.has(stem)) stems.set(stem, d)
  return stems
}

/**
 * A school named from the short form of a township the page writes in full, kept as written (GUIDE.md: public
 * institutions stay, the name as written), its region that township: 安厚 + 中学, 安厚 + 中心 + 幼儿园, 魏城 + 小学.
 */
export function townSchool(input: BodyInput, stems: ReadonlyMap<string, Division>, covered: Uint8Array, i: number, end: number, head: Head): BodyMention | null {
  if (!stems.size || head.phrase !== 'school') return null
  const { text } = input
  const toks = input.tokens.list
  const bodyStart = end - head.word.length
  const word = toks[i]!
  // Where the township's stem may end: right before the head, or before the lead word (the head's word's own
  // start, or the word before it).
  const ends = [bodyStart]
  const lead = word.start < bodyStart ? word : toks[i - 1]?.end === bodyStart ? toks[i - 1] : undefined
  if (lead && lead.end - lead.start <= LEAD_MAX + (lead === word ? head.word.length : 0) && LEAD_POS.test(lead.pos)) ends.push(lead.start)
  for (const e of ends) {
    for (const [stem, d] of stems) {
      const start = e - stem.length
      if (start < 0 || covered[start] || text.slice(start, e) !== stem) continue
      const name = text.slice(start, end)
      return { start, end, name, key: name, rank: 2, kind: head.kind, region: d.name, division: d, term: null, session: null, rule: 'rule:head:town-school' }
    }
  }
  return null
}
