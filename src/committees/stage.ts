import type { Trie } from '../lexicon/trie.js'
import { defineStage } from '../pipeline/stage.js'
import type { Committee } from '../schema/result.js'
import { spanMaker } from '../spans/index.js'
import { articleAt } from '../structure/types.js'
import { findBodyMentions, INNER_RULE, SHARED_RULE } from './extract.js'
import { withoutOwnMembers } from './own-members.js'
import { listedSpecial, shortFormKeys } from './short-forms.js'
import { FACULTY_SHORT_RULE } from './faculties.js'
import { keyPrefix, keyRegion } from './grammar.js'
import { bareParties, bodyMentionOf, departmentLeads, type BodyMention } from './types.js'
import { COMMITTEE, CPPCC, NATIONAL } from '../text/grammar.js'

/**
 * Stage: public body mentions, and the committees: one per body (mentions of one key), named by its
 * first mention of the highest rank (GUIDE.md: the first full form), with all its mentions.
 */
export const committeesStage = defineStage({
  name: 'committees',
  needs: ['text', 'structure', 'tokens', 'placeMentions', 'homes', 'relative', 'english'],
  provides: ['bodyMentions', 'committees'],
  run(doc, res) {
    const text = doc.get('text')
    const structure = doc.get('structure')
    const places = doc.get('placeMentions')
    const homes = doc.get('homes')
    const relative = doc.get('relative')
    const found = findBodyMentions({ text: text.text, tokens: doc.get('tokens'), places, relativeWords: res.relative, relative, roleAt: (t, at) => res.persons.roleAt(t, at), idf: res.segmentation.lexicon.idf, home: (pos) => homes[articleAt(structure, pos)] ?? null, article: (pos) => articleAt(structure, pos) }, res.bodies, res.numerals)
    // Hong Kong, Macao and Taiwan have no CPPCC committee and no party committee of their own (data/outside-regions.txt):
    // 港澳政协委员 and 香港政协委员 are members from there of another one, as the English side reads "Hong Kong CPPCC
    // members" (dev 307, 972), and 省政协港澳委员会 names no 澳门 party committee (dev 525).
    const chinese = found.filter((m) => !(OUTSIDE_NONE.has(m.kind) && m.division !== null && res.outsideRegions.has(m.division.name)))
    const english = doc.get('english').bodyMentions
    // (None on a page without Chinese bodies: the persons lexicon stays unread there.)
    const own = chinese.length ? withoutOwnMembers(text.text, chinese, res.bodies.ownMembers, res.bodies.partyTitles, res.persons, doc.get('tokens')) : chinese
    const written = english.length ? [...own, ...english].sort((a, b) => a.start - b.start) : own
    // A special committee written short beside its full form is one body (short-forms.ts).
    const toFull = shortFormKeys(written, res.bodies.specialEndWords, (part) => listedSpecial(res.bodies, part))
    const fullKeys = remapKeys(written, toFull)
    // A region + a party's bare name beside a committee of that party there written with its level is that committee (README).
    const bodyMentions = remapKeys(fullKeys, levelledParties(fullKeys, res.bodies.partyNames, res.bodies.partyOrganLevels))
    const span = spanMaker(doc.input, text, structure)
    const byKey = new Map<string, { c: Committee; rank: number }>()
    for (const m of bodyMentions) {
      const s = span(m.start, m.end)
      const name = ownBrackets(m.name, s.text)
      let e = byKey.get(m.key)
      if (!e) {
        e = { c: { name, kind: m.kind, region: m.region, term: null, session: null, mentions: [], source: m.rule }, rank: m.rank }
        byKey.set(m.key, e)
      } else if (m.rank > e.rank) {
        e.c.name = name
        e.rank = m.rank
      }
      e.c.term ??= m.term
      e.c.session ??= m.session
      e.c.mentions.push(s)
    }
    // Mentions of one body carry its name, as persons' org does.
    const nameOf = new Map([...byKey].map(([k, e]) => [k, e.c.name]))
    // A democratic party written only without its level (China Zhi Gong Party, CNDCA) is no listed body, as on Chinese
    // pages (民建会员, 九三学社成立七十一周年: not bodies); its mentions still own their persons and cover their words.
    const bareKeys = bareParties(english)
    const bare = new Set([...byKey].filter(([k, e]) => bareKeys.has(k) && e.c.source === 'english:fixed').map(([, e]) => e.c))
    const leads = firmLeads(bodyMentions, nameOf, res.bodies.enterpriseEnds)
    for (const k of departmentLeads(english)) leads.add(k)
    const committees = withHeadCppcc([...byKey].filter(([k]) => !leads.has(k)).map(([, e]) => e.c), text.text, bodyMentions, nameOf, span)
    // An institution written inside a party branch's name names itself, not the titles after the branch (persons); a body
    // sharing another's words leaves them to that one.
    const handed = bodyMentions.filter((m) => m.rule !== INNER_RULE && m.rule !== SHARED_RULE)
    return { bodyMentions: handed.map((m) => bodyMentionOf(m, nameOf.get(m.key)!)), committees: committees.filter((c) => !isEnterprise(c, res.bodies.enterpriseEnds) && !bare.has(c) && c.source !== FACULTY_SHORT_RULE) }
  },
})

/**
 * The keys of a democratic party written as a region + its bare name (平阳民建 → 平阳县民建, 青岛民盟) on a page that
 * writes a committee of that party and region with its level (民建平阳县总支): that committee, the bare name being a
 * further mention of it (README: "on a page that writes a level of that party its bare name is a further mention of
 * that body"; dev 118). Where the page writes no such committee the bare form stays a body of its own (泸县民盟, dev 929).
 */
function levelledParties(mentions: readonly BodyMention[], parties: ReadonlySet<string>, levels: ReadonlyMap<string, number>): Map<string, string> {
  // The bare form's party, by key (平阳县|民建委 → 民建).
  const bare = new Map<string, string>()
  for (const m of mentions) {
    if (m.kind !== 'democratic-party' || m.region === null || !m.name.startsWith(m.region)) continue
    const rest = m.name.slice(m.region.length)
    if (parties.has(rest) && !bare.has(m.key)) bare.set(m.key, rest)
  }
  if (!bare.size) return new Map()
  // The highest committee of each region and party written with its level (its key: 平阳县|民建总支; the first of that
  // level), never a branch named by its number (民建平阳县第一支部: data/party-organ-levels.tsv), and the keys written so.
  const levelled = new Map<string, { key: string; level: number }>()
  const written = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'democratic-party' || m.region === null) continue
    const rest = m.name.startsWith(m.region) ? m.name.slice(m.region.length) : ''
    if (parties.has(rest)) continue
    written.add(m.key)
    const region = keyRegion(m.key)
    if (region !== m.region) continue
    const id = m.key.slice(region.length + 1)
    for (const p of parties) {
      // …a branch found after its committee keyed with 委 before its organ (仙游县|九三学社委支社).
      const organ = id.startsWith(p) ? id.slice(p.length) : undefined
      const level = organ === undefined ? undefined : levels.get(organ) ?? (organ.startsWith(COMMITTEE) ? levels.get(organ.slice(COMMITTEE.length)) : undefined)
      const at = keyPrefix(m.region, p)
      if (level !== undefined && level > (levelled.get(at)?.level ?? 0)) levelled.set(at, { key: m.key, level })
    }
  }
  const out = new Map<string, string>()
  for (const [k, party] of bare) {
    const to = levelled.get(keyPrefix(keyRegion(k), party))?.key
    if (to && to !== k && !written.has(k)) out.set(k, to)
  }
  return out
}

/** The mentions with each key the map holds changed to the key it maps to (the same array where the map is empty). */
function remapKeys(mentions: BodyMention[], map: ReadonlyMap<string, string>): BodyMention[] {
  if (!map.size) return mentions
  return mentions.map((m) => {
    const to = map.get(m.key)
    return to === undefined ? m : { ...m, key: to }
  })
}

// The kinds of body the divisions of data/outside-regions.txt do not have.
const OUTSIDE_NONE: ReadonlySet<Committee['kind']> = new Set(['cppcc', 'party'])

/**
 * The committees with 全国政协 where the page writes it only at the head of a special committee's name (全国政协民宗委,
 * 全国政协社会和法制委员会 and no 全国政协 alone): it is a body the page names (the dev gold lists a special committee's
 * 政协 with it in 179 of 184 entries, every national one), named by the head of the special committee's name, placed
 * before it, with the head of its first mention as its mention. Only the national one: on dev, four of the five pages whose
 * gold leaves the 政协 out are of a city or county (156, 175, 218, 228), and a local rule scores no better there.
 */
function withHeadCppcc(committees: Committee[], text: string, mentions: readonly BodyMention[], nameOf: ReadonlyMap<string, string>, span: (start: number, end: number) => Committee['mentions'][number]): Committee[] {
  const names = new Set(committees.map((c) => c.name))
  // The first mention of each special committee's name, in one pass.
  const firstOf = new Map<string, BodyMention>()
  for (const m of mentions) {
    const name = m.kind === 'cppcc-special' ? nameOf.get(m.key) : undefined
    if (name !== undefined && !firstOf.has(name)) firstOf.set(name, m)
  }
  const out: Committee[] = []
  for (const c of committees) {
    const k = c.kind === 'cppcc-special' && c.region === NATIONAL ? c.name.indexOf(CPPCC) : -1
    const head = k > 0 ? c.name.slice(0, k + CPPCC.length) : ''
    const first = head && !names.has(head) ? firstOf.get(c.name) : undefined
    // 政协 is sought inside the mention only.
    const inSpan = first ? text.slice(first.start, first.end).indexOf(CPPCC) : -1
    const at = first && inSpan >= 0 ? first.start + inSpan : -1
    if (first && at >= 0 && at + CPPCC.length < first.end) {
      names.add(head)
      out.push({ name: head, kind: 'cppcc', region: c.region, term: null, session: null, mentions: [span(first.start, at + CPPCC.length)], source: 'rule:special-committee-head' })
    }
    out.push(c)
  }
  return out
}

/**
 * The keys of the institutions written only at the head of a firm's name, each mention running straight into the firm
 * found after it (南京师范大学 + 常州合成生物学产业研究院有限公司: dev 1180): the firm's name, no body of their own (README,
 * "Enterprises"). An institution also written alone stays (南京师范大学、常州大学).
 */
function firmLeads(mentions: readonly BodyMention[], nameOf: ReadonlyMap<string, string>, ends: Trie<true>): Set<string> {
  const firmStarts = new Set(mentions.filter((m) => isEnterprise({ name: nameOf.get(m.key)!, kind: m.kind }, ends)).map((m) => m.start))
  const alone = new Set(mentions.filter((m) => !firmStarts.has(m.end)).map((m) => m.key))
  return new Set(mentions.filter((m) => m.kind === 'other' && firmStarts.has(m.end) && !alone.has(m.key)).map((m) => m.key))
}

/**
 * Whether a body is an enterprise, no public body (GUIDE.md: "other named public bodies"): of kind `other`, its
 * name ending in a word of data/enterprise-words.txt (…有限公司, …集团, …厂). It is found all the same, and a
 * person's org still names it; a state organ named like a firm has its own kind and stays.
 */
export function isEnterprise(c: Pick<Committee, 'name' | 'kind'>, ends: Trie<true>): boolean {
  return c.kind === 'other' && ends.longestEndingAt(c.name, c.name.length) !== undefined
}

/**
 * The name with the brackets the page itself printed: normalisation makes them full width for reading
 * (港澳台侨(外事)委员会), but the body part of a name is kept as written (GUIDE.md).
 */
function ownBrackets(name: string, written: string): string {
  if (!HALF_BRACKET.test(written) || FULL_BRACKET.test(written)) return name
  return name.replace(FULL_BRACKETS, (c) => (c === FULL_OPEN ? '(' : ')'))
}
const FULL_OPEN = '\uff08'
const HALF_BRACKET = /[()]/
const FULL_BRACKET = /[\uff08\uff09]/
const FULL_BRACKETS = /[\uff08\uff09]/g
