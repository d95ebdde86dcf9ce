import type { Division, PlaceMention } from '../places/types.js'
import { isAncestor, locates, provinceOf } from '../places/gazetteer.js'
import { PlaceLevelSchema } from '../schema/result.js'
import type { RelativeLevel } from '../regions/words.js'
import { every, isHan, UnitSet } from '../text/chars.js'
import { CLOSING_QUOTES, CONJUNCTIONS, EACH, ENUMERATION_COMMA, LIST_MARKS, OPENING_QUOTES, ORDINAL } from '../text/grammar.js'
import type { BodyLexicon, Head } from './lexicon.js'
import { CPPCC_KIND, readParts, RELATIVE_ZONE_RULE, SPECIAL_KIND } from './grammar.js'
import type { BodyInput, BodyMention } from './types.js'
import { partitionPoint } from '../text/bisect.js'
import type { Numerals } from '../text/numerals.js'
import { townSchool, townStems } from './town-schools.js'
import { CITY, namedInFull, properSchool } from './proper-schools.js'
import { codedInstitution } from './coded-institutions.js'
import { nationalNamed } from './national-names.js'
import { FACULTY_SHORT_RULE, facultyOf } from './faculties.js'
import { heldInstitute } from './held-institutes.js'
import { GUESSED_NAME_TAGS, UNKNOWN_TAG } from '../persons/tags.js'

// The most words of the segmenter a head word may be cut into, after the first (居民 + 委员会); an institute's
// numbered head one more (第一 + 附属 + 医院, 附属 + 第一 + 医院).
const SPLIT_HEAD = 1
const SPLIT_INSTITUTE = 2
// How long a township's name written short before its institution may be (临城, 石梁河).
const SHORT_TOWN = 3
// The word that may name it: a proper noun or a word the segmenter does not know (白砂 + 卫生院); not a name it tags as a
// person's (王建国/nr + 卫生院 + 院长 is a person and his title).
const TOWN_POS = /^(?:ns|nz|x)$/
// The word that names the community of an institution whose head begins with 社区: a proper noun the text does not
// read as a place, a name the segmenter takes for a person's or a word it does not know (柳南/x, 西善桥/nr + 社区卫生服务中心;
// 城市/ns names none).
const OWN_WORD_POS = /^(?:nz|nr|x)$/
// The kind of an institution named from its place (社区卫生服务中心), no village's own body.
const INSTITUTION_KIND = 'other'
// The phrase of an institute's head (大学, 研究所, 附属医院: data/body-heads.tsv).
const INSTITUTE = 'any'
// The phrase of a head named only after its holder (研究中心, 所: data/held-institutes.tsv).
const HELD = 'held'
// The rule of a zone's body (高新区管委会).
const ZONE_RULE = 'rule:head:zone'
// zg: a place word the segmenter cuts alone (黄龙 + 村 + 党总支).
const PHRASE_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|vn|s|zg)$/
// A verb inside an institute's name, after the university or academy that holds it and a noun (华中科技大学 + 国家 + 治理/v +
// 研究院): the institute's field, no verb of the sentence (调研组 + 走访/v + 研究院: no institution before it; 清华大学 +
// 调研/v + 研究院: no noun between).
const FIELD_VERB = /^v$/
const HOLDER_POS = /^nt$/
// Between a named place and its office, verbs name the office's task (北京市支援合作办公室).
const PLACED_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|vn|s|v)$/
// The words of a name that begins with a place: nouns, also a unit the segmenter cuts alone (物 of 上海市工商联 +
// 物 + 联网 + 产业 + 商会), not verbal nouns (上海市工商联 + 指导 + 商会 is none);
// a school's also numerals and verbal nouns (三台县 + 七一 + 小学, 三台县 + 实验 + 小学); a distinguishing word before a
// noun of the name (广东 + 公共 + 外交 + 协会, 上海市 + 女 + 企业家 + 协会), not right before the head (杭州市 + 大型 + 商会: a kind).
const NAMED_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|s|zg|b)$/
const DISTINGUISHING_POS = 'b'
const SCHOOL_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|s|m|vn)$/
// A noun the segmenter keeps whole may end in a school's head after two units or more (三台县 + 技术学校,
// 芦溪镇 + 中心小学; not 三台县 + 中小学).
const SCHOOL_WORD_POS = /^(?:n|nt|j)$/
// The words of a firm's name: an idiom or set phrase may be one (石狮市海阔天空休闲农业公司), a word of direction
// too (中国 + 南方 + 航空集团有限公司: dev 1129); its first word where no place begins it.
const FIRM_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|vn|s|v|i|l|a|b|f)$/
// An adjective within a firm's name is one unit (阳春 + 新 + 钢铁有限责任公司), not a word that may name a village
// (馆前镇 + 复兴 + 村城鑫食品有限公司).
const ADJECTIVE = /^a$/
const FIRM_FIRST = /^(?:ns|nt|nz|nrt|nr|j|x)$/
// An ordinal within a firm's name numbers it (天水市 + 第一/m + 建筑工程 + 公司, 兰州市 + 第三/m + 建设有限公司: dev 1152); no
// other numeral (3家 + 公司 is a count).
const NUMERAL_POS = /^m$/
// A brand that names a firm alone before its head word: unknown or proper, no place nor abbreviation (恒大/x + 集团).
const FIRM_BRAND = /^(?:nz|nt|x)$/
const LOCAL: RelativeLevel = { word: '', levels: ['prefecture', 'county'], suffix: '' }
// A proper name before its head: a place or another proper noun of the segmenter (金陵 + 海关, not 全国 + 海关).
const PROPER_POS = /^(?:ns|nt|nz|nrt|nr|j)$/
// The word that names a village before its 村: a proper noun or a word the segmenter does not know (查济村, 东关 + 村).
const VILLAGE_POS = /^(?:ns|nz|nrt|nr|x)$/
// 各 before a village's word makes it every village's (各村党支部).
const EACH_BEFORE = UnitSet.of([EACH])
// A locative the segmenter cuts out of a village's name it does not know (爨/zg + 底下/f + 村): a piece of the name only
// after such a piece (not 会上/f + 村党支部: a meeting, then the branch).
const LOCATIVE = /^f$/
const PIECE_POS = /^(?:zg|x)$/
const unreadName = (toks: readonly { start: number; end: number; pos: string }[], j: number) =>
  LOCATIVE.test(toks[j]!.pos) && j > 0 && PIECE_POS.test(toks[j - 1]!.pos) && toks[j - 1]!.end === toks[j]!.start
// The words a village's word may follow and stand alone: verbs, prepositions, conjunctions (到村委会, 与村两委).
const ALONE_AFTER = /^(?:v|p|c)$/
/**
 * Whether the phrase before a head names a body: a local one is the name of a village, community, street
 * or township, ending in its word (data/local-places.txt) with a name before it (胜龙村, not 街道 alone:
 * 街道居委会 names no body) that is no generic word (乡镇卫生院, 有关乡镇党委 name none); a zone's ends in a zone word (高新区, 科技城: data/zone-words.txt).
 */
const phraseOk = (lex: BodyLexicon, h: Head, phrase: string) =>
  // A head that begins with the village's word names no village after a generic word ending in it (农业农村委: 农村 + 委).
  h.phrase === 'local' ? localOk(lex, phrase + h.lead) && !(h.lead && lex.genericWords.longestEndingAt(phrase + h.lead, phrase.length + h.lead.length))
    : h.phrase === 'zone' ? zoneOk(lex, phrase)
      : phrase.length >= (h.phrase === 'placed' || h.phrase === 'firm' ? 4 : 2)

/**
 * A zone's name: a zone word (高新区) after no generic word alone (有关 + 片区, 相关 + 高新区: every such zone's), and
 * not a word that names no one zone alone (园区, 片区: data/generic-zone-words.txt).
 */
function zoneOk(lex: BodyLexicon, phrase: string): boolean {
  const zone = lex.zoneEnds.longestEndingAt(phrase, phrase.length)
  if (phrase.length < 2 || !zone) return false
  if (zone.start === 0) return !lex.genericZones.has(phrase)
  return lex.genericWords.longestEndingAt(phrase, zone.start)?.start !== 0
}

const localOk = (lex: BodyLexicon, phrase: string) => {
  const name = lex.localEnds.longestEndingAt(phrase, phrase.length)?.start ?? 0
  // The name before the place word is no generic word alone (有关 + 社区 + 居委会: the communities', not one).
  return phrase.length >= 2 && name > 0 && lex.genericWords.longestEndingAt(phrase, phrase.length)?.start !== 0
    && lex.genericWords.longestEndingAt(phrase, name)?.start !== 0 && !genericFirst(lex, phrase)
}

/**
 * Where a local body's own name begins in the phrase `start`…`bodyStart` (its head's local word `lead` after it): after the
 * last local word (乡, 镇, 村…) of the phrase that ends or begins a word (铜厂 + 乡里 + 士: the segmenter's 乡里) and leaves a local name of two units or more (里士 + 村).
 */
function ownLocalName(lex: BodyLexicon, text: string, isEnd: ArrayLike<number>, start: number, bodyStart: number, lead: string): number {
  for (let e = bodyStart - 2; e > start + 1; e--) {
    const w = lex.localEnds.longestEndingAt(text, e)
    if (w && w.start > start && (isEnd[e] === 1 || isEnd[w.start] === 1) && every(text, e, bodyStart, isHan) && localOk(lex, text.slice(e, bodyStart) + lead)) return e
  }
  return start
}

/** Whether a generic word begins a phrase and a generic word ends it (有关 + 乡镇 + 党委: the townships' party committees, not one). */
function genericFirst(lex: BodyLexicon, phrase: string): boolean {
  if (lex.genericWords.longestEndingAt(phrase, phrase.length) === undefined) return false
  for (let e = 1; e < phrase.length; e++) if (lex.genericWords.longestEndingAt(phrase, e)?.start === 0) return true
  return false
}

/**
 * Bodies named by the noun phrase before a head word (data/body-heads.tsv), found on the segmenter's
 * words: universities and institutes (与长春中医药大学 → 长春中医药大学), the party branch or office of a
 * village, community or township (城西庄村党支部, 城北庄街道办事处), offices of a named place (北京市支援合作办公室).
 */
export function headBodies(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, numerals: Numerals, found: readonly BodyMention[] = []): BodyMention[] {
  const { text, tokens, places } = input
  const out: BodyMention[] = []
  // The government bodies found so far by where they end: a list item after one may be of its region (区商务局、经合局).
  const departmentAt = new Map<number, BodyMention>()
  for (const m of found) if (m.kind === GOVERNMENT_KIND) departmentAt.set(m.end, m)
  const toks = tokens.list
  const placeStart = new Map(places.filter((p) => p.division).map((p) => [p.start, p]))
  const placeEnd = new Map(places.filter((p) => p.division).map((p) => [p.end, p]))
  const within = placesWithin(places)
  const stems = townStems(places, lex.townSchools)
  // The body whose head ends the word `t`: the `i`th word, or its part before the title the segmenter joined to it (`titled`,
  // else -1). A function of its own, called only where a head may end: its closures capture its variables, for which a
  // callback over every word would make a context at each word.
  const headBody = (i: number, t: { start: number; end: number; pos: string }, titled: number): void => {
    // The head ends the word (党支部 of 城西庄村党支部) or, where it must, is the whole word (办公室).
    // A head may end the names of two kinds of phrase (党工委 of 城南街道 and of 高新区): its rows, the first read first.
    let heads: Head[] = []
    for (let s = t.start; s < t.end && !heads.length; s++) {
      const h = lex.heads.longestAt(text, s)
      if (h && h.end === t.end && (!h.values[0]!.whole || s === t.start)) heads = h.values
    }
    // …or begins a word before, where the segmenter cuts it in two (华东社区 + 居民 + 委员会): from that word's start.
    // The words before the head are read from that word on. An institute's head so cut is read before a shorter
    // head the last word holds (滨州医学院 + 附属 + 医院: the hospital attached to it, not 医院 of a place).
    let hi = i
    for (let j = i - 1; j >= 0 && i - j <= SPLIT_INSTITUTE && toks[j]!.end === toks[j + 1]!.start; j--) {
      const h = lex.heads.longestAt(text, toks[j]!.start)
      const institute = h?.values[0]!.phrase === INSTITUTE
      // (A held head the last word holds, 所, is read after any other: 事务 + 所.)
      if (h && h.end === t.end && !h.values[0]!.whole && (i - j <= SPLIT_HEAD || institute) && (!heads.length || institute || heads[0]!.phrase === HELD)) [heads, hi] = [h.values, j]
    }
    // …or is written with the hospital's own name inside (附属 + 逸夫 + 医院, 附属 + 口腔医院).
    if (heads[0]?.phrase !== INSTITUTE) {
      const n = namedInstitute(lex, input, i, t.end)
      if (n) [heads, hi] = n
    }
    let head: Head | undefined = heads[0]
    // A venue's head names a body only before a title (博物馆馆长, 图书馆党总支书记: data/body-heads.tsv, titled).
    if (head?.titled && titled < 0 && input.roleAt(text, t.end) === undefined) return
    // A chamber joined to its head's title (商会会长) is named as one written alone, and so is a school (中学 + 校长).
    if (!head || (titled > 0 && (head.phrase === 'region' || head.phrase === 'proper'))) return
    // An institute named only after its academy or university (中国科学院 + 生态环境 + 研究中心, 中科院 + 山西 + 煤化所).
    if (head.phrase === HELD) {
      const m = heldInstitute(input, lex, placeStart, covered, numerals, hi, t.end - head.word.length, t.end, head)
      if (m) out.push(m)
      return
    }
    // A hospital written after its university is read so first (中南大学 + 湘雅 + 二 + 医院), before its other rows.
    const held = heldInstitute(input, lex, placeStart, covered, numerals, hi, t.end - head.word.length, t.end, head)
    if (held) return void out.push(held)
    // A zone's head after no zone word (石景山区 + 西山永定河文化带建设 + 管委会, 肥西县 + 紫蓬山 + 管委会): its region row
    // where a region begins the words before it, the committee named as a region's department is (data/body-heads.tsv);
    // else the zone row (管委会主任 alone on a zone's page: the zone's).
    const regionRow = head.phrase === 'zone' && lex.zoneEnds.longestEndingAt(text, t.end - head.word.length) === undefined ? heads.find((h) => h.phrase === 'region') : undefined
    const byRegion = regionRow ? regionBody(input, lex, covered, placeEnd, i, regionRow, departmentAt) : null
    // (Not a zone's short name glued to the words before it, 试验区 + 开发建设 + 管委会: the zone row reads zones.)
    const ofRegion = byRegion?.rule === ZONE_RULE ? null : byRegion
    if (ofRegion) {
      out.push(ofRegion)
      departmentAt.set(ofRegion.end, ofRegion)
      return
    }
    if (head.phrase === 'region') {
      const m = regionBody(input, lex, covered, placeEnd, i, head, departmentAt)
      if (m) out.push(m)
      if (m?.kind === GOVERNMENT_KIND) departmentAt.set(m.end, m)
      return
    }
    const bodyStart = t.end - head.word.length
    // A unit named by its code alone (84847部队): nothing else names one.
    if (head.phrase === 'coded') {
      const m = codedInstitution(input, numerals, covered, placeEnd, t.end, head)
      if (m) out.push(m)
      return
    }
    if (head.phrase === 'proper' || head.phrase === 'named' || head.phrase === 'school') {
      const m = head.phrase === 'proper' ? properBody(input, covered, placeStart, hi, head) : namedBody(input, lex, numerals, placeStart, hi, head, t.end, titled > 0)
      // A school or hospital named after a relative word of its region is that region's (县 + 滨江 + 小学 → 仪陇县滨江小学).
      // (A titled school is named from its place only: 聊城市 + 水城 + 中学校长.)
      // A school named by its own name alone is one, titled or not (龙锦 + 小学, 海桂 + 中学校长).
      // A named body with no place before it may be a national one (中国 + 老龄事业发展 + 基金会).
      const body = m ?? (head.phrase === 'named' ? nationalNamed(input, lex, covered, hi, t.end, head) : null) ?? (head.phrase === 'school' && titled < 0 ? regionBody(input, lex, covered, placeEnd, i, head) ?? townSchool(input, stems, covered, i, t.end, head) : null)
        ?? properSchool(input, lex, covered, placeStart, i, t.end, head) ?? codedInstitution(input, numerals, covered, placeEnd, t.end, head)
      if (body) out.push(body)
      return
    }
    // No place begins it: a head that may also end a name of its own (医院: its row school) is read as a school's is.
    const ownName = () => {
      const own = heads.find((h) => h.phrase === OWN_NAME) ?? ownRow(lex, text, t)
      const m = own ? properSchool(input, lex, covered, placeStart, i, t.end, own, true) ?? codedInstitution(input, numerals, covered, placeEnd, t.end, own) : null
      if (m) out.push(m)
    }
    // Walk back over the content words right before the head (at most four, within the sentence).
    let k = hi
    let start = toks[hi]!.start
    const firm = head.phrase === 'firm'
    const placed = head.phrase === 'placed' || firm
    const pos = firm ? FIRM_POS : placed ? PLACED_POS : PHRASE_POS
    const local = head.phrase === 'local'
    // A body joined by 和 to the word after it ends there: 城关镇卫生院 + 和县人民医院 is two.
    // A zone's name may begin with a place the page reads there whatever the segmenter tags it (正定/d + 高新区 + 管委会).
    const zoneHead = heads.some((h) => h.phrase === 'zone')
    const zonePlace = (w: { start: number; end: number }) => zoneHead && placeStart.get(w.start)?.end === w.end
    // …and may hold a word the segmenter tags as time that names its kind (苏滁 + 现代/t + 产业园; not 今年/t + 高新区).
    const zoneEra = (w: { start: number; end: number }) => zoneHead && lex.zoneEraWords.has(text.slice(w.start, w.end))
    // An institute numbered after its place (山东 + 第一/m + 医科大学, 广东 + 第二/m + 师范学院): the ordinal is the name's.
    const anyPhrase = head.phrase === 'any'
    const numbered = (j: number) => anyPhrase && j > 1 && ordinal(text, toks[j - 1]!, numerals) && placeStart.get(toks[j - 2]!.start)?.end === toks[j - 1]!.start
    const fieldVerb = (v: number) => anyPhrase && FIELD_VERB.test(toks[v]!.pos) && v > 0 && PHRASE_POS.test(toks[v - 1]!.pos) && toks[v - 1]!.end === toks[v]!.start
      && !HOLDER_POS.test(toks[v - 1]!.pos) && v > 1 && HOLDER_POS.test(toks[v - 2]!.pos) && toks[v - 2]!.end === toks[v - 1]!.start
    // A local body's place whose first word the segmenter tags as no noun, the place read across it (大营/b + 街 + 社区居委会: 大营街).
    const placeRun = (w: { start: number; end: number }) => local && (placeStart.get(w.start)?.end ?? 0) > w.end && placeStart.get(w.start)!.end <= bodyStart
    const more = (j: number) => j > 0 && (pos.test(toks[j - 1]!.pos) || fieldVerb(j - 1) || (local && unreadName(toks, j - 1)) || placeRun(toks[j - 1]!) || (firm && NUMERAL_POS.test(toks[j - 1]!.pos) && ordinal(text, toks[j - 1]!, numerals)) || zonePlace(toks[j - 1]!) || zoneEra(toks[j - 1]!) || numbered(j)) && toks[j - 1]!.end === toks[j]!.start && every(text, toks[j - 1]!.start, toks[j - 1]!.end, isHan)
      && (!ADJECTIVE.test(toks[j - 1]!.pos) || toks[j - 1]!.end - toks[j - 1]!.start === 1)
      && !(JOINS.has(text.charCodeAt(toks[j]!.start)) && endsInHead(lex, text, toks[j - 1]!))
      // A member's title ends the words before a name (政协委员 + 南京大学, 港澳 + 委员 + 澳门书画研究院): no name holds one.
      && !endsInMember(lex, text, toks[j - 1]!)
      // …and so does an office holder's title before 兼 (中国医科大学 + 副校长 + 兼 + 附属第一医院院长: the hospital's
      // name is not the university's title), read where the walk would cross the verb.
      && !(fieldVerb(j - 1) && input.roleAt(text, toks[j - 2]!.start) === text.slice(toks[j - 2]!.start, toks[j - 2]!.end))
      // A verb of visiting or greeting ends the words before a name, also one the segmenter tags as a noun or a name
      // (浙江大学学生 + 参观 + 研究所, 武汉大学专家 + 到 + 医院, 参观/n + 福州大学, 祝贺/nr: data/visit-verbs.tsv).
      && !lex.visitVerbs.has(text.slice(toks[j - 1]!.start, toks[j - 1]!.end))
    while (hi - k < (firm ? 6 : 4) && more(k)) {
      // A conjunction the segmenter joins to a relative word (各乡镇 + 和县 + 高新区管委会) ends a list: the name begins
      // with the word, unless the place so read lies in the place before it (安徽省 + 和县).
      const w = toks[k - 1]!
      // At the head of a phrase (after a mark or at the text's start) 和 joins nothing: 和县 is the county.
      const joins = w.start > 0 && isHan(text.charCodeAt(w.start - 1))
      if (!placed && joins && JOINS.has(text.charCodeAt(w.start)) && input.relativeWords.longestAt(text, w.start + 1)?.end === w.end && !locates(placeEnd.get(w.start), placeStart.get(w.start))) { start = w.start + 1; break }
      // A word the segmenter does not know, glued of a preposition and the name's start (及杏滨/x + 街道…): the name begins
      // after the preposition (an institute's at the next word); glued of a name and a preposition (韩德振对/x + 聊城大学): after the word.
      const glued = !placed ? gluedFunction(lex, text, w) : null
      if (glued === GLUED_AFTER || (glued === GLUED_BEFORE && head.phrase === INSTITUTE)) break
      if (glued === GLUED_BEFORE) { k--; start = w.start + 1; break }
      k--
      // An office needs a named place to begin its name: stop there.
      if (placed && placeStart.has(toks[k]!.start)) {
        // The places written right before it are the name's too (广东 + 新兴 + 铸管有限公司).
        while (k > 0 && toks[k - 1]!.end === toks[k]!.start && placeStart.get(toks[k - 1]!.start)?.end === toks[k]!.start) k--
        start = toks[k]!.start
        break
      }
      if (!placed) start = toks[k]!.start
    }
    // The name begins with no verb, the walk having stopped before its holder.
    if (anyPhrase && k < hi && FIELD_VERB.test(toks[k]!.pos)) start = toks[++k]!.start
    if (head.phrase === 'any') {
      // The head as written begins its word (附属 of 附属 + 逸夫 + 医院), or within it (大学 of 长春中医药大学).
      const from = joinedInstitute(input, lex, placeStart, k)
      const whole = instituteBody(input, lex, numerals, placeStart, within, covered, from, hi < i ? toks[hi]!.start : bodyStart, t.end, head)
      // A faculty written with its university is a mention of the university (上海大学生命科学院 → 上海大学), its words
      // covered; with the university's short form, of no listed body (聊城职院马克思主义学院: src/committees/stage.ts).
      const faculty = whole && hi === i ? facultyOf(input, lex, whole.start, bodyStart, t.end) : null
      const university = faculty && !faculty.short ? instituteBody(input, lex, numerals, placeStart, within, covered, from, faculty.end - 1, faculty.end, head) : null
      const m = faculty && whole ? { ...(university ?? whole), start: whole.start, end: t.end, ...(university ? {} : { name: text.slice(whole.start, faculty.end), key: text.slice(whole.start, faculty.end), rule: FACULTY_SHORT_RULE }) } : whole
      if (m) out.push(m)
      // No institute before 附属: the hospital's own name (附属 + 瑞金医院/nt → 瑞金医院).
      else if (hi < i) ownName()
      return
    }
    // A firm may be named without a place (宝寰供应链物流管理有限公司, 调研 + 中源协和…股份有限公司): from the
    // first proper or unknown word of the run, at least two words (not 一家科技有限公司, 走访物流公司).
    let from = -1
    if (firm && !placeStart.has(start)) for (let j = k; j < hi - 1 && from < 0; j++) if (FIRM_FIRST.test(toks[j]!.pos)) from = j
    // …or one brand alone, a word the segmenter does not know or knows as proper, where a title follows that names its holder
    // (恒大/x + 集团 + 董事局主席; not 物流/n + 公司, nor 同福集团 + 赵昊天 with no title: dev 408).
    const brand = firm && from < 0 && k === hi - 1 && !placeStart.has(start) && FIRM_BRAND.test(toks[k]!.pos) && toks[k]!.end - toks[k]!.start >= 2
      && input.roleAt(text, t.end) !== undefined
    if (brand) from = k
    if (from >= 0) start = villageAfter(lex, text, toks[from]!, toks[from - 1])
    else if (placed && !placeStart.has(start)) return ownName()
    if (placed && placeStart.has(start) && officeOfOrgan(input, lex, placeStart.get(start)!.end, bodyStart)) return
    // Where the phrase was walked back to, before a local body's own place is sought: a zone's begins there.
    const walked = start
    // A local body's own place written right before its head begins the name, also where the segmenter cut the
    // place's first unit off into the word before it (在 + 横 + 山镇 + 卫生院 → 横山镇卫生院).
    // …or before a word such bodies are named by (新 + 街子 + 镇 + 中心 + 卫生院: 新街子镇 + 中心卫生院; data/school-lead-words.txt).
    const lead = bodyStart > 0 ? toks[tokens.at[bodyStart - 1]!] : undefined
    const leadWord = lead?.end === bodyStart && lex.townSchools.leads.has(text.slice(lead.start, lead.end)) ? lead : undefined
    const own = head.phrase === 'local' ? placeEnd.get(bodyStart) ?? (leadWord ? placeEnd.get(leadWord.start) : undefined) : undefined
    if (own?.division && own.start < start && own.start >= (toks[k - 1]?.start ?? start) && every(text, own.start, own.end, isHan)) start = own.start
    // A local body is named from its own place: 潞州区城北庄街道办事处 → 城北庄街道办事处; words before
    // the first place of the run are no part of it (张三到 + 朝阳区南湖街道办事处: a name and a verb joined).
    for (let j = k + 1; head.phrase === 'local' && !placeStart.has(start) && j < hi; j++) if (placeStart.has(toks[j]!.start)) start = toks[j]!.start
    let above: PlaceMention | undefined
    // A township written short right before the head is the body's own place (万荣县 + 贾村 + 卫生院 → 贾村卫生院); so is the
    // village of a village's own committee, whose word the head begins with (铜厂乡 + 里士 + 村委会 → 里士村委会; an
    // institution named from its community keeps the place as written: README, 郭店镇 + 中心 + 社区卫生服务中心).
    const named = bodyStart - 2 + (head.lead && head.kind !== INSTITUTION_KIND ? 1 : 0)
    for (let p = placeStart.get(start); head.phrase === 'local' && p && (p.end < named || (p.end < bodyStart && placeStart.has(p.end))); p = placeStart.get(start)) { above = p; start = p.end }
    // …also where the walk began inside that place, beyond its reach (南伊 + 珞巴 + 民族乡 + 琼林 + 村党支部 → 琼林村党支部).
    for (let j = k + 1; head.phrase === 'local' && j < hi; j++) {
      const p = placeEnd.get(toks[j]!.start)
      if (p?.division && p.start < start && p.end > start && p.end < named) [above, start] = [p, p.end]
    }
    // …also where that township, or a word for a kind of village, is no place the text knows: a village's or community's own
    // body is named from the last local name of the phrase (铜厂乡 + 里士 + 村委会 → 里士村委会, 当地贫困村 + 大塘 + 村委会 →
    // 大塘村委会: README, named from the village, not the township before it).
    if (head.phrase === 'local' && head.kind !== INSTITUTION_KIND && !above) start = ownLocalName(lex, text, tokens.isEnd, start, bodyStart, head.lead)
    // A local body may be named from its township written short, right before a head word longer than the one
    // the segmenter cut (乌金山 + 中心 + 卫生院 of 乌金山镇: the head 中心卫生院).
    const townAt = head.phrase === 'local' ? placeStart.get(start) : undefined
    const town = townAt?.division?.level === 'township' && (townAt.end === bodyStart || lex.heads.longestAt(text, townAt.end)?.end === t.end)
    // An office whose place lies inside a body begun before it is that body's (政协 + 三台县委员会 + 办公室).
    if (head.phrase === 'placed' && start > 0 && covered[start - 1] && covered[start]) return
    const first = head
    // A township's institution may be named from the township written short as one proper word (临城 + 卫生院,
    // 访仙 + 卫生院): a name of its own, kept as written; not a party's or a government's body (their places are written).
    const shortTown = first.phrase === 'local' && first.kind === 'other' && k === hi - 1 && TOWN_POS.test(toks[k]!.pos)
      && bodyStart - start >= 2 && bodyStart - start <= SHORT_TOWN && every(text, start, bodyStart, isHan) && !lex.genericWords.longestEndingAt(text, bodyStart)
    if (!town && !shortTown && !brand && !phraseOk(lex, first, text.slice(start, bodyStart))) head = undefined
    // An institution whose head begins with its local word (社区 of 社区卫生服务中心) is named by the word before it
    // only where that word is a place of the text or a proper or unknown word (柳南/x, 团结新村街道; not 城市/ns,
    // 辖区, 标准化, 新建: a kind of centre, not one), or the phrase begins at a place (郭店镇 + 中心 + 社区卫生服务中心).
    if (!town && first.lead && first.kind === 'other' && !placeEnd.has(bodyStart) && !placeStart.has(start) && !above && !OWN_WORD_POS.test(tokens.isEnd[bodyStart] === 1 ? tokens.list[tokens.at[bodyStart - 1]!]?.pos ?? '' : '')) head = undefined
    // A place too short to begin the name (朝阳 + 医院/nt): the name may be its own.
    if (!head && first.phrase === 'placed') return ownName()
    if (!town && !head && first.phrase === 'local') {
      // A zone's row of the same head (高新区 + 党工委), read from where the phrase was walked back to.
      head = heads.find((h) => h.phrase === 'zone' && phraseOk(lex, h, text.slice(walked, bodyStart)))
      if (head) [start, above] = [walked, undefined]
    }
    // A zone's other committee written bare after its title in a list of titles (经开区党工委书记、管委会主任 → 经开区管委会).
    const zoneRow = !head && start === bodyStart ? heads.find((h) => h.phrase === 'zone') : undefined
    const titledZone = zoneRow ? zoneTitled(input, lex, [...found, ...out], bodyStart, t.end, zoneRow) : null
    if (titledZone) return void out.push(titledZone)
    if (!head) {
      // The village's body written with its word alone (村 + 党支部, 村委会) after the village was named: 东关村党支部书记、
      // 村委会主任 → 东关村村委会; 来到查济村，村党支部书记 → 查济村党支部.
      const word = first.phrase === 'local' ? text.slice(start, bodyStart) + first.lead : ''
      // Not a township's (镇党委: a relative word of its own), nor after a generic word (相关村委会, 各村党支部).
      const village = word && lex.localEnds.longestEndingAt(word, word.length)?.start === 0 && input.relativeWords.longestAt(word, 0)?.end !== word.length
      // The word stands alone: after a mark, or a verb or preposition (与村委会; not 爨底下 + 村党支部, a name unread).
      const prev = start > 0 && isHan(text.charCodeAt(start - 1)) ? toks[tokens.at[start - 1]!] : undefined
      const alone = !prev || ALONE_AFTER.test(prev.pos)
      // …or its other committee written with no local word at all (大众社区党支部书记、居委会主任 → 大众社区居委会).
      if (alone && (village || (!word && start === bodyStart && first.phrase === 'local'))) {
        // The village's other committee written bare after its title in a list of titles (三台村党支部书记、村委会主任 → 三台村村委会):
        // named from that village as its first body writes it, in that body's region (the township written before the village).
        const titledVillage = villageTitled(input, lex, [...found, ...out], start, t.end, word, first.kind, text.slice(bodyStart, t.end))
        if (titledVillage) return void out.push(titledVillage)
      }
      const v = village && alone && !lex.genericWords.longestEndingAt(text, start) && !EACH_BEFORE.has(text.charCodeAt(start - 1)) ? villageBefore(input, lex, start, word) : null
      if (!v) return
      const name = text.slice(v.start, v.end) + text.slice(bodyStart, t.end)
      const d = within(v.start, v.end)?.division ?? input.home?.(start) ?? null
      out.push({ start, end: t.end, name, key: name, rank: 1, kind: first.kind, region: d?.name ?? null, division: d, term: null, session: null, rule: VILLAGE_RULE })
      return
    }
    // 各 before a zone's word names every zone's committee (各开发区管委会, 各园区党工委), no one body (as 各村党支部).
    // So does a generic word (有关 + 高新区管委会, 相关 + 开发区党工委).
    if (head.phrase === 'zone' && (EACH_BEFORE.has(text.charCodeAt(start - 1)) || lex.genericWords.longestEndingAt(text, start) !== undefined)) return
    // A zone written after a relative word is that region's (县 + 高新区管委会 → 唐河县高新区管委会).
    const zoneOf = head.phrase === 'zone' ? relativeZone(input, start, bodyStart) : null
    // A township's party or government body written with the township short is named from its full name, only the region
    // being completed (README; 桃园 + 办事处 → 桃园街道办事处); its institutions keep the name as written (贾村卫生院).
    const townFull = town && townAt.end === bodyStart && head.kind !== INSTITUTION_KIND && townAt.start === start ? townAt.division!.name : null
    const name = zoneOf ? zoneOf.region.name + text.slice(zoneOf.end, t.end) : townFull ? townFull + text.slice(bodyStart, t.end) : text.slice(start, t.end)
    // A firm named without a place is of the city (or province-level city) the report is about (GUIDE: where the text places it).
    // A province in a firm's name is where it is registered, not where the text places it (浙江晴耕雨读实业有限公司
    // visited in 龙港市): the city or county the report is about.
    // A zone named after a chain of places lies in the innermost (马鞍山市 + 和县 + 高新区 → 和县).
    let placeIn = (within(start, t.end) ?? above)?.division
    for (let p = head.phrase === 'zone' ? placeStart.get(start) : undefined; p?.division; p = placeStart.get(p.end)) {
      if (placeIn && p.division !== placeIn && !isAncestor(placeIn, p.division)) break
      placeIn = p.division
    }
    // A village's own body written without its township lies in the page's home (爨底下村党支部 on a page of 门头沟区).
    // So does a zone's body named without a place (松山新区工委, 高新区管委会): the zone is not a division.
    const home = (head.phrase === 'local' && head.kind !== INSTITUTION_KIND) || head.phrase === 'zone' ? input.home?.(start) ?? null : null
    const region = zoneOf?.region ?? (firm && placeIn?.level === 'province' ? input.relative(start, LOCAL) ?? placeIn : placeIn) ?? (from >= 0 ? input.relative(start, CITY) : home)
    // A township's body written with its place short or in full is one (新沟镇街道办事处, later 新沟镇街办事处).
    const key = townAt?.end === bodyStart ? `${townAt.division!.name}|${head.word}` : name
    out.push({ start, end: t.end, name, key, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: `rule:head:${head.phrase}` })
  }
  toks.forEach((word, i) => {
    if (covered[word.start]) return
    // A head the segmenter joins to the title after it (医院院长): the head ends where the title begins.
    const titled = titledHead(input, lex, word)
    const t = titled > 0 ? { start: word.start, end: titled, pos: word.pos } : word
    if (lex.headEnds.has(text.charCodeAt(t.end - 1))) headBody(i, t, titled)
  })
  return zonesInFull(namedInFull(out))
}

/**
 * A zone's body written again without the place its first full form names (苏州高新区管委会 … 高新区管委会): a further
 * mention of that body, named from the first full form (dev-pages README: where one body is written two ways, the name
 * is built from its first full form, 市科协 … 苏州市科学技术协会). Only where one such fuller body is written on the page.
 */
function zonesInFull(found: BodyMention[]): BodyMention[] {
  // Each zone body's name with its first mention: a page writes few names, however many mentions.
  const firstOf = new Map<string, BodyMention>()
  for (const f of found) if (f.rule === ZONE_RULE && !firstOf.has(f.name)) firstOf.set(f.name, f)
  return found.map((m) => {
    if (m.rule !== ZONE_RULE) return m
    const fuller = [...firstOf.values()].filter((f) => f.name.length > m.name.length && f.name.endsWith(m.name))
    const full = fuller.length === 1 ? fuller[0]! : undefined
    return full ? { ...m, name: full.name, key: full.key, region: full.region, division: full.division } : m
  })
}

/**
 * A zone's body written with its head alone (管委会, 党工委) right after the title of another body of that zone and an
 * enumeration mark: 经开区党工委书记、管委会主任 → 经开区管委会, 高新区管委会主任、党工委书记 → 高新区党工委 (one person's
 * titles, named once: the zone is the one just written). Its region is that body's. So after a zone's body written with a
 * relative word (区党工委副书记、管委会副主任 on a page about 高新区 → 高新区管委会, dev 361).
 */
function zoneTitled(input: BodyInput, lex: BodyLexicon, out: readonly BodyMention[], start: number, end: number, head: Head): BodyMention | null {
  const { text } = input
  const zone = [...out].reverse().find((m) => (m.rule === ZONE_RULE || m.rule === RELATIVE_ZONE_RULE) && m.end <= start)
  if (!zone || zone.kind === head.kind) return null
  // The two committees written together, as one word or one list mark between (高新区工委管委, 经开区党工委、管委会: README,
  // a party committee and government written together are the two bodies of that region), or one person's titles.
  const together = zone.end === start || (zone.end === start - 1 && LIST_MARK.has(text.charCodeAt(zone.end)))
  if (!together && (text.charCodeAt(start - 1) !== ENUMERATION_COMMA || input.roleAt(text, zone.end)?.length !== start - 1 - zone.end)) return null
  let e = zone.name.length - 1
  while (e > 0 && lex.zoneEnds.longestEndingAt(zone.name, e) === undefined) e--
  if (e <= 0) return null
  const name = zone.name.slice(0, e) + head.word
  return { start, end, name, key: name, rank: 1, kind: head.kind, region: zone.region, division: zone.division, term: null, session: null, rule: ZONE_RULE }
}

const VILLAGE_RULE = 'rule:head:village'
const LOCAL_RULE = 'rule:head:local'

/**
 * A village's committee written bare (村委会) right after a title of another body of that village, joined by 、 or 兼
 * (三台村党支部书记、村委会主任, 三台村党支部书记兼村委会主任: one person's titles), or after the first title's holder and 、
 * (三台村党支部书记李光霞、村委会主任王明): that village's committee, named from the village as the body before it writes it
 * (三台村 + 村委会; in the other order 三台村 + 党支部, the village ending where that body's head begins, not at its last 村)
 * and of its region; else null. As zoneTitled reads a zone's two committees.
 */
function villageTitled(input: BodyInput, lex: BodyLexicon, out: readonly BodyMention[], start: number, end: number, word: string, kind: string, body: string): BodyMention | null {
  const { text } = input
  const before = [...out].reverse().find((m) => m.end <= start)
  if (!before || before.kind === kind || (before.rule !== LOCAL_RULE && before.rule !== VILLAGE_RULE)) return null
  const join = text.charCodeAt(start - 1)
  const title = input.roleAt(text, before.end)?.length
  if (!lex.titleJoins.has(join) || title === undefined) return null
  const titleEnd = before.end + title
  if (titleEnd !== start - 1 && !(join === ENUMERATION_COMMA && holderBetween(input, titleEnd, start - 1))) return null
  const village = villageOf(lex, before.name)
  if (word ? !village.endsWith(word) : !lex.localEnds.longestEndingAt(village, village.length)) return null
  const name = village + body
  return { start, end, name, key: name, rank: 1, kind: kind as BodyMention['kind'], region: before.region, division: before.division, term: null, session: null, rule: VILLAGE_RULE }
}

/** The village a village's body is named from (三台村 of 三台村村委会 and of 三台村党支部): its name before its head word, or ''. */
function villageOf(lex: BodyLexicon, name: string): string {
  for (let j = 1; j < name.length; j++) if (lex.heads.matchesAt(name, j).some(([e]) => e === name.length)) return name.slice(0, j)
  return ''
}

// The longest name of a title's holder between two titles (欧阳光明).
const HOLDER_MAX = 4

/** Whether the text from `from` to `to` is one word of a person's name the segmenter guessed or does not know (李光霞/x, 王明/nr). */
function holderBetween(input: BodyInput, from: number, to: number): boolean {
  const { text, tokens } = input
  const t = tokens.list[tokens.at[from] ?? -1]
  return t !== undefined && t.start === from && t.end === to && to - from >= 2 && to - from <= HOLDER_MAX && every(text, from, to, isHan) && (GUESSED_NAME_TAGS.has(t.pos) || t.pos === UNKNOWN_TAG)
}

// The tag of a common noun of the segmenter.
const COMMON_NOUN = /^n$/

/**
 * A university or institute named by the words before its head (phrase any), from the first word `k` the walk
 * reached: a place written right before those words begins the name too, beyond the walk's reach or where the
 * segmenter tags it as no noun (四川 + 钒 + 钛 + 产业 + 技术 + 研究院, 大连 + 医科大学); a relative region word
 * that begins it is the region it means (省 + 科学技术发展战略研究院 → 四川省科学技术发展战略研究院; as written
 * where none is known). A name that begins with a count or a generic word names a kind of institute, not one
 * (全国 + 产业技术研究院, 首批 + 十大 + 产业技术研究院).
 */
function instituteBody(input: BodyInput, lex: BodyLexicon, numerals: Numerals, placeStart: Map<number, PlaceMention>, within: (start: number, end: number) => PlaceMention | undefined, covered: Uint8Array, k: number, headStart: number, end: number, head: Head): BodyMention | null {
  const { text, tokens } = input
  const toks = tokens.list
  let start = toks[k]!.start
  const prev = toks[k - 1]
  const place = prev && prev.end === start ? placeStart.get(prev.start) : undefined
  if (place?.division && place.end === start && !covered[place.start]) start = place.start
  // A place whose name begins with a numeral (三明, 六安, 十堰) is the name's first word, no count (三明 + 医学科技职业学院).
  else if (countedBefore(input, numerals, k) || (countWord(text, toks[k]!, numerals) && !placeStart.get(start)?.division) || lex.genericWords.longestEndingAt(text, toks[k]!.end)?.start === start) return null
  if (headStart - start < 2) return null
  // One common noun alone before the head names a kind of institute, or none (干部 + 学院; 代表 + 学院 of 代表学院向…致欢迎):
  // an institute's own name is a place or a proper noun (南开 + 大学; 观音桥/n + 派出所, 观音桥 a street), or more words.
  if (toks[k]!.end === headStart && start === toks[k]!.start && COMMON_NOUN.test(toks[k]!.pos) && !within(start, headStart)?.division) return null
  const rel = start === toks[k]!.start ? input.relativeWords.longestAt(text, start) : undefined
  const d = rel?.end === toks[k]!.end ? input.relative(start, rel.values[0]!) : null
  // A government's station named by its area (西市 + 派出所) lies in the page's home where it names no place.
  const region = d ?? within(start, end)?.division ?? (head.kind === 'government' ? input.home?.(start) ?? null : null)
  const name = d ? d.name + text.slice(rel!.end, end) : text.slice(start, end)
  return { start, end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: 'rule:head:any' }
}

/** Whether word `w` ends in a word for a member of a body (委员, 政协委员, 代表: data/member-words.txt). */
function endsInMember(lex: BodyLexicon, text: string, w: { start: number; end: number }): boolean {
  for (let s = w.start; s < w.end; s++) if (lex.members.matchesAt(text, s).some(([e]) => e === w.end)) return true
  return false
}

// How many words an institute's name may have before the 和 or 与 within it (聊城市 + 教育 + 考试 + 与 + 教学研究院).
const JOINED_WORDS = 3

/**
 * Where an institute's name begins that 和 or 与 joins within (聊城市教育考试与教学研究院, 经济与管理学院 of a
 * university named before): through the conjunction right before word `k`, over nouns to a place that begins the
 * name; else `k` (推动高校与研究院合作, 聊城大学与研究院: a body or no name before the conjunction).
 */
function joinedInstitute(input: BodyInput, lex: BodyLexicon, placeStart: Map<number, PlaceMention>, k: number): number {
  const { text, tokens } = input
  const toks = tokens.list
  const c = toks[k - 1]
  if (!c || c.end !== toks[k]!.start || c.end - c.start !== 1 || !JOINS.has(text.charCodeAt(c.start))) return k
  for (let j = k - 1; j > 0 && k - 1 - j < JOINED_WORDS; j--) {
    const w = toks[j - 1]!
    if (w.end !== toks[j]!.start || !PHRASE_POS.test(w.pos) || !every(text, w.start, w.end, isHan) || endsInHead(lex, text, w)) return k
    if (placeStart.get(w.start)?.division) return j - 1
  }
  return k
}

/** Whether a word is an ordinal alone (第一, 第二十). */
function ordinal(text: string, w: { start: number; end: number }, numerals: Numerals): boolean {
  if (text[w.start] !== ORDINAL || w.end - w.start < 2) return false
  for (let s = w.start + 1; s < w.end; s++) if (!numerals.isNumeralUnit(text.charCodeAt(s))) return false
  return true
}

/** Whether a word is a number fused with one unit after it (十大, 两所): a count of institutes, not a name. */
function countWord(text: string, w: { start: number; end: number; pos: string }, numerals: Numerals): boolean {
  let s = w.start
  while (s < w.end && numerals.isNumeralUnit(text.charCodeAt(s))) s++
  return s > w.start && w.end - s === 1 && w.pos !== 'ns'
}

// How far back, in units, the village a bare 村 + body means may be named (within its paragraph).
const VILLAGE_SPAN = 60
const LINE = '\n'

/**
 * The village named last before `at` in its paragraph, ending in `word` (村, 社区): a proper or unknown word of
 * the segmenter with the word joined to it (查济村) or written after it (东关 + 村), ending a word there (not 村里),
 * no generic word (农村, 乡村).
 */
function villageBefore(input: BodyInput, lex: BodyLexicon, at: number, word: string): { start: number; end: number } | null {
  const { text, tokens } = input
  for (let k = at - word.length; k >= Math.max(1, at - VILLAGE_SPAN) && text[k] !== LINE; k--) {
    if (!text.startsWith(word, k)) continue
    const end = k + word.length
    const joined = tokens.list[tokens.at[k]!]
    const before = tokens.list[tokens.at[k - 1]!]
    const t = joined && joined.start < k && joined.end === end ? joined : before && before.end === k && tokens.isStart[k] === 1 ? before : undefined
    // The nearest village written is the one meant: where it cannot be read, none is.
    if (!isHan(text.charCodeAt(k - 1))) continue
    // …a name that ends with its word (not 村 of 到村里); one the segmenter does not know, cut with a locative (爨 + 底下 + 村).
    const i = t ? tokens.at[t.start]! : -1
    const from = t && unreadName(tokens.list, i) ? tokens.list[i - 1]!.start : t?.start
    return t && from !== undefined && tokens.isEnd[end] === 1 && (VILLAGE_POS.test(t.pos) || from < t.start) && every(text, from, end, isHan) && localOk(lex, text.slice(from, end)) ? { start: from, end } : null
  }
  return null
}

/** The region of a relative word that begins a zone's name, a word of its own before the zone (县 + 高新区), and its end. */
function relativeZone(input: BodyInput, start: number, to: number): { region: Division; end: number } | null {
  const rel = input.relativeWords.longestAt(input.text, start)
  if (!rel || rel.end >= to || !input.tokens.isStart[rel.end]) return null
  const region = input.relative(start, rel.values[0]!)
  return region ? { region, end: rel.end } : null
}

/**
 * Where a firm's name begins in its first word: after the 村 (or 镇, 社区…) of the village the word before
 * names, where the segmenter joins them (复兴 + 村城鑫 + 食品有限公司 → 城鑫食品有限公司).
 */
function villageAfter(lex: BodyLexicon, text: string, w: { start: number; end: number }, prev: { end: number } | undefined): number {
  if (prev?.end !== w.start) return w.start
  for (let e = w.start + 1; e < w.end - 1 && e - w.start <= 2; e++) if (lex.localEnds.longestEndingAt(text, e)?.start === w.start) return e
  return w.start
}

/** Whether a word ends in a head word (卫生院, 城关镇卫生院). */
function endsInHead(lex: BodyLexicon, text: string, w: { start: number; end: number }): boolean {
  if (!lex.headEnds.has(text.charCodeAt(w.end - 1))) return false
  for (let s = w.start; s < w.end; s++) if (lex.heads.longestAt(text, s)?.end === w.end) return true
  return false
}

// The hospital's own name inside an institute's head: a name, a place or a word the segmenter does not know (逸夫, 盛京, 眼视光).
const OWN_NAME_POS = /^(?:n|nz|nr|nrt|ns|j|x)$/
const OWN_NAME_MAX = 4

/**
 * An institute's head written with the own name of what it ends inside (附属 + 逸夫 + 医院, 附属 + 口腔医院 of
 * 南京医科大学附属逸夫医院): its lead a word of its own one or two words before word `i`, its tail a head that ends
 * the words (医院); the name between is one to four characters of one word, or the start of word `i`.
 */
function namedInstitute(lex: BodyLexicon, input: BodyInput, i: number, end: number): [Head[], number] | null {
  const { text, tokens } = input
  const toks = tokens.list
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const lead = toks[j]!
    if (lead.end !== toks[j + 1]!.start || (j < i - 1 && (toks[i - 1]!.end !== toks[i]!.start || !OWN_NAME_POS.test(toks[i - 1]!.pos)))) return null
    if (!every(text, lead.start, end, isHan)) continue
    for (let tail = end - 2; tail > lead.end; tail--) {
      if (tail - lead.end > OWN_NAME_MAX || (j < i - 1 && tail !== toks[i]!.start) || lex.heads.longestAt(text, tail)?.end !== end) continue
      const word = text.slice(lead.start, lead.end) + text.slice(tail, end)
      const h = lex.heads.longestAt(word, 0)
      if (h?.end === word.length && h.values[0]!.phrase === INSTITUTE && !h.values[0]!.whole) return [h.values, j]
    }
  }
  return null
}

/** Where a head ends inside a word that a title ends (医院 + 院长), else -1. */
function titledHead(input: BodyInput, lex: BodyLexicon, w: { start: number; end: number }): number {
  const { text } = input
  for (let s = w.start + 1; s < w.end; s++) {
    // The head's last character first: asked for every word of the text, most of whose characters end no head.
    if (!lex.headEnds.has(text.charCodeAt(s - 1))) continue
    const role = input.roleAt(text, s)
    if (role !== undefined && s + role.length === w.end) return s
  }
  return -1
}

/**
 * A body named by one proper name right before its head, kept as written (南京海关, 金陵海关): the word
 * before the head in the same token or the token before it, a place or a proper noun of the segmenter.
 */
function properBody(input: BodyInput, covered: Uint8Array, placeStart: Map<number, PlaceMention>, i: number, head: Head): BodyMention | null {
  const { text, tokens } = input
  const t = tokens.list[i]!
  const bodyStart = t.end - head.word.length
  const prev = bodyStart > t.start ? t : tokens.list[i - 1]
  const start = bodyStart > t.start ? t.start : prev?.end === t.start ? prev.start : -1
  if (!prev || start < 0 || covered[start] || bodyStart - start < 2 || !every(text, start, bodyStart, isHan)) return null
  const place = placeStart.get(start)
  if (!(place && place.end === bodyStart) && !PROPER_POS.test(prev.pos)) return null
  const name = text.slice(start, t.end)
  const region = place?.division ?? null
  return { start, end: t.end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: 'rule:head:proper' }
}

/**
 * A body named by nouns that begin with a place, kept as written (奉贤区南桥镇商会, 上海市工商联物联网产业商会,
 * 萧山商会; a school's: 三台县七一小学, 绵阳中学): at most five nouns before the head, through the places among them to the first; not a generic
 * word right before the head (上海市基层商会: data/generic-body-words.txt).
 */
function namedBody(input: BodyInput, lex: BodyLexicon, numerals: Numerals, placeStart: Map<number, PlaceMention>, i: number, head: Head, end: number, titled = false): BodyMention | null {
  const { text, tokens } = input
  const toks = tokens.list
  const t = { ...toks[i]!, end }
  const bodyStart = t.end - head.word.length
  const school = head.phrase === 'school'
  if (bodyStart > t.start && !(SCHOOL_WORD_POS.test(toks[i]!.pos) && bodyStart - t.start >= 2)) return null
  const pos = school ? SCHOOL_POS : NAMED_POS
  // The places of the name, last first: the region is the last one of a lower level than the first and in its
  // province (南桥镇 of 奉贤区南桥镇商会, 彭浦镇 of 闸北区彭浦镇商会, a district of former days; not 广东省 of 上海市广东商会,
  // nor 温州市 of 上海市浙江温州商会: the members' origin).
  const within: Division[] = []
  let start = -1
  let first = -1
  // A generic word is the whole name after a place (上海市 + 基层 + 商会), not a word within it (杭州市 + 餐饮行业 + 协会).
  const generic = lex.genericWords.longestEndingAt(text, bodyStart)
  for (let k = i; k > 0 && i - k < 5; k--) {
    const w = toks[k - 1]!
    if (w.end !== toks[k]!.start || !pos.test(w.pos) || !every(text, w.start, w.end, isHan) || (k < i && titledName(input, w, toks[k]!)) || (k === i && w.pos === DISTINGUISHING_POS)) break
    // A school's or hospital's name holds no person's title (成都市 + 政协委员 + 调研 + 中医院: the members' survey of such hospitals).
    if (school && endsInTitle(input, w)) break
    const p = placeStart.get(w.start)
    if (p?.division) { start = w.start; first = k - 1; within.push(p.division) }
    if (generic && p && (p.end === generic.start || organBetween(lex, text, p.end, generic.start))) return null
  }
  if (start < 0 || foreignBefore(input, placeStart, first) || countedBefore(input, numerals, first)) return null
  // A title joined to a school right after a region's full name is the title of the region's schools (平和县 + 小学校长
  // 培训班), not of one school; a school named from its place written short (绵阳 + 中学校长) or by a name is one.
  const only = placeStart.get(start)
  if (titled && only?.end === bodyStart && text.slice(only.start, only.end) === only.division?.name) return null
  const name = text.slice(start, t.end)
  const top = within[within.length - 1]!
  const region = within.find((d) => PlaceLevelSchema.options.indexOf(d.level) > PlaceLevelSchema.options.indexOf(top.level) && provinceOf(d) === provinceOf(top)) ?? top
  return { start, end: t.end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: `rule:head:${head.phrase}` }
}

// The words of the segmenter a person's name may be: a name, or a word it does not know (吴立村/x).
const NAME_POS = /^(?:nr|nrfg|nrt|x)$/

/**
 * Whether a word of the segmenter is a title (监事长, 会长) followed by a person's name: it ends the words of a
 * body's name read back from its head (温州商会 + 监事长 + 吴立村 + 代表 + 商会 names no chamber). A title or a
 * profession followed by no name is the body's own word (徐州市 + 记者 + 协会, 徐州市 + 律师 + 商会).
 */
function titledName(input: BodyInput, w: { start: number; end: number }, next: { pos: string }): boolean {
  if (!NAME_POS.test(next.pos)) return false
  // The title may end a word the segmenter joins to the body before it (协会会长 + 张明华).
  return endsInTitle(input, w)
}

/** Whether a word of the segmenter ends in a person's title (政协委员, 会长). */
function endsInTitle(input: BodyInput, w: { start: number; end: number }): boolean {
  for (let s = w.start; s < w.end; s++) if (input.roleAt(input.text, s)?.length === w.end - s) return true
  return false
}

/**
 * Whether an organ fills the words between a place and a generic word (福州市 + 工商联 + 街镇 + 商会): the
 * generic word is then the whole name after the organisation (a kind of chamber it gathers, not one chamber).
 */
function organBetween(lex: BodyLexicon, text: string, from: number, to: number): boolean {
  return to > from && lex.organs.matchesAt(text, from).some(([end]) => end === to)
}

// A count before a name: 81个 + 湖北商会 (a kind of body, not one).
const COUNTED_POS = /^(?:m|q)$/

/**
 * Whether a count is written right before the name's first place (全国81个湖北商会, 10余个湖北商会), or a count of
 * regions (华东六省一市 + 湖南商会联席会议: the chambers of six provinces and a city, not one chamber).
 */
function countedBefore(input: BodyInput, numerals: Numerals, k: number): boolean {
  const w = input.tokens.list[k - 1]
  if (w === undefined || w.end !== input.tokens.list[k]!.start) return false
  if (COUNTED_POS.test(w.pos)) return true
  let s = w.start
  while (s < w.end && numerals.isNumeralUnit(input.text.charCodeAt(s))) s++
  return s > w.start && s < w.end && input.relativeWords.longestAt(input.text, s)?.end === w.end
}

/**
 * Whether a place name that is no Chinese division is written right before the name's first place, in the
 * same noun phrase (法国海外省圭亚那 + 江浙沪华侨华人联合会): the body is one abroad, named after its members' origin.
 */
function foreignBefore(input: BodyInput, placeStart: Map<number, PlaceMention>, k: number): boolean {
  const w = input.tokens.list[k - 1]
  return w !== undefined && w.end === input.tokens.list[k]!.start && w.pos === 'ns' && !placeStart.get(w.start)?.division
}

/**
 * Whether the words between a place and its office are an organ other than a party committee or a
 * government (太湖县政协办公室, 县人大常委会办公室), also after a relative word (株洲 + 县政协办公室, where
 * the county is no division of today): the office is then a department of that body, not a body of its
 * own (a party committee's and a government's offices are found as their parts and organs).
 */
function officeOfOrgan(input: BodyInput, lex: BodyLexicon, from: number, to: number): boolean {
  const { text } = input
  const at = input.relativeWords.longestAt(text, from)?.end ?? from
  for (const [end, organs] of [...lex.organs.matchesAt(text, from), ...(at > from ? lex.organs.matchesAt(text, at) : [])]) {
    const own = organs.filter((o) => o.kind !== 'party' && o.kind !== 'government')
    if (end === to && own.length) return true
    // …or the office of one of a 政协's special committees (宁陕县政协学宣文卫委员会办公室: dev 944, whose gold names the
    // committee; as a 政协's office is folded into its 政协, the dev-pages README): the committee is the body.
    if (end < to && own.some((o) => o.kind === CPPCC_KIND)) {
      // Any stem of words is the committee's here (as openSpecial reads after 政协), its office being named after it.
      const parts = readParts(lex, text, end, CPPCC_KIND, () => true)
      if (parts.end === to && parts.kind === SPECIAL_KIND) return true
    }
  }
  return false
}

/**
 * The first resolved place (in list order) lying within [start, end), found among the places that start
 * there (indexed once by start) instead of through every place of the page.
 */
function placesWithin(places: readonly PlaceMention[]): (start: number, end: number) => PlaceMention | undefined {
  const byStart = places.map((_, i) => i).sort((a, b) => places[a]!.start - places[b]!.start)
  return (start, end) => {
    let first = -1
    for (let k = partitionPoint(byStart.length, (j) => places[byStart[j]!]!.start < start); k < byStart.length && places[byStart[k]!]!.start <= end; k++) {
      const i = byStart[k]!
      const p = places[i]!
      if (p.division && p.end <= end && (first < 0 || i < first)) first = i
    }
    return first < 0 ? undefined : places[first]
  }
}

// A department listed after one of its region is of that region too (区商务局、经合局): after the enumeration mark only
// (ENUMERATION_COMMA; 和 joins the words of one name: 海洋发展和渔业局), the item before a government body, the item named
// by LIST_HEAD_RULE.
const GOVERNMENT_KIND = 'government'
const LIST_HEAD_RULE = 'rule:list+head:region'
// Bodies found from a relative word, alone or in a list of them (extract.ts).
const RELATIVE_BODY = /^rule:(?:relative|list)/
// The row of a head that may end a name of its own alone, as a school's does (data/body-heads.tsv).
const OWN_NAME = 'school'
// Words inside the name of a department: nouns, verbal nouns, verbs and distinguishing words (海洋发展, 畜牧兽医管理,
// 城管执法, 公共 + 法律服务中心).
const STEM_POS = /^(?:n|ns|nt|nz|ng|j|vn|v|l|x|b)$/
// The verb of a sentence (召开, 走访), not a verbal noun (建设/vn).
const SENTENCE_VERB = /^v$/
const JOINS = UnitSet.of([CONJUNCTIONS.slice(0, 2)]) // 和与, not 及
const LIST_MARK = UnitSet.of([LIST_MARKS])
// How long an unknown or guessed word must be to hold a preposition and a name of two units.
const GLUED_MIN = 3
export const GLUED_BEFORE = 'before'
const GLUED_AFTER = 'after'

/** The row of the head ending a word that lets a body be named by its own name alone (医院 of 瑞金医院: data/body-heads.tsv, school). */
function ownRow(lex: BodyLexicon, text: string, t: { start: number; end: number }): Head | undefined {
  for (let s = t.start; s < t.end; s++) {
    const h = lex.heads.longestAt(text, s)
    if (h?.end === t.end) return h.values.find((v) => v.phrase === OWN_NAME)
  }
  return undefined
}

/**
 * Whether an unknown word holds a preposition glued before a name (及杏滨/x) or after one (韩德振对/x): data/function-words.tsv,
 * glued-to-body; a person's name the segmenter guessed may hold one before (和良渚/nr + 街道社区卫生服务中心). A word shorter
 * than `min` units is none (a party's short form of one unit glued after the preposition makes two: 及社/x, extract.ts).
 */
export function gluedFunction(lex: BodyLexicon, text: string, w: { start: number; end: number; pos: string }, min = GLUED_MIN): typeof GLUED_BEFORE | typeof GLUED_AFTER | null {
  if (w.end - w.start < min) return null
  if (GUESSED_NAME_TAGS.has(w.pos) && lex.gluedToBody.has(text.charCodeAt(w.start))) return GLUED_BEFORE
  if (w.pos !== UNKNOWN_TAG) return null
  if (lex.gluedToBody.has(text.charCodeAt(w.start))) return GLUED_BEFORE
  return lex.gluedToBody.has(text.charCodeAt(w.end - 1)) ? GLUED_AFTER : null
}

/**
 * The region a department listed after `before` shares: its region; where the page writes none, none, the department named
 * as written, as the list's bodies of the lexicon are (区商务局、经合局 → 经合局); nothing after a body written with no
 * region or relative word (财政局、经合局: the list writes no region once).
 */
function listedRegion(before: BodyMention | undefined): { region: string | null; division: Division | null } | undefined {
  if (!before) return undefined
  return before.region !== null || RELATIVE_BODY.test(before.rule) ? { region: before.region, division: before.division } : undefined
}

// The most words of a zone's name before its zone word (雨花 + 经济 + 开发区, 仲恺 + 高新区), and theirs: nouns and proper or
// unknown words, no body's name (市政协 + 高新区 is the 政协's office's).
const ZONE_WORDS = 3
const ZONE_NAME_POS = /^(?:n|ns|nz|nr|nrt|ng|s|x)$/

/**
 * Where the name of a zone begins that ends right before the word `k` (仲恺 + 高新区 | 住建局): the words before it that end
 * in a zone word (data/zone-words.txt) and the proper or content words right before those, within the phrase; -1 where none.
 */
function zoneBefore(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, k: number): number {
  const { tokens } = input
  const last = tokens.list[k - 1]
  if (!last || last.end !== tokens.list[k]!.start) return -1
  return zoneStart(input, lex, covered, k - 1)
}

/** Where the name of a zone begins that ends with the word `j` (仲恺 + 高新区, 松山 + 新区), or -1 where that word ends in no zone word. */
export function zoneStart(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, j: number): number {
  const { text, tokens } = input
  const toks = tokens.list
  const last = toks[j]!
  if (covered[last.start] || lex.zoneEnds.longestEndingAt(text, last.end) === undefined || !every(text, last.start, last.end, isHan)) return -1
  let k = j
  while (k > 0 && j - k < ZONE_WORDS - 1 && toks[k - 1]!.end === toks[k]!.start && ZONE_NAME_POS.test(toks[k - 1]!.pos) && !covered[toks[k - 1]!.start] && every(text, toks[k - 1]!.start, toks[k - 1]!.end, isHan)) k--
  const start = toks[k]!.start
  // Not after 各 or a generic word (各开发区住建局, 有关园区管委会: every zone's).
  if (EACH_BEFORE.has(text.charCodeAt(start - 1)) || lex.genericWords.longestEndingAt(text, start) !== undefined) return -1
  return last.end - start >= 2 ? start : -1
}

/**
 * A department named by the words between its region and its head word (data/body-heads.tsv, phrase
 * region): 县 + 海洋发展和渔业局, 县 + 畜牧兽医管理服务中心, 德阳市 + 城管执法局. The region is a place or a
 * relative region word written as a word of its own, right before at most five words of the name; 和 may
 * join two of them (海洋发展和渔业局), not begin or end the stem; no word of data/generic-body-words.txt ends
 * the stem, and no word of data/not-body-heads.txt the whole (发展大局, 民进党当局: no bureau).
 */
function regionBody(input: BodyInput, lex: BodyLexicon, covered: Uint8Array, placeEnd: Map<number, PlaceMention>, i: number, head: Head, departmentAt?: ReadonlyMap<number, BodyMention>): BodyMention | null {
  const { text, tokens } = input
  const toks = tokens.list
  const t = toks[i]!
  if (lex.genericWords.longestEndingAt(text, t.end - head.word.length) !== undefined || lex.notHeads.longestEndingAt(text, t.end) !== undefined) return null
  for (let k = i; k >= 0 && i - k < 6; k--) {
    const start = toks[k]!.start
    if (k < i || start < t.end - head.word.length) {
      // The region ends here: a resolved place, or a relative word that is a whole word (县, 市).
      const place = placeEnd.get(start)
      const prev = toks[k - 1]
      // …also after a demonstrative or 我 the segmenter joins to it (我县 + 公共法律服务中心).
      const relAt = prev && lex.beforeRelative.has(text.charCodeAt(prev.start)) && prev.end - prev.start > 1 ? prev.start + 1 : prev?.start
      const rel = !place && prev && prev.end === start ? input.relativeWords.longestAt(text, relAt!) : undefined
      const d = place ? place.division : rel && rel.end === start ? input.relative(relAt!, rel.values[0]!) : undefined
      // A verb right after the region is the sentence's, no word of the name (肥西县 + 走访/召开 + 紫蓬山管委会, 长沙县 + 推进 +
      // 星沙管委会, 肥西县 + 召开 + 重点项目建设指挥部: none); a verb inside it stays (文化 + 带/v + 建设 + 管委会).
      if ((place || (rel && rel.end === start)) && k < i && SENTENCE_VERB.test(toks[k]!.pos)) return null
      if ((place || (rel && rel.end === start)) && !(toks[k]!.end - start === 1 && JOINS.has(text.charCodeAt(start))) && t.end - start - head.word.length >= 2) {
        const from = place ? place.start : relAt!
        if (covered[from]) return null
        const written = text.slice(start, t.end)
        const name = d ? d.name + written : text.slice(from, t.end)
        return { start: from, end: t.end, name, key: `${d?.name ?? name}|${written}`, rank: place ? 2 : 1, kind: head.kind, region: d?.name ?? null, division: d ?? null, term: null, session: null, rule: 'rule:head:region' }
      }
      // …or a zone whose short name is glued to it (仲恺高新区 + 住建局): one body of the zone, no division, in the page's
      // home as a zone's own bodies are (高新区管委会); a place the zone's name begins with is its region.
      const zone = head.phrase === 'region' && !place && !(rel && rel.end === start) && t.end - start - head.word.length >= 2 ? zoneBefore(input, lex, covered, k) : -1
      if (zone >= 0) {
        const p = input.places.find((m) => m.division && m.start >= zone && m.end <= start)?.division
        const region = p ?? input.home?.(zone) ?? null
        const name = text.slice(zone, t.end)
        return { start: zone, end: t.end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: ZONE_RULE }
      }
      // …or the list item before: a department of a region, right before the list mark (区商务局、经合局 → the district's).
      // …also set in quotes, whole (区民政局、“农林畜牧局”、商务局).
      const quoted = OPENING_QUOTES.includes(text[start - 1] ?? '') && CLOSING_QUOTES.includes(text[t.end] ?? '') ? 1 : 0
      const listed = text.charCodeAt(start - 1 - quoted) === ENUMERATION_COMMA && t.end - start - head.word.length >= 2 ? listedRegion(departmentAt?.get(start - 1 - quoted)) : undefined
      if (listed !== undefined) {
        if (covered[start]) return null
        const written = text.slice(start, t.end)
        const name = (listed.region ?? '') + written
        return { start, end: t.end, name, key: `${listed.region ?? name}|${written}`, rank: 1, kind: head.kind, region: listed.region, division: listed.division, term: null, session: null, rule: LIST_HEAD_RULE }
      }
    }
    if (k === 0) return null
    const w = toks[k - 1]!
    if (covered[w.start] || w.end !== toks[k]!.start || !every(text, w.start, w.end, isHan)) return null
    if (!STEM_POS.test(w.pos) && !(w.end - w.start === 1 && JOINS.has(text.charCodeAt(w.start)) && toks[k]!.start < t.end - head.word.length)) return null
  }
  return null
}
