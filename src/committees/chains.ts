import { COMMITTEE, LIST_MARKS } from '../text/grammar.js'
import { UnitSet } from '../text/chars.js'
import type { PlaceMention } from '../places/types.js'
import { partyCommitteeOfParty, type BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

const LIST = UnitSet.of([LIST_MARKS])
const SENTENCE_END = /[。！？；\n]/
const DEMOCRATIC_PARTY = 'democratic-party'
// How far after the party's committee a title chain may name the committee of a region (民进中央副主席、 → 8 units).
const CHAIN_SPAN = 16

/**
 * A democratic party's committee named by its region alone in a chain of titles after a committee of the party
 * (民进中央副主席、陕西省委会主委 → 民进陕西省委会; 民建中央常委、省委会主委 → 民建 + the province the page is
 * about): after a list mark, a place (with its level word) or a relative region word, then 委 and a word of
 * data/committee-hui.tsv that names the party's committee (委会; not 委会议, 委会同), within CHAIN_SPAN units of
 * the party's committee and in its sentence. 陕西省委 alone stays the Communist Party's committee.
 */
export function chainCommittees(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array, placeAt: ReadonlyMap<number, PlaceMention>): BodyMention[] {
  const { text } = input
  const out: BodyMention[] = []
  for (const m of found) {
    if (m.kind !== DEMOCRATIC_PARTY) continue
    const x = lex.prefixes.longestAt(text, m.start)?.values[0]
    if (!x || x.kind !== DEMOCRATIC_PARTY || !x.keep) continue
    for (let i = m.end; i < m.end + CHAIN_SPAN && i + 1 < text.length && !SENTENCE_END.test(text[i]!); i++) {
      if (!LIST.has(text.charCodeAt(i)) || covered[i + 1]) continue
      const at = i + 1
      const place = placeAt.get(at)
      let end = place?.end ?? -1
      let region = place?.division ?? null
      const own = place ? input.relativeWords.longestAt(text, end) : input.relativeWords.longestAt(text, at)
      if (own && (!place || input.relative(end, own.values[0]!)?.name === region?.name)) {
        if (!place) region = input.relative(at, own.values[0]!)
        end = own.end
      }
      if (!region || end < 0 || !text.startsWith(COMMITTEE, end) || !partyCommitteeOfParty(lex, text, end + 1)) continue
      const organEnd = lex.committeeWords.longestAt(text, end)!.end
      const name = (x.full ?? x.form) + region.name + text.slice(end, organEnd)
      out.push({ start: at, end: organEnd, name, key: `${region.name}|${x.party}${COMMITTEE}`, rank: place ? 2 : 1, kind: DEMOCRATIC_PARTY, region: region.name, division: region, term: null, session: null, rule: 'rule:party-chain' })
      break
    }
  }
  return out
}

/**
 * A region's committee listed right after a democratic party's committee, written without the party (农工党徐汇区委、宝山区委、
 * 长宁区委 → the 农工党's committees of 宝山区 and 长宁区, dev 858): that party's, name as written (dev-pages README: as
 * written, region completed). Only a committee with its region's name (宝山区委; not 市委, which ownPartyCommittees reads),
 * no 中共 before it, no title of the Communist Party's after it (区委书记) and another region than the item before it (民进静安区委、
 * 静安区委: the CPC's); the list runs on through items of the party.
 */
export function listedPartyCommittees(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], cpcTitleAt: (m: BodyMention) => boolean): BodyMention[] {
  const { text } = input
  const byStart = new Map(found.map((m) => [m.start, m]))
  const recast = new Map<BodyMention, BodyMention>()
  for (const m of found) {
    if (m.kind !== DEMOCRATIC_PARTY || !m.region || !m.key.endsWith(COMMITTEE)) continue
    const x = lex.prefixes.longestAt(text, m.start)?.values[0]
    if (!x || x.kind !== DEMOCRATIC_PARTY) continue
    for (let item = m; LIST.has(text.charCodeAt(item.end)); ) {
      const next = byStart.get(item.end + 1)
      if (!next) break
      if (next.kind === DEMOCRATIC_PARTY) { item = next; continue }
      const bare = next.kind === 'party' && next.region !== null && next.key === `${next.region}|${COMMITTEE}` && next.name === text.slice(next.start, next.end)
      // One repeating the region of the party's committee before it is the Communist Party's (民进静安区委、静安区委、区政协).
      if (!bare || next.region === item.region || input.relativeWords.longestAt(text, next.start) || cpcTitleAt(next)) break
      recast.set(next, { ...next, key: `${next.region}|${x.party}${COMMITTEE}`, kind: DEMOCRATIC_PARTY, rule: 'rule:party-list' })
      item = next
    }
  }
  return recast.size ? found.map((m) => recast.get(m) ?? m) : [...found]
}
