import type { Division } from '../places/types.js'
import { RELATIVE_ZONE_RULE, type Body, type Found } from './grammar.js'
import { zoneStart } from './heads.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyInput } from './types.js'

// The kind of a department a zone's page may name from the zone (仲恺高新区住建局).
const GOVERNMENT = 'government'
// A zone written alone (开发区) as the object of a verb names a kind of zone (推进开发区建设), not the page's.
const VERB = /^v/
// A zone named once is visited or spoken of (长春市政协视察长春新区): the page's zone is named again.
const NAMED_AGAIN = 2

/**
 * The zone an article is about, by its words (data/zone-words.txt): the one it names most, twice or more, with a name of its
 * own (仲恺高新区, 松山新区), else the one zone word it writes alone and not after a verb, twice or more (高新区作为我市…), else none.
 */
export function articleZones(input: BodyInput, lex: BodyLexicon): (pos: number) => string | null {
  let byArticle: Map<number, string | null> | undefined
  return (pos) => {
    byArticle ??= zonesOfArticles(input, lex)
    return byArticle.get(input.article?.(pos) ?? 0) ?? null
  }
}

/** The zone of each article that has one (articleZones), read in one pass over the tokens of the text. */
function zonesOfArticles(input: BodyInput, lex: BodyLexicon): Map<number, string | null> {
  const { text, tokens } = input
  const covered = new Uint8Array(text.length)
  const counts = new Map<number, { proper: Map<string, number>; bare: Map<string, number> }>()
  tokens.list.forEach((w, j) => {
    const s = zoneStart(input, lex, covered, j)
    if (s < 0) return
    const a = input.article?.(w.start) ?? 0
    let c = counts.get(a)
    if (!c) counts.set(a, (c = { proper: new Map(), bare: new Map() }))
    const name = text.slice(s, w.end)
    const word = lex.zoneEnds.longestEndingAt(text, w.end)!
    if (s < word.start) c.proper.set(name, (c.proper.get(name) ?? 0) + 1)
    else if (!(j > 0 && VERB.test(tokens.list[j - 1]!.pos) && tokens.list[j - 1]!.end === w.start)) c.bare.set(name, (c.bare.get(name) ?? 0) + 1)
  })
  const zones = new Map<number, string | null>()
  for (const [a, { proper, bare }] of counts) {
    let zone: string | null = null
    let most = 0
    for (const [n, c] of proper) if (c > most && c >= NAMED_AGAIN) [zone, most] = [n, c]
    const [only] = bare
    if (!zone && bare.size === 1 && only![1] >= NAMED_AGAIN) zone = only![0]
    zones.set(a, zone)
  }
  return zones
}

/**
 * A body of a zone written with a relative word (区党工委, 区住建局, 本区 …) on a page about that zone where the word names
 * no division (dev 361: 我区 and 高新区, no district; dev 1116 区住建局 of 仲恺高新区住建局): the zone's body, named from the
 * zone (高新区党工委), in the page's home as the zone's own bodies are (heads.ts). Null where the body is none of a zone's.
 */
export function zoneRelative(input: BodyInput, lex: BodyLexicon, zoneAt: (pos: number) => string | null, start: number, relEnd: number, b: Body): Found | null {
  const { text } = input
  const organ = lex.zoneOrgans.has(b.organ.id)
  if (!organ && b.kind !== GOVERNMENT) return null
  const zone = zoneAt(start)
  // The relative word is the zone's (区 of 高新区), not a town's or a city's.
  if (!zone || text.charCodeAt(relEnd - 1) !== zone.charCodeAt(zone.length - 1)) return null
  const name = zone + text.slice(relEnd, b.end)
  // A department is the zone's only where the page writes it so (仲恺高新区住建局 … 区住建局); else the district's, whose
  // departments a zone's page names too (dev 757: 区卫健委 on the page of 雨花经济开发区 is 雨花台区's).
  if (!organ && !text.includes(name)) return null
  const region: Division | null = input.home?.(start) ?? null
  return { start, end: b.end, name, key: name, rank: 1, kind: b.kind, region: region?.name ?? null, division: region, rule: RELATIVE_ZONE_RULE }
}

/** Where a zone's name ends in a body named from it (松山新区 of 松山新区工委), or 0 where it is named from no zone. */
export function zoneNameEnd(lex: BodyLexicon, name: string): number {
  let e = name.length - 1
  while (e > 0 && lex.zoneEnds.longestEndingAt(name, e) === undefined) e--
  return e
}
