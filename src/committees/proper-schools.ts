import type { PlaceMention } from '../places/types.js'
import type { RelativeLevel } from '../regions/words.js'
import { every, isHan } from '../text/chars.js'
import { ENUMERATION_COMMA, ORDINAL } from '../text/grammar.js'
import type { BodyLexicon, Head } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'
import { VISITED_RULE, visitedName } from './visited-schools.js'

// The words of a school's own name: a proper noun, a place word that names no division here, a bound unit of a name, a
// word the segmenter does not know (七宝/nz, 虹桥/ns, 茗/ng, 海桂/x); not a person's name (王芳/nr + 小学 is no school's name
// often enough to read).
const PROPER_POS = /^(?:x|nz|ns|ng|j)$/
// The words that show the run is a name: those the segmenter knows as proper (七宝/nz, 锦/ns, 茗/ng), not an unknown word
// alone, which is as often a person's name or a run the segmenter glued (对海桂/x; round 19: held-out committees fell with it).
const KNOWN_PROPER_POS = /^(?:nz|ns|ng|j)$/
// A single unit of a name the segmenter cut in two (龙/n + 锦/ns): any noun.
const UNIT_POS = /^(?:n|ns|ng|nz|x|nr)$/
// A proper word longer than this is a run the segmenter could not cut (韩德振对/x), no name; a place word of the segmenter
// longer than PLACE_MAX that names no division is a cut through a place and its area (应 + 山城区 + 学校: 应山's urban schools).
const PROPER_MAX = 3
const PLACE_MAX = 2
const PLACE_POS = 'ns'
// An unknown word whose first unit is a preposition glued to the name (对海桂/x + 中学): that unit is no part of it.
const GLUED_POS = 'x'
// The name: at most so many words and units before the head (or before its lead word).
const WORDS_MAX = 3
const NAME_MIN = 2
const NAME_MAX = 4
const PROPER_RULE = 'rule:head:proper-school'
/** A hospital or school named by a code of digits (src/committees/coded-institutions.ts). */
export const CODED_RULE = 'rule:head:coded'
/** The city (or province-level city) a report is about: the region of a firm or hospital named without a place. */
export const CITY: RelativeLevel = { word: '', levels: ['province', 'prefecture'], suffix: '' }
// A word jieba's dictionary holds whole as an organisation's name (瑞金医院/nt, 阜外医院/nt): its part before the head is its own name.
const ORGANISATION_POS = 'nt'

// The words that may name an item of a list of institutions (华外/x + 同文/x + 外国语学校): a name or a
// word the segmenter does not know (no common noun: 职业 + 学校, 社区 + 医院 are kinds), nor a word for a kind (data/institution-kind-words.txt).
const LISTED_POS = /^(?:nr|x)$/
// …also an ordinal (第九/m + 人民医院), and a common noun that names no kind right after an institution the segmenter knows
// by its name (瑞金医院/nt、仁济/n + 医院): in a list of named institutions they are the item's own name, where alone (or
// after a kind: 民办医院、教学医院) they are as often a kind (社区 + 医院, 第一 + 医院).
const LISTED_NOUN_POS = 'n'
const LISTED_ORDINAL_POS = 'm'
// The longest head an item before may end in (附属医院, 研究院).
const HEAD_MAX = 4
const INSTITUTE = 'any'

/**
 * Whether `at` begins an item of a list of institutions: right after the enumeration mark, the item before ending in a
 * head of a school, hospital or institute (瑞金医院、仁济医院; 技师学院、华外同文外国语学校).
 */
function listedItem(lex: BodyLexicon, text: string, at: number): boolean {
  const end = at - 1
  if (text.charCodeAt(end) !== ENUMERATION_COMMA || !lex.headEnds.has(text.charCodeAt(end - 1))) return false
  for (let s = Math.max(0, end - HEAD_MAX); s < end - 1; s++) {
    const h = lex.heads.longestAt(text, s)
    if (h?.end === end && h.values.some((v) => v.phrase === 'school' || v.phrase === INSTITUTE)) return true
  }
  return false
}

/** Whether a word right after a list's mark may be its item's own name: a name, an unknown word, a noun for no kind, an ordinal. */
function listedWord(input: BodyInput, lex: BodyLexicon, w: { start: number; end: number; pos: string }): boolean {
  const { text, tokens } = input
  // A place word of the segmenter that names no division here (广安门/ns: a gate of Beijing) is a name too.
  if (LISTED_POS.test(w.pos) || w.pos === PLACE_POS) return true
  if (w.pos === LISTED_ORDINAL_POS) return text[w.start] === ORDINAL
  const word = text.slice(w.start, w.end)
  const before = w.start > 1 ? tokens.list[tokens.at[w.start - 2]!] : undefined
  return w.pos === LISTED_NOUN_POS && word.length === NAME_MIN && before?.pos === ORGANISATION_POS && !lex.townSchools.kinds.has(word) && !lex.townSchools.leads.has(word) && lex.genericWords.longestEndingAt(text, w.end) === undefined
}

/** Whether a word may be part of a school's own name: a proper word, or one unit of a noun. */
const namePart = (w: { start: number; end: number; pos: string }) => {
  const len = w.end - w.start
  return (PROPER_POS.test(w.pos) && len <= (w.pos === PLACE_POS ? PLACE_MAX : PROPER_MAX)) || (len === 1 && UNIT_POS.test(w.pos))
}

/** Whether the word `before`, right before `start`, could go on a name read from there (a longer name the run stopped in). */
const continuesName = (text: string, before: { start: number; end: number; pos: string } | undefined, start: number) =>
  before !== undefined && before.end === start && every(text, before.start, before.end, isHan) && namePart(before)

/**
 * A school named by its own name alone, kept as written (README: a school keeps its own name as written; public
 * institutions stay): 龙 + 锦 + 小学, 七宝 + 中学, 虹桥 + 中心小学, 龙 + 茗 + 中学, with a word schools are named by
 * between (data/school-lead-words.txt: 实验, 中心). Two to four units of proper nouns or words the segmenter does not know,
 * at least one a proper word it knows; not a common noun (农村 + 小学, 重点 + 中学), a count or a pronoun (一所中学, 该校), nor a name begun
 * by a place (other rules read those). Its region is the article's home where known.
 */
export function properSchool(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, placeStart: ReadonlyMap<number, PlaceMention>, i: number, end: number, head: Head, inWord = false): BodyMention | null {
  if (head.phrase !== 'school') return null
  const { text } = input
  const toks = input.tokens.list
  const leads = lex.townSchools.leads
  const word = toks[i]!
  const bodyStart = end - head.word.length
  // The lead word: inside the head's word (中心 of 中心小学/j) or the word right before (实验 + 中学).
  let k = i
  if (bodyStart > word.start) {
    // A lead word that is a place written short (朝阳 of 朝阳医院/nt, a word schools are named by too) begins a name of its own.
    const placeLead = inWord && placeStart.get(word.start)?.division !== undefined
    if (!leads.has(text.slice(word.start, bodyStart)) || placeLead) return inWord ? namedInWord(input, lex, covered, placeStart, i, end, head) : null
  } else {
    const lead = toks[i - 1]
    if (lead && lead.end === word.start && leads.has(text.slice(lead.start, lead.end))) k = i - 1
  }
  const nameEnd = toks[k]!.start
  let start = nameEnd
  let proper = false
  for (let n = 0; n < WORDS_MAX && k > 0; n++, k--) {
    const w = toks[k - 1]!
    if (w.end !== toks[k]!.start || !every(text, w.start, w.end, isHan) || nameEnd - w.start > NAME_MAX) break
    const listed = listedItem(lex, text, w.start) && listedWord(input, lex, w) && w.end - w.start <= PROPER_MAX
    if (!namePart(w) && !listed) break
    proper ||= KNOWN_PROPER_POS.test(w.pos) || listed
    start = w.start
  }
  // A preposition the segmenter glued to the name's first word begins no name (data/function-words.tsv, before-relative).
  const first = toks[k]!
  const glued = first.start === start && first.pos === GLUED_POS && first.end - first.start > NAME_MIN && lex.beforeRelative.has(text.charCodeAt(start))
  if (glued) start++
  // A name of one common noun or unknown word right after a verb of visiting (到万向中学, 莅临罗岭中学, 参观了环城初中):
  // the place visited, a school of its own name (src/committees/visited-schools.ts).
  const visited = !proper && visitedName(input, lex, toks[i]!.start === nameEnd ? i : i - 1)
  if (visited) [start, proper] = [visited, true]
  if (!proper || nameEnd - start < NAME_MIN || covered[start] || placeStart.get(start)?.division) return null
  // A generic word ends the run: a kind of school, not one (新建 + 学校: data/generic-body-words.txt).
  if (lex.genericWords.longestEndingAt(text, nameEnd) !== undefined || lex.townSchools.kinds.has(text.slice(start, start + NAME_MIN))) return null
  // The word before is no part of a longer name the run stopped in (a fourth word, a fifth unit): no name then.
  if (!glued && !visited && continuesName(text, toks[k - 1], start)) return null
  const name = text.slice(start, end)
  // A hospital is placed as a university is, in the city where the text places it (dev-pages README); a school in the home.
  const home = (inWord ? input.relative(start, CITY) : null) ?? input.home?.(start) ?? null
  return { start, end, name, key: name, rank: 2, kind: head.kind, region: home?.name ?? null, division: home, term: null, session: null, rule: visited ? VISITED_RULE : PROPER_RULE }
}

/**
 * A hospital named by its own name alone inside one word jieba's dictionary holds as an organisation's name (瑞金医院/nt,
 * 阜外医院/nt, 北大医院/nt), for a head that may end such a name (`inWord`: 医院, not the schools, whose dictionary words
 * are as often kinds: 重点中学/nt): two to four units before the head, no word for a kind of hospital (儿童医院, 公立医院:
 * data/institution-kind-words.txt) or generic word, and not the end of a longer name.
 */
function namedInWord(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, placeStart: ReadonlyMap<number, PlaceMention>, i: number, end: number, head: Head): BodyMention | null {
  const { text } = input
  const word = input.tokens.list[i]!
  const bodyStart = end - head.word.length
  const own = text.slice(word.start, bodyStart)
  if (word.pos !== ORGANISATION_POS || word.end !== end || own.length < NAME_MIN || own.length > NAME_MAX || covered[word.start]) return null
  if (lex.townSchools.kinds.has(own.slice(0, NAME_MIN)) || lex.genericWords.longestEndingAt(text, bodyStart) !== undefined) return null
  if (continuesName(text, input.tokens.list[i - 1], word.start)) return null
  // A place written short begins it (朝阳医院, 北京医院: too short for a name read from its place): it keeps its name as
  // written, its region the division it names (dev-pages README).
  const home = placeStart.get(word.start)?.division ?? input.relative(word.start, CITY) ?? input.home?.(word.start) ?? null
  return { start: word.start, end, name: own + head.word, key: own + head.word, rank: 2, kind: head.kind, region: home?.name ?? null, division: home, term: null, session: null, rule: PROPER_RULE }
}

/**
 * A school named by its own name (or code) alone where the page also writes it after its place (厦门市湖滨中学 … 湖滨中学,
 * 绵阳市四0四医院 … 四0四医院) is a
 * further mention of that body (README: one body written two ways is named from its first full form).
 */
export function namedInFull(found: BodyMention[]): BodyMention[] {
  const own = (m: BodyMention) => m.rule === PROPER_RULE || m.rule === CODED_RULE || m.rule === VISITED_RULE
  if (!found.some(own)) return found
  return found.map((m) => {
    if (!own(m)) return m
    const full = found.find((f) => f.rule !== PROPER_RULE && f.rule !== VISITED_RULE && f.name.length > m.name.length && f.name.endsWith(m.name))
    return full ? { ...m, name: full.name, key: full.key, region: full.region, division: full.division } : m
  })
}
