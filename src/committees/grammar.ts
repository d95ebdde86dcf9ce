import type { Division } from '../places/types.js'
import type { CommitteeKind } from '../schema/result.js'
import { isHan } from '../text/chars.js'
import { COMMITTEE, CONJUNCTIONS, CPPCC, ORDINAL, SESSION_SOURCE, TERM_SOURCE } from '../text/grammar.js'
import { genericEndAt, longest, organEnds, type BodyLexicon, type Organ, type Part } from './lexicon.js'
import type { BodyMention } from './types.js'

/** An organ and the parts written after it (区委统战部 → 委 + 统战部), ending at `end`. */
export type Body = { organ: Organ; parts: Part[]; end: number; kind: CommitteeKind }

export const CPPCC_KIND: CommitteeKind = 'cppcc'
export const SPECIAL_KIND: CommitteeKind = 'cppcc-special'
// The rule of a zone's body written with a relative word on the zone's page (区党工委 → 高新区党工委: home-zone.ts).
export const RELATIVE_ZONE_RULE = 'rule:relative+zone'
// A term, and a session after it, 第 left out or not (十二届, 第十三届第一次会议, 十三届一次全体会议).
const optionalOrdinal = (source: string) => source.replace(ORDINAL, `${ORDINAL}?`)
const GAP_SOURCE = `${optionalOrdinal(TERM_SOURCE)}(?:${optionalOrdinal(SESSION_SOURCE)})?`
// Sticky, read where the parts would begin: readParts runs at every list mark, so no copy of the text is made for it.
const SESSION_GAP = new RegExp(GAP_SOURCE, 'y')
const TERM_GAP = new RegExp(`${CPPCC}${GAP_SOURCE}`)

/** A special committee's name without the term and session written between 政协 and it (省政协十二届提案委员会 → 省政协提案委员会). */
export const termless = (name: string): string => name.replace(TERM_GAP, CPPCC)

/** A special committee's name without a word of former office written between 政协 and it (达州市政协原学习文史委 → 达州市政协学习文史委). */
export function formerless(lex: BodyLexicon, name: string): string {
  const k = name.indexOf(CPPCC)
  const f = k < 0 ? undefined : lex.formerWords.longestAt(name, k + CPPCC.length)
  return f ? name.slice(0, k + CPPCC.length) + name.slice(f.end) : name
}

/** There is no CPPCC committee below county level: 彭浦镇政协委员工作站 is a members' station. */
export const admissible = (d: Division | null, b: Body): boolean => !(d?.level === 'township' && b.organ.kind === 'cppcc')

/** The parts written from `at` after a body of kind `kind` (统战部 after 委, 文史委 after 政协, 党组 after any). */
export function readParts(lex: BodyLexicon, text: string, at: number, kind: CommitteeKind, wordEnd?: WordEnd): { parts: Part[]; end: number; kind: CommitteeKind } {
  const parts: Part[] = []
  let end = at
  let k = kind
  // A CPPCC committee's term and session may stand before its special committee (省政协十二届提案委员会, 全国政协十三届一次
  // 会议提案委员会): read on after them; the name leaves them out (termless).
  if (kind === CPPCC_KIND) {
    SESSION_GAP.lastIndex = at
    const t = SESSION_GAP.exec(text)
    if (t) {
      const after = readParts(lex, text, at + t[0].length, kind, wordEnd)
      if (after.kind === SPECIAL_KIND) return after
    }
    // …and so may a word of former office, the title's (市政协原学习文史委主任: the 学习文史委, 原主任); the name leaves it out (formerless).
    const f = lex.formerWords.longestAt(text, at)
    if (f) {
      const after = readParts(lex, text, f.end, kind, wordEnd)
      if (after.kind === SPECIAL_KIND) return after
    }
  }
  for (;;) {
    const p = longest(lex.parts, text, end, (e, x) => (x.after === 'any' || x.after === k) && !genericEndAt(lex, text, e)) ?? jointPart(lex, text, end, k, wordEnd)
      ?? (!parts.length && k === PARTY_KIND ? jointOffice(lex, text, end) : null) ?? (k === CPPCC_KIND ? bracketedSpecial(lex, text, end) : null)
      ?? (wordEnd && OPEN_KINDS.has(k) ? openSpecial(lex, text, end, wordEnd, k) : null)
    if (!p) break
    parts.push(p.value)
    end = partEnd(lex, text, p)
    k = p.value.kind
  }
  return { parts, end, kind: k }
}

/**
 * Where a part read at `p.end` ends: one listed in its short form may be written with 委员会 in full (教科卫体委员会),
 * the same part, the name as written (the words that end a committee: data/special-committee-words.txt).
 */
export const partEnd = (lex: BodyLexicon, text: string, p: { end: number; value: Part }): number =>
  p.value.form.endsWith(COMMITTEE) ? Math.max(p.end, lex.specialEnds.longestAt(text, p.end - 1)?.end ?? 0) : p.end

// Two committees joined into one, sharing the final 委: 经科与人资环委, 社会法制与港澳台侨委.
const JOINT = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)[${CONJUNCTIONS}]`)

/**
 * A joint committee: a stem that with 委 would be a part itself, 与/和, and a part (经科 + 与 + 人资环委), or
 * a special committee read as openSpecial reads one (社会法制 + 和 + 港澳台侨民宗委).
 */
function jointPart(lex: BodyLexicon, text: string, at: number, kind: CommitteeKind, wordEnd?: WordEnd): { end: number; value: Part } | null {
  const m = JOINT.exec(text.slice(at, at + 8))
  if (!m) return null
  const first = lex.parts.longestAt(m[1] + COMMITTEE, 0)
  const next = at + m[0].length
  const second = longest(lex.parts, text, next, (_e, x) => x.after === kind) ?? (wordEnd && kind === 'cppcc' ? openSpecial(lex, text, next, wordEnd) : null)
  if (!first || first.end !== m[1]!.length + 1 || first.values[0]!.after !== kind || !second) return null
  return { end: second.end, value: { ...second.value, form: text.slice(at, second.end), id: first.values[0]!.id + second.value.id } }
}

const PARTY_KIND: CommitteeKind = 'party'
const GOVERNMENT_KIND: CommitteeKind = 'government'

/**
 * An office of a party committee and the government of one region, the level written again (区委 + 区政府 + 研究室,
 * 市委 + 市人民政府 + 督查室): one body, its part the government's written after both organs, of kind party as the first
 * organ written (dev 1265).
 */
function jointOffice(lex: BodyLexicon, text: string, at: number): { end: number; value: Part } | null {
  if (at < 2 || text[at - 1] !== COMMITTEE || text[at] !== text[at - 2] || !isHan(text.charCodeAt(at))) return null
  const organ = lex.organs.longestAt(text, at + 1)
  if (!organ || organ.values[0]!.kind !== GOVERNMENT_KIND || organ.values[0]!.short) return null
  const part = longest(lex.parts, text, organ.end, (e, x) => x.after === GOVERNMENT_KIND && !genericEndAt(lex, text, e))
  return part ? { end: part.end, value: { ...part.value, kind: PARTY_KIND, form: text.slice(at, part.end), id: organ.values[0]!.id + part.value.id } } : null
}

/** Whether [start, end) is whole words of the segmenter, all nouns (or 和 between them): 社法 + 环资委. */
export type WordEnd = (start: number, end: number) => boolean

/** The organs after which a committee missing from data/body-parts.tsv is read openly: a CPPCC committee's, a congress's. */
const OPEN_KINDS: ReadonlySet<CommitteeKind> = new Set<CommitteeKind>(['cppcc', 'congress'])

/**
 * A CPPCC special committee written after 政协 and missing from data/body-parts.tsv: a stem of two to
 * eight characters and the first word that ends a committee after it (data/special-committee-words.txt:
 * 社法环资 + 委, 农业和农村 + 专委会), written in whole nouns of the segmenter (not 委 of 委员, not
 * 在中共吉林市委) and with no word of data/not-special-committees.txt in the stem (常务, 机关, 组织).
 * A stem of field words alone (data/special-committee-fields.txt), joined by 和/与/及, is one too, up to
 * sixteen characters and whatever the segmenter made of it: 民族宗教华侨和外事委, 城乡建设资源环境委员会.
 * After a congress (`after` 'congress') the same stem and a word of data/congress-committee-words.txt make
 * one of its committees: 人大常委会 + 农业农村 + 工作委员会, 人大 + 城建环保 + 工委.
 */
export function openSpecial(lex: BodyLexicon, text: string, at: number, wordEnd: WordEnd, after: CommitteeKind = 'cppcc'): { end: number; value: Part } | null {
  // No committee's stem opens with a conjunction: 政协 + 和 + 区卫健委 is the 政协 and another body (和/与 join fields
  // only inside a stem: 社会法制和港澳台侨委).
  if (CONJUNCTIONS.includes(text[at]!)) return null
  const congress = after === 'congress'
  const ends = congress ? lex.congressEnds : lex.specialEnds
  for (let n = 2; n <= FIELD_STEM && at + n < text.length && isHan(text.charCodeAt(at + n - 1)); n++) {
    const w = ends.longestAt(text, at + n)
    if (!w) continue
    const end = w.end
    const words = n <= OPEN_STEM && wordEnd(at, end)
    if (!words && !(fieldStem(lex, text, at, at + n) && (end > at + n + 1 || !lex.notCommittees.longestAt(text, at + n)))) {
      if (n <= OPEN_STEM) return null
      continue
    }
    for (let i = at; i < at + n; i++) if (lex.notSpecial.longestAt(text, i) && lex.notSpecial.longestAt(text, i)!.end <= at + n) return null
    return { end, value: { form: text.slice(at, end), after, kind: congress ? after : 'cppcc-special', id: congress ? text.slice(at, end) : stemId(lex, text.slice(at, at + n)) } }
  }
  return null
}

/**
 * The id of a CPPCC special committee read openly from its stem: one committee whatever word ends it (学习文史委,
 * 学习文史专委会; 农业和农村专委会, 农业和农村委员会): the id data/body-parts.tsv gives the stem with one of those words,
 * else the stem with the shortest of them.
 */
function stemId(lex: BodyLexicon, stem: string): string {
  return listedSpecial(lex, stem)?.id ?? stem + (lex.specialEndWords[0] ?? '')
}

/** The special committee data/body-parts.tsv lists with `stem` and a word that ends a committee (文史 + 委员会), if any. */
function listedSpecial(lex: BodyLexicon, stem: string): Part | undefined {
  for (const w of lex.specialEndWords) {
    const key = stem + w
    const hit = lex.parts.matchesAt(key, 0).find(([e]) => e === key.length)
    const part = hit?.[1].find((x) => x.after === CPPCC_KIND && x.kind === 'cppcc-special')
    if (part) return part
  }
  return undefined
}

const OPEN_STEM = 8
const FIELD_STEM = 16

/**
 * A CPPCC special committee written bare by its fields alone (医疗卫生体育委员会, 教科卫体委员会: no 政协 before it, as
 * openSpecial reads after one): a stem of field words (data/special-committee-fields.txt) of FIELD_STEM_MIN characters
 * or more and a word that ends a committee (data/special-committee-words.txt), not the 委 of 委员.
 */
export function fieldSpecial(lex: BodyLexicon, text: string, at: number): { end: number; value: Part } | null {
  if (CONJUNCTIONS.includes(text[at]!)) return null
  for (let n = FIELD_STEM; n >= FIELD_STEM_MIN; n--) {
    if (at + n >= text.length) continue
    const w = lex.specialEnds.longestAt(text, at + n)
    if (!w || !fieldStem(lex, text, at, at + n) || (w.end === at + n + 1 && lex.notCommittees.longestAt(text, at + n))) continue
    return { end: w.end, value: { form: text.slice(at, w.end), after: 'cppcc', kind: 'cppcc-special', id: text.slice(at, w.end) } }
  }
  return null
}

// The shortest stem of fields written bare: two fields of two characters or four of one (医疗卫生, 教科卫体); one field
// alone (教育委员会, 经济委员会) is as often a government's or another body's committee.
const FIELD_STEM_MIN = 4

// A stem, its second field in brackets, and what follows: 社会法制 + (民族宗教) of 社会法制(民族宗教)委员会.
const BRACKETED = /^([\u4e00-\u9fff]{2,8})[(（]([\u4e00-\u9fff]{2,8})[)）]/

/**
 * A CPPCC special committee that serves a second field, written in brackets before the word that ends it
 * (社会法制(民族宗教)委员会, 文化文史(学习)委员会, 港澳台侨（外事）委: dev 1340): each stem field words alone or a listed
 * committee's stem (data/special-committee-fields.txt, body-parts.tsv). One committee, the first stem's, named as written.
 */
export function bracketedSpecial(lex: BodyLexicon, text: string, at: number): { end: number; value: Part } | null {
  const m = BRACKETED.exec(text.slice(at, at + 2 * FIELD_STEM))
  if (!m) return null
  const first = m[1]!
  const close = at + m[0].length
  const w = lex.specialEnds.longestAt(text, close)
  if (!w || !specialStem(lex, text, at, at + first.length) || !specialStem(lex, text, at + first.length + 1, close - 1)) return null
  // Not the 委 of 委员 (文化(教育)委员李四: a member of the 政协, as fieldSpecial reads 文化教育委员).
  if (w.end === close + 1 && lex.notCommittees.longestAt(text, close)) return null
  return { end: w.end, value: { form: text.slice(at, w.end), after: CPPCC_KIND, kind: 'cppcc-special', id: stemId(lex, first) } }
}

/** Whether [start, end) is a special committee's stem: field words alone, or a stem data/body-parts.tsv lists with a word that ends a committee. */
function specialStem(lex: BodyLexicon, text: string, start: number, end: number): boolean {
  return fieldStem(lex, text, start, end) || listedSpecial(lex, text.slice(start, end)) !== undefined
}

/** Whether [start, end) is field words alone, a conjunction (和与及) only between two of them. */
function fieldStem(lex: BodyLexicon, text: string, start: number, end: number): boolean {
  // reach[i - start]: a word ends at i (1), or the stem may go on from i after a conjunction (2).
  const reach = new Uint8Array(end - start + 1)
  reach[0] = 2
  for (let i = start; i < end; i++) {
    const r = reach[i - start]
    if (!r) continue
    if (r === 1 && CONJUNCTIONS.includes(text[i]!)) reach[i + 1 - start] = 2
    for (const [e] of lex.specialFields.matchesAt(text, i)) if (e <= end) reach[e - start] = 1
  }
  return reach[end - start] === 1
}

/** The organ written at `at` and its parts: the body that follows a region. */
export function readBody(lex: BodyLexicon, text: string, at: number, wordEnd?: WordEnd): Body | null {
  const o = longest(lex.organs, text, at, organEnds(lex, text))
  if (!o) return null
  const { parts, end, kind } = readParts(lex, text, o.end, o.value.kind, wordEnd)
  return { organ: o.value, parts, end, kind }
}

/** The start of a body key: its region (or the name as written) and the ids that follow (县|委 of every body of 县委). */
export const keyPrefix = (region: string, ids = '') => `${region}|${ids}`

/** The identity of a body in a region: its organ's id and its parts' ids (区统战部 ≡ 区委统战部). */
export const bodyKey = (region: string | null, b: Body, written: string) => keyPrefix(region ?? written, `${b.organ.id}${partIds(b.parts)}`)

/** The region of a body key (县 of 县|委统战部), as `bodyKey` wrote it. */
export const keyRegion = (key: string) => key.slice(0, key.indexOf('|'))

/**
 * The ids of parts one after another, in a small function of its own: a parts.map inlined into the large
 * passes that build keys deoptimised them ('wrong map') each time it met another kind of array, and the
 * engine then compiled the whole pass again.
 */
export function partIds(parts: readonly Part[]): string {
  let ids = ''
  for (let k = 0; k < parts.length; k++) ids += parts[k]!.id
  return ids
}

/** A body mention as a pass finds it: term and session where written, and whether it needs its region's party committee written (县社工部). */
export type Found = Omit<BodyMention, 'term' | 'session'> & Partial<Pick<BodyMention, 'term' | 'session'>> & { withCommittee?: boolean }

/**
 * The body written at `bodyStart` (ending at b.end) as its region names it, after the region's name, and the body its key is
 * made of. A party committee is <region>委 however written (吉林市委员会 → 吉林市委), as 中共吉林市委 is; and so is a
 * county's or a prefecture's 党委 (县党委宣传部, 我县党委政府, 县人大、党委 → X县委: dev-pages README, round 11), not an
 * autonomous region's, prefecture's or county's (自治区党委, 自治州党委: their own names) nor a township's (镇党委). Every
 * path that names a body after its region asks this one (bodyMention; a list's bare item).
 */
export function regionForm(text: string, bodyStart: number, region: Division | null, b: Body): { written: string; body: Body } {
  const own = b.organ.keepsPartyCommitteeIn
  const upper = own !== undefined && (region?.level === 'county' || region?.level === 'prefecture') && !own.some((e) => region.name.endsWith(e))
  if (b.organ.id !== COMMITTEE && !upper) return { written: text.slice(bodyStart, b.end), body: b }
  return { written: COMMITTEE + text.slice(bodyStart + b.organ.form.length, b.end), body: upper ? { ...b, organ: { ...b.organ, id: COMMITTEE } } : b }
}

/**
 * A body after a region: its name is the region's official name and the body as written (长春 + 发改委 →
 * 长春市发改委, 长春市政协文史委). A region that could not be resolved leaves the name as written
 * (市工商联), without a region; its forms are one body all the same, told by the relative word written
 * (省政协医卫体委 ≡ 省政协医药卫生体育委员会, not the 市政协医卫体委). A body named with its place as written keeps it
 * (汉中军分区).
 */
export function bodyMention(text: string, start: number, bodyStart: number, region: Division | null, b: Body, explicit: boolean, rule: string): Found {
  const { written, body } = regionForm(text, bodyStart, region, b)
  // A body whose own name keeps its place as written (汉中军分区) where the place is written.
  const name = region && !(explicit && b.organ.asWritten) ? region.name + written : text.slice(start, b.end)
  return {
    start, end: b.end, name, key: bodyKey(region?.name ?? null, body, text.slice(start, bodyStart)),
    rank: b.organ.short ? 0 : explicit ? 2 : 1,
    kind: b.kind, region: region?.name ?? null, division: region, rule,
    ...(b.organ.withCommittee && !b.parts.length ? { withCommittee: true } : {}),
  }
}
