import type { Trie } from '../lexicon/trie.js'
import type { Division, PlaceMention } from '../places/types.js'
import type { RelativeLevel } from '../regions/words.js'
import type { CommitteeKind } from '../schema/result.js'
import type { Tokens } from '../segment/tokens.js'

/** A public body mention (normalized coordinates): its name as the result reports it, and its identity. */
export type BodyMention = {
  start: number; end: number
  /** The region's official name + the body as written (长春市发改委). */
  name: string
  /** Same for every written form of one body (长春市|发展改革委): mentions with one key are one entity. */
  key: string
  /**
   * How fully this mention names the body: 2 with its region written out and no form cut short, 1
   * with a relative region (市发改委), 0 a short form (区统战部, 市民进) or one with a term (第八届委员会).
   * The entity takes its name from its first mention of the highest rank (GUIDE.md: the first full form).
   */
  rank: number
  kind: CommitteeKind; region: string | null; division: Division | null
  term: number | null; session: number | null; rule: string
}

/**
 * A mention with every field, in the order of BodyMention (term and session null unless given), named `name`: the
 * mentions a stage hands on then share one object shape. Built by spreading, they came in two key orders (term and
 * session first, from findBodyMentions, or last), and the optimised code that reads them downstream (persons,
 * regions) was thrown away ('wrong map') and compiled again whenever a page brought the other one.
 */
export function bodyMentionOf(m: Omit<BodyMention, 'term' | 'session'> & Partial<Pick<BodyMention, 'term' | 'session'>>, name = m.name): BodyMention {
  return { start: m.start, end: m.end, name, key: m.key, rank: m.rank, kind: m.kind, region: m.region, division: m.division, term: m.term ?? null, session: m.session ?? null, rule: m.rule }
}

/** What finding bodies reads: the text's words and places, and how to resolve a relative region word. */
export type BodyInput = {
  text: string; tokens: Tokens; places: readonly PlaceMention[]
  /** Words for the region an article is about (市, 街道), and how to resolve one at a position. */
  relativeWords: Trie<RelativeLevel>; relative: (pos: number, rel: RelativeLevel) => Division | null
  /** The role word starting at `at` (委员, 代表, 主席), if one does: a body ends before it (全国人大代表). */
  roleAt: (text: string, at: number) => string | undefined
  /** The segmenter corpus's inverse document frequency of a word, unknown for the rarest (src/segment/lexicon.ts). */
  idf?: (word: string) => number | undefined
  /** The home region of the article at a position (src/regions/home.ts), where known. */
  home?: (pos: number) => Division | null
  /** The index of the article at a position (src/structure), where known: an archive page holds several. */
  article?: (pos: number) => number
}

/**
 * The keys of the democratic parties an English page writes only by their bare name (China Zhi Gong Party, CNDCA: rule
 * english:fixed) and never with a level: no listed body and no person's org, as on Chinese pages (民建会员: no body).
 */
export function bareParties(mentions: readonly BodyMention[]): Set<string> {
  const levelled = new Set(mentions.filter((m) => m.rule !== 'english:fixed').map((m) => m.key))
  return new Set(mentions.filter((m) => m.kind === 'democratic-party' && m.rule === 'english:fixed' && !levelled.has(m.key)).map((m) => m.key))
}

/** The rules that name a department or organ with the regional body it belongs to after "of" (English). */
const OF_BODY_RULES: ReadonlySet<string> = new Set(['english:department-of', 'english:organ-of'])

/**
 * The keys of the English bodies written only at the end of a department's or organ's name (United Front Work Department
 * of the Jinhua Municipal Party Committee, and that committee nowhere else): the department's name, no body of its own,
 * as 金华市委统战部 lists no 金华市委 (en dev 525, 641; gold 242, 250, 454, 596 alike). A body also written alone stays.
 */
export function departmentLeads(mentions: readonly BodyMention[]): Set<string> {
  const outerEnds = new Map<number, number>()
  for (const m of mentions) if (OF_BODY_RULES.has(m.rule)) outerEnds.set(m.end, Math.min(m.start, outerEnds.get(m.end) ?? m.start))
  const inside = (m: BodyMention) => !OF_BODY_RULES.has(m.rule) && (outerEnds.get(m.end) ?? Infinity) < m.start
  const alone = new Set(mentions.filter((m) => !inside(m)).map((m) => m.key))
  return new Set(mentions.filter((m) => inside(m) && !alone.has(m.key)).map((m) => m.key))
}
