import type { Division } from '../places/types.js'
import { CLOSING_QUOTES, COMMITTEE, CONJUNCTIONS, CPPCC, EACH, HAN_SMALL, LIST_MARKS, NATIONAL, OPENING_QUOTES, ORDINAL, SESSION_SOURCE, TERM_SOURCE } from '../text/grammar.js'
import { every, isHan, isWhitespace, some, UnitSet } from '../text/chars.js'
import { closesCredit } from '../text/line-kinds.js'
import type { Numerals } from '../text/numerals.js'
import { admissible, bodyKey, bodyMention, bracketedSpecial, fieldSpecial, formerless, keyPrefix, keyRegion, partEnd, partIds, readBody, readParts, regionForm, termless, type Body, type Found, type WordEnd } from './grammar.js'
import { GLUED_BEFORE, gluedFunction, headBodies } from './heads.js'
import { attachedInstitutions } from './attached.js'
import { chainCommittees, listedPartyCommittees } from './chains.js'
import { listItemOffices } from './list-items.js'
import { homeBodies } from './home-bodies.js'
import { articleZones, zoneNameEnd, zoneRelative } from './home-zone.js'
import { selfInstitutions } from './self-institutions.js'
import { visitedRepeats } from './visited-schools.js'
import { cpcTitleAfter, ownNamedPartyCommittees, ownPartyCommittees, partyTitleAfter } from './own-committees.js'
import { townshipCppccBodies } from './township.js'
import { genericEndAt, longest, organEnds, partyCommitteeOfParty, type BodyLexicon, type Prefix } from './lexicon.js'
import type { PlaceMention } from '../places/types.js'
import { isAncestor, locates } from '../places/gazetteer.js'
import { tokenStartingAt, type Tokens, type WordToken } from '../segment/tokens.js'
import { bodyMentionOf, type BodyInput, type BodyMention } from './types.js'
import { fits, type RelativeLevel } from '../regions/words.js'
import { CITY_LIST_RULE, LIST_RULE } from '../places/abbreviations.js'

// A list of bodies: 市委、市政府; 市各民主党派、工商联; and the end of a clause, which ends a list.
const LIST = UnitSet.of([LIST_MARKS])
const CONJUNCTION = UnitSet.of([CONJUNCTIONS])
const CLAUSE_END = /[，。；！？：\n]/
const STRAY_COMMA = /[，,]/
// The longest organ of a party committee written before a paired body, in characters (党工委).
const ORGAN_MAX = 3
// A preposition glued to a party's short form of one unit (及社/x): two units.
const GLUED_SHORT_FORM = 2
// Bodies found from a relative word, alone or in a list of them (市政府办、发改委).
const RELATIVE_RULE = /^rule:(?:relative|list)/
// Bodies of a zone named from it (高新区管委会, 区党工委 of 高新区: heads.ts, home-zone.ts).
const ZONE_RULES = /^rule:(?:head:zone|relative\+zone|list\+zone)$/
// Where a list item or a line begins: after a list mark, a clause mark or a line break.
const ITEM_START = UnitSet.of(['、，；。\n'])
// The colon after a heading (normalized text writes it full width).
const FULL_COLON = 0xff1a
// The opening mark of a title (a report, a law) after a body that wrote it.
const OPEN_TITLE = 0x300a
const NEWLINE = 0x0a
const CPPCC_KIND = 'cppcc'
// The segmenter's part of speech of an abbreviation (川, 渝 of 川渝).
const ABBREVIATION_POS = 'j'
// The segmenter's parts of speech of a direction or locality word (西部, 沿海, 沿线 of 长江沿线; 境内): before a glued level list,
// a region of several (西部省市政协), no bodies.
const LOCALITY_POS = new Set(['f', 's'])
const SPECIAL_KIND = 'cppcc-special'
const GOVERNMENT = 'government'
const CONGRESS_KIND = 'congress'
const MASS = 'mass-organisation'
const OTHER = 'other'
// The level of the divisions a national association has chapters in (data/station-words.tsv, chapter).
const PROVINCE = 'province'
// The segmenter's tag of a word its dictionary does not hold (src/segment/lexicon.ts).
const UNKNOWN_WORD = 'x'
// 政协吉林市第十四届委员会第三次会议 / 中国人民政治协商会议吉林市委员会; the term may come first:
// 政协第七届汶上县委员会, 中国人民政治协商会议第十四届全国委员会, 第 left out or not (政协十四届全国委员会, 中国政协十一届全国委员会).
const CPPCC_TITLE = new RegExp(`^(?:${TERM_SOURCE})?委员会(?:${SESSION_SOURCE})?`)
// …or a session of it written with its term and no 委员会 (政协霍山县十届一次会议).
const CPPCC_SESSION = new RegExp(`^${[TERM_SOURCE, SESSION_SOURCE].map((x) => x.replace(ORDINAL, `${ORDINAL}?`)).join('')}`)
const CPPCC_WORD = `(?:中国人民政治协商会议|${CPPCC})`, CPPCC_BEFORE = new RegExp(`${CPPCC_WORD}(?:${TERM_SOURCE.replace(ORDINAL, `${ORDINAL}?`)})?$`)
const TERM = new RegExp(`^${TERM_SOURCE}`)
// A term between a region and its 政协 or 人大, 第 left out or not (郑州市第十四届人大代表, 河南省第十一届政协委员, 县十七届人大).
const TERM_BEFORE_BODY = new RegExp(`^${TERM_SOURCE.replace(ORDINAL, `${ORDINAL}?`)}`)
const TERMED_KINDS = new Set(['cppcc', 'congress'])
// The same words with a term right after them and no region (政协九届一次会议, 中国人民政治协商会议第十一届委员会).
const BARE_CPPCC = new RegExp(`${CPPCC_WORD}(?=${TERM_SOURCE.replace(ORDINAL, `${ORDINAL}?`)})`, 'g')
const INSTITUTION_RULE = 'rule:prefix+institution+branch'
const INSTITUTION_ALONE_RULE = 'rule:party-institution-branch'
// The national institution a party's branch is named by (中国农业科学院 of 九三学社中国农业科学院委员会): a mention inside the branch's.
export const INNER_RULE = 'lexicon:national-in-branch'
// A body that shares the words of another listed beside it (区、镇党委、政府: 政府 is the 区政府 too): kept beside it, of the same span.
export const SHARED_RULE = 'rule:list+shared-body'
// A relative body (县政协), and one of relative words listed before it that share its organ (省、 of 省、市政协; 省 of 省市政协).
const RELATIVE_BODY_RULE = 'rule:relative+body'
const RELATIVE_LIST_BODY_RULE = 'rule:relative-list+body'
// A company named by the words before its head word (heads.ts).
const FIRM_RULE = 'rule:head:firm'
// A department named by the words between its region and its head word (heads.ts: regionBody).
const REGION_HEAD_RULES: ReadonlySet<string> = new Set(['rule:head:region', 'rule:list+head:region'])
// The level of a township's relative words (镇, 乡, 街道).
const TOWNSHIP = 'township'
const BRANCH_NUMBER = new RegExp(`^${ORDINAL}?[${HAN_SMALL}]{1,2}`)

/**
 * Every public body mention, by the grammar [region | relative word | prefix] + organ + parts
 * (data/bodies.tsv, body-parts.tsv, body-prefixes.tsv): 长春市政协文史委, 市委统战部, 民进江西省委, 团市委,
 * 中共吉林市委; CPPCC titles with term and session (政协吉林市第十四届委员会第三次会议); bodies written
 * whole (全国政协, 教育部, 全国妇联); bodies in a list under one region (市委、市政府; 市各民主党派、
 * 工商联); and bodies named by the phrase before a head word (长春理工大学, 胜龙村村委会).
 */
export function findBodyMentions(input: BodyInput, lex: BodyLexicon, numerals: Numerals): BodyMention[] {
  const { text, tokens, places } = input
  const out: BodyMention[] = []
  const covered = new Uint8Array(text.length + 1)
  // A body's name followed by a website's word at the end of a phrase names the site (来源:临澧政府网), and one followed
  // by a historic site's word the site visited (中共宁都县委旧址): no mention.
  const site = (end: number) => {
    const w = lex.siteWords.longestAt(text, end)
    return (w !== undefined && !isHan(text.charCodeAt(w.end))) || lex.formerSites.longestAt(text, end) !== undefined
  }
  const placeAt = new Map(places.filter((p) => p.division).map((p) => [p.start, p]))
  const nouns = nounChars(text, tokens)
  // Mentions of a party department written without 委 (县社工部): kept only where the region's party committee is written.
  const withCommittee = new Set<BodyMention>()
  // The democratic parties' committees taken so far, by region (partyCommitteeBefore).
  const partyCommittees = new Map<string, BodyMention[]>()
  const take = (written: Found) => {
    // A government's office stationed elsewhere is the body named (湖南省人民政府 + 驻上海办事处).
    // So is a bureau's branch named by its place right after it (安庆市生态环境局 + 桐城分局), a company's
    // (甘肃中石油昆仑燃气有限公司 + 永登分公司), and a procuratorate's or a court's (省检察院 + 济源分院, 北京市人民检察院 +
    // 第一分院), of the parent's region.
    const br = written.kind === GOVERNMENT || written.rule === FIRM_RULE ? branchEnd(lex, text, written.end, placeAt, nouns)
      : JUDICIAL_KINDS.has(written.kind) ? benchEnd(lex, text, written.end, placeAt, nouns) : -1
    const st = written.kind === GOVERNMENT ? Math.max(stationEnd(lex, text, written.end, placeAt, tokens), br) : br
    // A bureau's branch named by a division inside the bureau's region serves that division, its region
    // (上饶市公安局 + 信州 + 分局 → 信州区; 洛阳市生态环境局 + 新安 + 分局 → 新安县).
    const served = st >= 0 && st === br && written.kind === GOVERNMENT ? placeAt.get(written.end)?.division : null
    const inside = served && written.division && isAncestor(written.division, served)
    const ch = st < 0 ? chapterOf(lex, text, written, placeAt) : null
    // Such a branch is the county's branch bureau the page may write from the county (临沂市生态环境局罗庄分局 ≡ 罗庄生态环境分局,
    // 上饶市公安局信州分局 ≡ 信州公安分局): one body, keyed as that form is where the lexicon has it.
    const own = inside ? branchBureauKey(lex, written.key, text.slice(written.end, st), served) : null
    const m0 = ch ?? (st < 0 ? written : { ...written, end: st, name: written.name + text.slice(written.end, st), key: own ?? written.key + text.slice(written.end, st), ...(inside ? { region: served.name, division: served } : {}) })
    const m = m0.kind === SPECIAL_KIND ? { ...m0, name: formerless(lex, termless(m0.name)) } : m0
    if (!site(m.end)) {
      const taken = bodyMentionOf(m)
      out.push(taken)
      if (written.withCommittee) withCommittee.add(taken)
      if (taken.kind === DEMOCRATIC_PARTY && taken.region !== null && taken.key.endsWith(COMMITTEE)) {
        const of = partyCommittees.get(taken.region)
        if (of) of.push(taken)
        else partyCommittees.set(taken.region, [taken])
      }
    }
    covered.fill(1, m.start, m.end)
  }
  const wordStart = (i: number) => tokens.isStart[i] === 1 || !isHan(text.charCodeAt(i - 1))
  const wordEnd = (s: number, e: number) => {
    if (tokens.isStart[s] !== 1 || tokens.isEnd[e] !== 1) return false
    // All nouns, none in a body taken already (花门镇工委 of 双峰县政协花门镇工委: the town's 政协工委, no special committee).
    for (let k = s; k < e; k++) if (!nouns[k] || covered[k]) return false
    // The last word is no body of a region of its own (积极响应 + 市委 is no special committee).
    const last = tokens.list[tokens.at[e - 1]!]
    return last === undefined || input.relativeWords.longestAt(text, last.start) === undefined
  }

  // CPPCC titles: 政协 + place + [第X届]委员会[第Y次会议]; places written in a chain name the innermost
  // (中国人民政治协商会议绵阳市游仙区委员会 → 游仙区政协, not 游仙区委).
  for (const p of places) {
    if (!p.division) continue
    const before = CPPCC_BEFORE.exec(text.slice(Math.max(0, p.start - 14), p.start))
    let inner = p
    for (let q = placeAt.get(inner.end); before && locates(inner, q); q = placeAt.get(q!.end)) inner = q!
    const after = text.slice(inner.end, inner.end + 20)
    const t = before ? CPPCC_TITLE.exec(after) ?? (before[1] ? null : CPPCC_SESSION.exec(after)) : null
    if (!before || !t) continue
    const d = inner.division!
    const term = before[1] ?? t[1]
    const end = inner.end + t[0].length
    take({ start: p.start - before[0].length, end, name: d.name + CPPCC, key: `${d.name}|${CPPCC}`, rank: term ? 1 : 2, kind: 'cppcc', region: d.name, division: d,
      term: term ? numerals.parse(term) : null, session: t[2] ? numerals.parse(t[2]) : null, rule: 'rule:cppcc-title' })
    // Its special committee written after the title (政协张湾区委员会 + 提案委员会 → 张湾区政协提案委员会).
    const special = readParts(lex, text, end, CPPCC_KIND, wordEnd)
    if (special?.parts.length && special.kind === SPECIAL_KIND) {
      take({ start: end, end: special.end, name: d.name + CPPCC + text.slice(end, special.end), key: `${d.name}|${CPPCC}${partIds(special.parts)}`, rank: 1, kind: SPECIAL_KIND, region: d.name, division: d, rule: 'rule:cppcc-title+special' })
    }
  }

  // The national committee written as a title with its term (中国人民政治协商会议第十四届全国委员会, 政协第十四届
  // 全国委员会第三次会议 → 全国政协), and its special committee after it (…全国委员会提案委员会 → 全国政协提案委员会).
  for (let p = text.indexOf(NATIONAL); p >= 0; p = text.indexOf(NATIONAL, p + 1)) {
    const before = CPPCC_BEFORE.exec(text.slice(Math.max(0, p - 14), p))
    const t = before ? CPPCC_TITLE.exec(text.slice(p + NATIONAL.length, p + NATIONAL.length + 20)) : null
    if (!before || !t || covered[p - before[0].length]) continue
    const term = before[1] ?? t[1]
    const end = p + NATIONAL.length + t[0].length
    const id = NATIONAL + CPPCC
    take({ start: p - before[0].length, end, name: id, key: `${NATIONAL}|${id}`, rank: 2, kind: CPPCC_KIND, region: NATIONAL, division: null,
      term: term ? numerals.parse(term) : null, session: t[2] ? numerals.parse(t[2]) : null, rule: 'rule:cppcc-title' })
    const special = readParts(lex, text, end, CPPCC_KIND, wordEnd)
    if (special?.parts.length && special.kind === SPECIAL_KIND) {
      take({ start: end, end: special.end, name: id + text.slice(end, special.end), key: `${NATIONAL}|${id}${partIds(special.parts)}`, rank: 1, kind: SPECIAL_KIND, region: NATIONAL, division: null, rule: 'rule:cppcc-title+special' })
    }
  }

  // An organisation's word for itself ends at or covers `i`: what is written from there is its own (本党 + 中央办公厅,
  // 本 + 党中央办公厅: the 致公党中央's office), no body of the Party's centre.
  const ownAt = (i: number) => !!lex.ownWords.longestEndingAt(text, i) || (lex.ownWords.longestEndingAt(text, i + 1)?.start ?? i) < i
  // The zone each article is about: one pass over the tokens, read by the township and the relative bodies alike.
  const zoneAt = articleZones(input, lex)
  const scan: Scan = { input, lex, numerals, text, tokens, covered, placeAt, take, wordStart, wordEnd, ownAt, zoneAt, found: out, partyCommittees }
  // A CPPCC's working bodies in townships (花门镇政协工委), before the place's own bodies read 街道工委 as a party's.
  for (const m of townshipCppccBodies(input, lex, covered, zoneAt)) take(m)
  prefixedBodies(scan)

  // Bodies after a place: 长春市政协, 吉林市委, 甘井子区数据局, 汉中军分区; and after each place of a list
  // the body ends (鼓楼、台江和仓山工委 → 鼓楼区工委, 台江区工委, 仓山区工委).
  const resolved = places.filter((p) => p.division)
  resolved.forEach((p, k) => {
    if (covered[p.start]) return
    const termed = termedBody(lex, text, p.end, wordEnd)
    if (termed && admissible(p.division, termed.b)) {
      take(bodyMention(text, p.start, termed.at, p.division, termed.b, true, 'rule:place+term+body'))
      return
    }
    const read = readBody(lex, text, p.end, wordEnd)
    const b = read && !runsOn(scan, p.end, read) ? read : null
    // A body that keeps its place as written (军区) after a run of provinces' abbreviations is named by the run (晋冀鲁豫军区,
    // a wartime region of four provinces), no body of the last province (豫军区); an organ every province has (川渝政协,
    // 京津冀政协) is each one's, as the gold has it.
    const prev = resolved[k - 1]
    if (b?.organ.asWritten && p.rule === LIST_RULE && prev?.rule === LIST_RULE && prev.end === p.start) return
    // A list of places closed by their count and a shared body: 成都、德阳、眉山、资阳四市政协 → each city's 政协.
    if (!b && counted(scan, resolved, k)) return
    // A region's office stationed elsewhere, written right after the region (甘肃省 + 驻深圳办事处).
    const st = b ? -1 : stationEnd(lex, text, p.end, placeAt, tokens)
    if (st > 0) {
      const station = text.slice(p.end, st)
      take({ start: p.start, end: st, name: p.division!.name + station, key: `${p.division!.name}|${station}`, rank: 2, kind: GOVERNMENT, region: p.division!.name, division: p.division, rule: 'rule:place+station' })
      return
    }
    // A place + 委会 is a democratic party's committee named before (贵阳市委会 of 民进贵阳市委会), no party committee;
    // a place written short + a party's bare name is its members there, no body (金坛民革事业, 宁夏民建), nor any place +
    // the bare party + a word for its members or work (绍兴市九三学社社员); 长春市民革 acting may be one.
    const members = b && bareParty(b) && (collectiveAt(lex, text, b.end) || (text.slice(p.start, p.end) !== p.division!.name && partyOwned(text, b.end, tokens)))
    const ofParty = b && b.organ.form === COMMITTEE && partyCommitteeOfParty(lex, text, p.end + 1) ? partyCommitteeBefore(scan, p.division, p.start, p.end) : undefined
    if (ofParty) take(ofParty)
    if (!b || !admissible(p.division, b) || members || ofParty !== undefined) return
    // A place written short before a body that needs its region adjoined is part of an institution's own name (朝阳医院).
    if (b.organ.adjoined && (text.slice(p.start, p.end) !== p.division!.name || adjoinedNone(input, lex, b, p.start))) return
    take(bodyMention(text, p.start, p.end, p.division, b, true, 'rule:place+body'))
    if (b.organ.adjoined) return
    // A body that keeps its place as written (军分区, 生产建设兵团) is shared only by places of its place's level: a list of
    // prefectures before 新疆 + 生产建设兵团 names the places visited, the body being the province's alone (dev 1130); an
    // organ every region has is each one's at any level (江苏省、南京市政协).
    const shares = (q: PlaceMention) => !b.organ.asWritten || q.division!.level === p.division!.level
    // An item written with the divisions that hold it (湖南省岳阳市, 长沙市望城区): the list mark stands before the chain, whose
    // holding places are no items (dev 1390: 湖北省荆州市和湖南省岳阳市、…、长沙市望城区政协).
    for (let h = chainStart(resolved, k), j = h - 1; j >= 0 && LIST.has(text.charCodeAt(resolved[h]!.start - 1)) && resolved[j]!.end === resolved[h]!.start - 1 && !covered[resolved[j]!.start] && shares(resolved[j]!); h = chainStart(resolved, j), j = h - 1) {
      const q = resolved[j]!
      // …named as each one names it (固始县、潢川县党委 → 固始县委, 潢川县委: regionForm).
      const own = regionForm(text, p.end, q.division, b)
      const name = q.division!.name + own.written
      take({ start: q.start, end: q.end, name, key: bodyKey(q.division!.name, own.body, name), rank: 1, kind: b.kind, region: q.division!.name, division: q.division, rule: 'rule:list+place+body' })
    }
  })

  // A township's relative body that names no written township, on a page that writes the same form for every township
  // (召开镇工委述职会议 … 10个镇工委, 各镇工委): those townships' bodies, no one body.
  const every = relativeAndNamedBodies(scan)
  for (let j = out.length - 1; j >= 0; j--) if (out[j]!.region === null && every.has(text.slice(out[j]!.start, out[j]!.end))) out.splice(j, 1)

  // How many places (of a division) start before each position, for listedBodies: a place written between the
  // body before and an item names the item's own region (全国政协和川渝两地党委、政府: no 全国 政府).
  const placesBefore = placeCounts(input)
  for (const m of listedBodies(input, lex, out, covered, wordEnd, placesBefore)) take(m)
  for (const m of titledSpecials(input, lex, out, covered)) take(m)
  const branches = partyBranches(input, lex, out, covered, placeAt)
  for (const m of branches) take(m)
  // The host of an institution's branch written alone is no body of its own (国家体育总局 of 国家体育总局支社).
  for (const b of branches) if (b.rule === INSTITUTION_ALONE_RULE) for (let j = out.length - 1; j >= 0; j--) if (out[j]!.start === b.start && out[j]!.end < b.end) out.splice(j, 1)
  for (const m of chainCommittees(input, lex, out, covered, placeAt)) take(m)
  for (const m of headBodies(input, lex, covered, numerals, out)) take(m)
  for (const m of visitedRepeats(input, out, covered)) take(m)
  // A list headed by a department named before its head word has its region too (县城市经营中心、教育局、住建局);
  // a school or a company named so heads no list of the region's bodies (龙山中学新校区、妇幼保健院新院址).
  for (const m of listedBodies(input, lex, out, covered, wordEnd, placesBefore, (b) => REGION_HEAD_RULES.has(b.rule))) take(m)
  // An office of the region whose stem the lexicon lacks, as an item of a list of its departments (市发改委、铁航办、交通局).
  for (const m of listItemOffices(input, lex, out, covered)) take(m)
  for (const m of homeSessions(input, out, covered, numerals)) take(m)
  for (const m of homeBodies(input, lex, out, covered)) take(m)
  for (const m of selfInstitutions(input, lex, out, covered)) take(m)
  // An institute and the hospital or school attached to it are one body (清华大学附属北京清华长庚医院).
  const whole = attachedInstitutions(lex, text, out)
  const read = withCommittee.size ? whole.filter((m) => !withCommittee.has(m) || committeeWritten(whole, withCommittee, m)) : whole
  const own = ownNamedPartyCommittees(input, lex, ownPartyCommittees(input, lex, elidedParties(input, lex, read), read), read, (m) => creditLabelBefore(lex, text, m.start))
  return dedupe(listedPartyCommittees(input, lex, own, (m) => cpcTitleAfter(input, lex, m))).filter((m) => !aboveTownship(lex, m) && !strayLeagueWord(input, lex, m))
}

/**
 * Whether `m` is a democratic party's committee read from a word that is also a league's party committee (盟委:
 * data/league-word-bodies.tsv) where the text does not make it the party's: the word must follow a region above the
 * township written right before it (南关区盟委, 区盟委, 吉林省盟委), not one shared over a list (内蒙古自治区党委、盟委 → no 民盟 body;
 * 朝阳、南关区盟委 → 南关区's only), outside the leagues' province (乌兰察布盟委) and before none of a league committee's titles
 * (…盟委书记).
 */
function strayLeagueWord(input: BodyInput, lex: BodyLexicon, m: BodyMention): boolean {
  if (m.kind !== DEMOCRATIC_PARTY || !lex.leagueWords.size) return false
  const { text } = input
  for (const [form, w] of lex.leagueWords) {
    if (!m.name.endsWith(form) || (m.region !== null && m.name !== m.region + form)) continue
    const at = m.end - form.length
    if (at <= m.start || text.slice(at, m.end) !== form) return true
    if (w.titles.longestAt(text, m.end) !== undefined) return true
    const d = m.division
    if (d?.level === 'township') return true
    for (let p = d; p; p = p.parent) if (p.name === w.province) return true
    return false
  }
  return false
}

/**
 * Whether a body of an organ only a township has (data/bodies.tsv short t: 办事处 of 街道办事处, 新狮街道党工委、办事处) was
 * read after a region above the township (上海 + 办事处 of a firm's or an association's office: no body). A station office
 * (湖南省人民政府驻北京办事处) is named by more than its region and the organ, and stays.
 */
function aboveTownship(lex: BodyLexicon, m: BodyMention): boolean {
  if (!m.region || !m.division || m.division.level === 'township' || !m.name.startsWith(m.region)) return false
  const organ = m.name.slice(m.region.length)
  const o = lex.organs.longestAt(organ, 0)
  return o?.end === organ.length && o.values.some((v) => v.township === true)
}

/** Whether a word for a party's members or work begins at `at` (data/party-collective-words.txt; not 工作会议). */
const collectiveAt = (lex: BodyLexicon, text: string, at: number) => lex.collectives.longestAt(text, at)?.values[0] === true

/**
 * Whether a party's bare name after a place written short, ending at `end`, names its members there: it ends its line
 * (宁夏民建 as a source) or a particle follows (江阴民建 + 的 + 履职风采). Acting, it is a body (上海民建召开座谈会).
 */
function partyOwned(text: string, end: number, tokens: Tokens): boolean {
  if (end >= text.length || isWhitespace(text.charCodeAt(end))) return true
  const next = tokens.isStart[end] === 1 ? tokens.list[tokens.at[end]!] : undefined
  return next !== undefined && PARTICLE_POS.has(next.pos)
}
// The particles after a party's bare name that make it its members' (的).
const PARTICLE_POS = new Set(['uj'])

/**
 * Whether the page writes the party committee of the region of `m`, a department written without 委 (县社工部, not a
 * hospital's 社工部): 县委 or one of its bodies (县委社工部) elsewhere, not another such mention.
 */
function committeeWritten(out: readonly BodyMention[], pending: ReadonlySet<BodyMention>, m: BodyMention): boolean {
  const prefix = keyPrefix(keyRegion(m.key), COMMITTEE)
  return out.some((o) => o.kind === m.kind && !pending.has(o) && o.key.startsWith(prefix))
}

/**
 * A CPPCC committee's term or session written with no region at all (参加政协九届一次会议的委员; 中国人民政治协商会议
 * 第十一届委员会第三次全体会议开幕) on a page that names no CPPCC committee otherwise: the committee of the article's
 * home region (a town's county: no CPPCC committee below county level).
 */
function homeSessions(input: BodyInput, out: readonly BodyMention[], covered: Uint8Array, numerals: Numerals): BodyMention[] {
  const { text, home } = input
  if (!home || out.some((m) => m.kind === CPPCC_KIND)) return []
  const found: BodyMention[] = []
  for (const w of text.matchAll(BARE_CPPCC)) {
    const start = w.index
    const from = start + w[0].length
    const after = text.slice(from, from + 20)
    const t = CPPCC_TITLE.exec(after) ?? CPPCC_SESSION.exec(after)
    const h = covered[start] || !t ? null : home(start)
    const d = h?.level === 'township' ? h.parent : h
    if (!t || !d) continue
    found.push({ start, end: from + t[0].length, name: d.name + CPPCC, key: `${d.name}|${CPPCC}`, rank: 1, kind: CPPCC_KIND, region: d.name, division: d,
      term: t[1] ? numerals.parse(t[1]) : null, session: t[2] ? numerals.parse(t[2]) : null, rule: 'rule:cppcc-title:home' })
  }
  return found
}

/** What the passes of findBodyMentions share over one document. */
type Scan = {
  input: BodyInput; lex: BodyLexicon; numerals: Numerals; text: string; tokens: Tokens
  /** Units that a body taken already covers. */
  covered: Uint8Array
  placeAt: ReadonlyMap<number, PlaceMention>
  take: (written: Found) => void
  wordStart: (i: number) => boolean
  wordEnd: WordEnd
  ownAt: (i: number) => boolean
  /** The zone of the article at a position (articleZones). */
  zoneAt: (pos: number) => string | null
  /** The bodies taken so far, in the order taken. */
  found: readonly BodyMention[]
  /** The democratic parties' committees (their key ends in 委员会) among them, by region. */
  partyCommittees: ReadonlyMap<string, readonly BodyMention[]>
}

/**
 * Prefixed bodies: 民进江西省委, 民建市委会, 团市委, 中共吉林市委宣传部, 民盟中央. A pass of its own (as the next one),
 * so that the engine compiles and re-optimises each pass apart, not one function of every pass.
 */
function prefixedBodies(scan: Scan): void {
  const { input, lex, text, tokens, covered, placeAt, take, wordStart, wordEnd, ownAt } = scan
  // Whether the page writes a party's full form (九三学社): looked up once per form, not at every short one.
  const writes = new Map<string, boolean>()
  const writesFull = (full: string) => {
    let w = writes.get(full)
    if (w === undefined) writes.set(full, (w = text.includes(full)))
    return w
  }
  // A short form the segmenter glues to the conjunction or preposition before it, the two a word it does not know (及社/x +
  // 玉溪市委, dev 617): it begins there all the same.
  const glued = (i: number) => {
    const w = i > 0 ? tokenStartingAt(tokens, i - 1) : undefined
    return w?.end === i + 1 && gluedFunction(lex, text, w, GLUED_SHORT_FORM) === GLUED_BEFORE
  }
  // The prefix at `i`: a short form (社 of 社市委) stands alone as a word, on a page that writes its party in full; one
  // form may be short for two parties (盟 of 民盟 and 台盟): the one the page writes. A function of its own, not a closure
  // in the loop: one that captured the loop's variables would make a context at every position of the text.
  const prefixAt = (i: number, start: boolean) => longest(lex.prefixes, text, i, (end, v) => (!v.full && start) || (!!v.full && tokens.isEnd[end] === 1 && writesFull(v.full)))
  for (let i = 0; i < text.length; i++) {
    // The prefix's first unit first: it rules out nearly every position, before the word tests.
    if (covered[i] || !lex.prefixes.begins(text.charCodeAt(i))) continue
    const start = wordStart(i)
    if (!start && !glued(i)) continue
    // The prefix first: it rules out most positions, before the two look-ups of ownAt.
    const pre = prefixAt(i, start)
    if (!pre || ownAt(i)) continue
    const { value: x, end: at } = pre
    // Places written in a chain name the innermost (致公党杭州下城总支 → 下城区, 九三学社重庆市江北区工委 → 江北区).
    let place = placeAt.get(at)
    for (let q = place && placeAt.get(place.end); locates(place, q); q = placeAt.get(q!.end)) place = q
    const rel = place ? undefined : input.relativeWords.longestAt(text, at)
    // A place written short with its own level word after it is the place (宁夏 + 区 of 九三学社宁夏区委).
    const own = place ? input.relativeWords.longestAt(text, place.end) : undefined
    const ownEnd = own && place?.division && input.relative(place.end, own.values[0]!)?.name === place.division.name ? own.end : place?.end
    const regionEnd = ownEnd ?? (rel ? rel.end : at)
    // A term between the region and the committee (民盟临沂市第六届委员会): the body all the same.
    const term = regionEnd > at ? TERM.exec(text.slice(regionEnd, regionEnd + 6)) : null
    const organAt = regionEnd + (term ? term[0].length : 0)
    // An organ of one character other than 委 (民建温州市 + 会) ends a word of the segmenter: not 会 of 会员, 会议, 会同;
    // and no word of data/not-committees.txt begins at its last unit (基层组 + 织建设: building them, no body).
    const organ = regionEnd > at ? longest(x.organs, text, organAt, (e, v) => (v.length > 1 || v === COMMITTEE || tokens.isEnd[e] === 1) && lex.notCommittees.longestAt(text, e - 1) === undefined) : longest(x.national, text, at)
    const region = place?.division ?? (rel ? input.relative(at, rel.values[0]!) : null)
    if (!organ) {
      // A branch named by the sector it gathers, right after the region (民进三台县 + 教育支部, 民建X市 + 综合一支部).
      const branch = regionEnd > at && !term && x.keep && !x.asWritten ? unitAfter(lex, text, organAt, x, placeAt) : null
      // …or by the institution it sits in (九三学社 + 上海社会科学院 + 支社, 民盟 + 复旦大学 + 支部): of the place that begins its name.
      const ib = !branch && !term && x.keep && !x.asWritten ? institutionBranch(lex, text, at, x) : null
      if (ib) {
        const inst = ib.end
        const d = place && place.start === at ? place.division : null
        const name = (x.full ?? x.form) + text.slice(at, ib.institution) + text.slice(ib.organ, inst)
        // A national institution is one body however written (中国农业科学院 ≡ 中国农科院), and mentioned itself.
        const n = longest(lex.named, text, at)
        const own = n && n.end === ib.institution && n.value.kind === 'other' ? n.value.id : null
        if (own) take({ start: at, end: n!.end, name: text.slice(at, n!.end), key: `${NATIONAL}|${own}`, rank: 2, kind: n!.value.kind, region: institutionRegion(n!.value), division: null, rule: INNER_RULE })
        const stem = own ?? text.slice(at, ib.institution)
        take({ start: i, end: inst, name, key: `${d?.name ?? NATIONAL}|${x.party}${stem}${text.slice(ib.organ, inst)}`, rank: 2, kind: x.kind, region: d?.name ?? null, division: d, rule: INSTITUTION_RULE })
        i = inst - 1
        continue
      }
      if (!branch || branch.place) continue
      const regionName = region?.name ?? text.slice(at, regionEnd)
      const unit = text.slice(organAt, branch.end)
      take({ start: i, end: branch.end, name: (x.full ?? x.form) + regionName + unit, key: `${regionName}|${x.party}${COMMITTEE}${unit}`, rank: place ? 2 : 1, kind: x.kind, region: region?.name ?? null, division: region, rule: 'rule:prefix+branch' })
      i = branch.end - 1
      continue
    }
    const national = regionEnd === at
    const { parts, end: partsEnd, kind } = readParts(lex, text, organ.end, x.kind, wordEnd)
    const unit = !parts.length && x.keep && !national ? unitAfter(lex, text, organ.end, x, placeAt) : null
    const end = unit?.end ?? partsEnd
    const regionName = national ? NATIONAL : region?.name ?? null
    // 委, 委会 and 委员会 are one committee: 民建泉州市委会 ≡ 民建泉州市委 ≡ 泉州市民建; a party committee
    // is named <region>委 (中共吉林市委员会 → 吉林市委), as the body of a 市委书记 is.
    const organId = organ.value.startsWith(COMMITTEE) ? COMMITTEE : lex.partyOrganIds.get(organ.value) ?? organ.value
    const organWritten = x.keep && !term ? text.slice(organAt, organ.end) : organId
    // An agency or a company keeps its region as written: it is part of its own name (国网南昌供电公司).
    const written = (regionName && !national && !x.asWritten ? regionName : text.slice(at, regionEnd)) + organWritten + text.slice(organ.end, end)
    const name = x.keep ? (x.full ?? x.form) + written : written
    const key = x.kind === 'party' ? `${regionName ?? name}|${COMMITTEE}${partIds(parts)}` : `${regionName ?? name}|${x.party}${organId}${partIds(parts)}`
    const rank = term ? 0 : place || national ? 2 : 1
    if (unit) {
      // A unit under the committee is a body of its own, of the place it names (民革黄石市委会 + 黄石港区总支 →
      // 黄石港区), named with the committee; the committee is mentioned too (民革市委 later is the same).
      const d = unit.place?.division ?? region
      take({ start: i, end: organ.end, name: name.slice(0, name.length - (end - organ.end)), key, rank, kind: x.kind, region: regionName, division: region, rule: 'rule:prefix+body' })
      // Keyed by what follows its place, as where it is written alone (直属兰溪市支部 ≡ 兰溪市支部).
      take({ start: organ.end, end, name, key: `${d?.name ?? name}|${x.party}${organId}${text.slice(unit.place?.end ?? organ.end, end)}`, rank, kind: x.kind, region: d?.name ?? null, division: d, rule: 'rule:prefix+body+unit' })
      i = end - 1
      continue
    }
    take({ start: i, end, name, key, rank, kind: parts.length ? kind : x.kind, region: regionName, division: region, rule: 'rule:prefix+body' })
    // Parties listed before it share its region and organ: 民革、民盟和九三学社市委 → 民革X市委, 民盟X市委; a national
    // organ too (民革、民进、台盟中央 → 民革中央, 民进中央: dev 776).
    if (x.kind === 'democratic-party' && regionName) {
      for (let k = i; LIST.has(text.charCodeAt(k - 1)); ) {
        const p = prefixEndingAt(lex, text, k - 1)
        if (!p || p.value.kind !== x.kind || p.value.full || covered[p.start]) break
        take({ start: p.start, end: k - 1, name: p.value.form + written, key: `${regionName}|${p.value.party}${organId}${partIds(parts)}`, rank, kind: x.kind, region: regionName, division: region, rule: 'rule:prefix-list+body' })
        k = p.start
      }
    }
    i = end - 1
  }
}

/**
 * Whether a body that needs its region adjoined (县医院), its region word or place starting at `start`, is no one body:
 * kinds of it listed after it (县医院、乡镇医院) or before it (县医院、乡医院、村卫生室: levels), a word after it that makes
 * it the class (县医院 + 综合能力, 改革: data/adjoined-class-words.txt), or the start of a region's centre named by the
 * phrase with it (县 + 医院管理中心: the longer head wins, src/committees/heads.ts).
 */
function adjoinedNone(input: BodyInput, lex: BodyLexicon, b: Body, start: number): boolean {
  return kindsListed(input, b) || levelsListed(input, b, start) || classWordAfter(input.text, lex, b.end) || regionHeadAfter(input, lex, b.end)
}

/** Whether a word of the class follows at `at` (改革; 建设 only at a clause's end: not 建设路, 建设的). */
function classWordAfter(text: string, lex: BodyLexicon, at: number): boolean {
  const w = lex.adjoinedClass.longestAt(text, at)
  return w !== undefined && (w.values[0] || w.end === text.length || CLAUSE_END.test(text[w.end]!))
}

/** Whether the item before `start` in a list is the same organ after a relative word (县医院、乡医院: levels listed). */
function levelsListed(input: BodyInput, b: Body, start: number): boolean {
  const { text } = input
  const form = b.organ.form
  const end = start - 1 - form.length
  if (!LIST.has(text.charCodeAt(start - 1)) || !text.startsWith(form, end)) return false
  for (let s = end - 1; s >= 0 && end - s <= KINDS_AFTER && isHan(text.charCodeAt(s)); s--) if (input.relativeWords.longestAt(text, s)?.end === end) return true
  return false
}

// How many words after a body may end in the head of a region's centre it begins (县医院 + 管理中心; 县医院 + 医保 + 服务中心).
const CENTRE_WORDS = 2
/** Whether one of the next words after `end` ends in the head of a region's centre (管理中心: body-heads.tsv, phrase region). */
function regionHeadAfter(input: BodyInput, lex: BodyLexicon, end: number): boolean {
  const { text, tokens } = input
  let w = tokenStartingAt(tokens, end)
  for (let n = 0; w && n < CENTRE_WORDS && isHan(text.charCodeAt(w.start)); n++, w = tokenStartingAt(tokens, w.end)) {
    for (let s = w.start; s < w.end; s++) {
      const h = lex.heads.longestAt(text, s)
      if (h && h.end === w.end && h.values[0]!.phrase === 'region') return true
    }
  }
  return false
}

/** A democratic party written by its name alone after a region, no organ (民革 of 金坛民革, 省农工党): data/bodies.tsv. */
const bareParty = (b: Body) => b.organ.kind === DEMOCRATIC_PARTY && !b.parts.length

// A list mark, then a short word (no county's or city's relative word, no place) and the same organ again: kinds of it listed (县医院、乡镇医院、
// 社区医院联动: hospitals of each level), no one body.
const KINDS_AFTER = 5
function kindsListed(input: BodyInput, b: Body): boolean {
  const { text } = input
  const at = b.end + 1
  if (!LIST.has(text.charCodeAt(b.end))) return false
  // The same organ again within reach (not searched to the end of the text).
  const k = text.slice(at, at + KINDS_AFTER + b.organ.form.length).indexOf(b.organ.form)
  const next = k < 0 ? -1 : at + k
  if (next <= at || next - at > KINDS_AFTER || !every(text, at, next, isHan)) return false
  // …a township's word there names a level (乡镇医院), a county's or city's one of them (县医院、县中医院).
  const rel = input.relativeWords.longestAt(text, at)
  return (!rel || rel.values[0]!.levels.every((l) => l === TOWNSHIP)) && !input.places.some((p) => p.start === at)
}

/**
 * The democratic party's committee that a region or relative word + 委会 names (新一届市委会, 对商洛市委会的工作: 委会 is
 * no party committee, data/committee-hui.tsv), `regionEnd` the end of that word: a further mention of the last committee
 * of a democratic party of that region taken before `at` (民革西安市委会 … 新一届市委会 → 民革西安市委会); null where
 * none is (no party of that region written before: no body).
 */
function partyCommitteeBefore(scan: Scan, region: Division | null, at: number, regionEnd: number): Found | null {
  const w = scan.lex.committeeWords.longestAt(scan.text, regionEnd)
  let last: BodyMention | undefined
  for (const m of region ? scan.partyCommittees.get(region.name) ?? [] : []) if (m.end <= at && (!last || m.end > last.end)) last = m
  return last && w ? { ...last, start: at, end: w.end, rank: 1, rule: 'rule:region+party-committee' } : null
}

/**
 * Relative bodies (市政协, 区人社局, 省、市政协) and bodies written whole (全国政协, 教育部, 全国妇联); returns the
 * township relative bodies written for every township (镇工委 of 10个镇工委, 各镇党委), as written.
 */
function relativeAndNamedBodies(scan: Scan): Set<string> {
  const { input, lex, numerals, text, tokens, covered, take, wordStart, wordEnd, ownAt, zoneAt } = scan
  // A body written whole ends a word, or a title (全国政协委员), a member word or one of its parts follows
  // (the segmenter may keep 全国政协外事委员会 as one word), or an inner organ glued to it (中共中央|政治局会议).
  // …and no word of data/not-committees.txt begins with its last unit (国土资源部 + 门: the generic 国土资源部门).
  const namedEnds = (end: number) => lex.notCommittees.longestAt(text, end - 1) === undefined && !genericEndAt(lex, text, end) && (tokens.isEnd[end] === 1 || !isHan(text.charCodeAt(end)) || input.roleAt(text, end) !== undefined || lex.members.longestAt(text, end) !== undefined || lex.parts.longestAt(text, end) !== undefined || lex.innerOrgans.longestAt(text, end) !== undefined)
  const namedOk = (e: number) => namedEnds(e)
  // Where the last relative body that named every region of its level ended: the relative body written right after it,
  // or after a list mark, is of the same regions (各县委县政府, 两地县委、县政府: no one county's government).
  let everyEnd = -1
  const every = new Set<string>()
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue
    // Relative bodies: 市政协, 区人社局, 省委, 街道党工委, 该市政协. The word must start here (城市政府 is no 市政府).
    const rel = tokens.isStart[i] === 1 || lex.beforeRelative.has(text.charCodeAt(i - 1)) || afterShortForm(tokens, i) ? input.relativeWords.longestAt(text, i) : undefined
    // Relative words glued before one organ (省市政协委员): each its region's body, as 省、市政协 (gluedLevelList).
    const gluedEnd = rel ? gluedLevelList(scan, i) : -1
    if (gluedEnd > 0) {
      i = gluedEnd - 1
      continue
    }
    // …with a term between, where the page tells the region (县第十六届人大第一次会议 → the county's 人大; not 在平省
    // 十二届人大代表 on a page of a county alone: deputies to a congress the page does not name).
    const termed = rel ? termedBody(lex, text, rel.end, wordEnd) : null
    const termedRegion = termed && !everyRegion(input, lex, numerals, i) ? input.relative(i, rel!.values[0]!) : null
    if (termed && termedRegion && admissible(termedRegion, termed.b)) {
      take(bodyMention(text, i, termed.at, termedRegion, termed.b, false, 'rule:relative+term+body'))
      i = termed.b.end - 1
      continue
    }
    const read = rel ? readBody(lex, text, rel.end, wordEnd) : null
    // A body named only by a place written before it (分局) is none after a relative word.
    // A township's own organ (办事处) after 街道 glued to a name before it (城北庄 + 街道办事处) is that name's: the head reads it.
    const glued = read?.organ.township && i > 0 && isHan(text.charCodeAt(i - 1)) && !lex.beforeRelative.has(text.charCodeAt(i - 1))
    // …and after a relative word above the township (县办事处, 省办事处) it names none, whether or not the page names the region.
    const aboveTown = read?.organ.township && !rel!.values[0]!.levels.every((l) => l === TOWNSHIP)
    const b = read && !read.organ.placed && !glued && !aboveTown && !runsOn(scan, rel!.end, read) && !(read.organ.adjoined && adjoinedNone(input, lex, read, i)) ? read : null
    // A relative word + a party's bare name + a word for its members or work (区民革党员, 市、区民进组织): no body.
    const paired = i === everyEnd || (i === everyEnd + 1 && LIST.has(text.charCodeAt(everyEnd)))
    if (rel && b && (paired || everyRegion(input, lex, numerals, i) || (bareParty(b) && collectiveAt(lex, text, b.end)))) {
      if (!bareParty(b)) everyEnd = b.end
      if (!bareParty(b) && rel.values[0]!.levels.every((l) => l === TOWNSHIP)) every.add(text.slice(i, b.end))
      i = b.end - 1
      continue
    }
    if (rel && b) {
      const d = input.relative(i, rel.values[0]!)
      // A word of a level only some regions have (盟) that names no division here names no body of that level.
      if (d === null && lex.writtenLevel.has(text.slice(i, rel.end))) {
        i = b.end - 1
        continue
      }
      // On a zone's page a relative word that names no division is the zone's (我区 … 区党工委 → 高新区党工委).
      const zoned = d === null ? zoneRelative(input, lex, zoneAt, i, rel.end, b) : null
      if (zoned) {
        take(zoned)
        i = b.end - 1
        continue
      }
      const ofParty = b.organ.form === COMMITTEE && partyCommitteeOfParty(lex, text, rel.end + 1) ? partyCommitteeBefore(scan, d, i, rel.end) : undefined
      if (ofParty) take(ofParty)
      // A township's word that names no one township on a page that writes places (镇党委 on a page of two towns,
      // 街道党工委 on a page of a district's every street) is no body: a relative word cannot be lifted down to a
      // township, and the gold lists a township's bodies only under its name (dev 964, 1149). Where the page writes no
      // place at all it stays as written, as every relative body does (README).
      const unnamedTownship = d === null && rel.values[0]!.levels.every((l) => l === TOWNSHIP) && input.places.some((p) => p.division)
      // …unless its sentence opens on the townships it means, listed (在瓦室镇、烟溪镇，…听取镇党委、政府汇报): each one's body;
      // only of a body paired with its government (镇党委、政府, 镇党委政府) and no title after the pair: one person's title
      // (镇党委书记张三) is one town's.
      const framed = unnamedTownship && ofParty === undefined && pairedUntitled(input, lex, b.end) ? framedTownships(input, i, text.slice(i, rel.end)) : []
      for (const [n, t] of framed.entries()) if (admissible(t, b)) take({ ...bodyMention(text, i, rel.end, t, b, false, RELATIVE_BODY_RULE), ...(n ? { rule: SHARED_RULE } : {}) })
      if (admissible(d, b) && ofParty === undefined && !unnamedTownship) {
        take(bodyMention(text, i, rel.end, d, b, false, RELATIVE_BODY_RULE))
        // Relative words listed before it share its organ: 省、市政协委员 → the province's and the city's 政协.
        let k = i
        while (k >= 2 && LIST.has(text.charCodeAt(k - 1)) && !covered[k - 2]) {
          const r = input.relativeWords.longestEndingAt(text, k - 1)
          // The word begins a word of the segmenter, or follows a preposition it is glued to (反映给 + 区、镇党委).
          if (!r || r.start !== k - 2 || (tokens.isStart[r.start] !== 1 && !lex.beforeRelative.has(text.charCodeAt(r.start - 1)))) break
          // …only where the item names one region (lifted through a written division too: 省、市政协 on a page of a county
          // alone). An item that names none is a level, not a body (部分市、县政协委员 on a county's page; 省、市、区政协委员
          // on a district's: dev 469, 757, 3 of 4 such items unlisted in the gold).
          const e = input.relative(r.start, r.values[0]!)
          if (!e || !admissible(e, b)) break
          const m = bodyMention(text, r.start, rel.end, e, b, false, RELATIVE_LIST_BODY_RULE)
          take({ ...m, end: k - 1 })
          k = r.start
        }
        // 全国 at the head of the list shares its organ too: 全国、省、市政协, 全国及省政协 → 全国政协; 全国和省人大代表 → 全国人大.
        const nation = !b.parts.length && k >= 3 && LIST.has(text.charCodeAt(k - 1)) ? nationalHead(lex, text, k - 1, b, covered) : null
        if (nation) take(nation)
      }
      i = b.end - 1
      continue
    }
    // Bodies written whole: 全国政协, 教育部, 全国妇联.
    const n = wordStart(i) ? longest(lex.named, text, i, namedOk) : null
    if (n && !ownAt(i)) {
      const read = readParts(lex, text, n.end, n.value.kind, wordEnd)
      const { parts, kind } = read
      // A ministry's own bureau written right after it is one body (国台办交流局).
      const unit = !parts.length && n.value.kind === GOVERNMENT ? Math.max(nationalUnit(lex, text, read.end, wordEnd, tokens), nationalDepartment(lex, text, read.end, tokens)) : -1
      const end = unit > 0 ? unit : read.end
      // A colloquial form (党中央) is reported by the body's id (中共中央); the national CPPCC always as 全国政协.
      const name = n.value.short || n.value.kind === 'cppcc' ? n.value.id + text.slice(n.end, end) : text.slice(i, end)
      const key = `${NATIONAL}|${n.value.id}${partIds(parts)}${text.slice(read.end, end)}`
      take({ start: i, end, name, key, rank: 2, kind: parts.length ? kind : n.value.kind, region: institutionRegion(n.value), division: null, rule: 'lexicon:national' })
      i = end - 1
    }
  }
  return every
}

/**
 * A chain of relative words written glued before one organ (学校省市政协委员, 社南岸市区政协委员: data/glued-level-lists.tsv):
 * the body of each word's region, as 省、市政协 gives, where it resolves to one (an earlier word that names none is a level,
 * no body; the last keeps the rule of any relative word). No chain after a word that makes it a level of committees (部分,
 * 周边; 各, 有关 and a count: everyRegion; a direction or locality word, 西部), nor before words of several acting together
 * (联席). Returns the end of the organ where it read one, else -1.
 */
function gluedLevelList(scan: Scan, i: number): number {
  const { input, lex, numerals, text, take, wordEnd } = scan
  const chain = lex.gluedLevels.chains.longestAt(text, i)
  // …nor right after a word the segmenter reads as an abbreviation (川渝省市政协, 川省市政协: those two, not 四川省 and its 市; dev 353).
  const before = i > 0 ? scan.tokens.list[scan.tokens.at[i - 1]!] : undefined
  // …nor after a direction or locality word (西部省市政协, 长江沿线省市政协: a region of several, no bodies) that is no
  // division written (社南岸市区政协委员: 南岸, which the segmenter tags so too, is 南岸区; dev 574).
  const regionBefore = before !== undefined && before.end === i && LOCALITY_POS.has(before.pos) && !scan.placeAt.has(before.start)
  if (!chain || lex.gluedLevels.notAfter.longestEndingAt(text, i) || everyRegion(input, lex, numerals, i) || before?.pos === ABBREVIATION_POS || regionBefore) return -1
  // Only a CPPCC (every such list of the dev gold): 省市区委 of 中央和省市区委政协工作会议 names the levels' party committees (dev 1269).
  const b = readBody(lex, text, chain.end, wordEnd)
  if (!b || b.kind !== CPPCC_KIND || b.organ.placed || b.organ.township || b.parts.length || runsOn(scan, chain.end, b)) return -1
  // Not several acting together (省市政协协作会议, 省市政协联席会议).
  if (lex.gluedLevels.notBefore.longestAt(text, b.end)) return -1
  // Each unit one relative word (省, 市), read once.
  const words = []
  for (let p = i; p < chain.end; p++) {
    const r = input.relativeWords.longestAt(text, p)
    if (r?.end !== p + 1) return -1
    words.push(r.values[0]!)
  }
  for (const [n, word] of words.entries()) {
    const p = i + n
    const d = input.relative(p, word)
    const last = p === chain.end - 1
    if (!admissible(d, b) || (!last && !d)) continue
    const m = bodyMention(text, p, chain.end, d, b, false, last ? RELATIVE_BODY_RULE : RELATIVE_LIST_BODY_RULE)
    take(last ? m : { ...m, end: p + 1 })
  }
  return b.end
}

/**
 * Whether an association written alone after a region or a relative word runs into an ordinary word: the segmenter's word
 * crosses its end, where a word of the text takes its first unit (市民 + 协同, 协商; 县民 + 协力) or the word crossing
 * its end is an ordinary one (影视 + 协拍, 市学 + 联合: data/association-run-ons.txt), and neither a head word (影视协 +
 * 会长: the word 协会) nor a title or member word (民协 + 主席, 会员) begins there. A guess of the segmenter's for the
 * first unit (市科 + 协商 + 请) leaves the form (市科协商请).
 */
function runsOn(scan: Scan, start: number, b: Body): boolean {
  const { input, lex, text, tokens } = scan
  if (b.organ.kind !== MASS || b.parts.length > 0 || tokens.isEnd[b.end] === 1 || !isHan(text.charCodeAt(b.end))) return false
  const w = tokens.list[tokens.at[b.end]!]
  if (w === undefined || lex.heads.longestAt(text, w.start) !== undefined || input.roleAt(text, b.end) !== undefined || lex.members.longestAt(text, b.end) !== undefined) return false
  const first = tokens.isStart[start] === 1 ? undefined : tokens.list[tokens.at[start]!]
  return (first !== undefined && first.pos !== UNKNOWN_WORD) || lex.runOns.longestAt(text, w.start) !== undefined
}

/** A 政协 or 人大 written after a term right after a region (第十四届 + 人大, 十一届 + 政协): where it begins, and the body. */
function termedBody(lex: BodyLexicon, text: string, at: number, wordEnd: WordEnd): { at: number; b: Body } | null {
  const t = TERM_BEFORE_BODY.exec(text.slice(at, at + 6))
  if (!t) return null
  const b = readBody(lex, text, at + t[0].length, wordEnd)
  return b && TERMED_KINDS.has(b.organ.kind) ? { at: at + t[0].length, b } : null
}

/**
 * Whether `i` is the second character of a two-character word the dictionary does not know: the segmenter's
 * guess joining a one-character short form of a city to the relative word after it (住汕 + 省政协委员 → 汕省,
 * 在榆 + 省政协委员 → 榆省). A dictionary word is a word of its own (全省 of 在全省政协会议上, 城市 of 城市政府).
 */
function afterShortForm(tokens: Tokens, i: number): boolean {
  const t = tokens.list[tokens.at[i]!]
  return t !== undefined && t.start === i - 1 && t.end === i + 1 && t.pos === UNKNOWN_WORD
}

// Where a sentence ends: a party named before it names no committee after it.
const SENTENCE_END = /[。！？\n]/
const DEMOCRATIC_PARTY = 'democratic-party'

/**
 * A party committee with a democratic party's title right after it (a modifier of the title between: 专职副主委) is
 * that party's committee, written without the party's name after one of its committees (九三学社河南省委专职副主委陈志民，
 * 山西省委副主委阎义勇 → 九三学社山西省委) or after its centre (民盟中央常委、广东省委专职副主委 → 民盟广东省委): of the
 * party of the last such committee before it in the sentence; no body where none is (a 省委 gives no 副主委).
 */
function elidedParties(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[]): BodyMention[] {
  const { text } = input
  const parties = found.filter((m) => m.kind === DEMOCRATIC_PARTY && m.region !== null && (m.region === NATIONAL ? !!nationalParty(lex, text, m) : m.key.endsWith(COMMITTEE) && m.name.includes(m.region))).sort((a, b) => a.start - b.start)
  const out: BodyMention[] = []
  for (const m of found) {
    if (m.kind !== 'party' || m.key !== `${m.region ?? m.name}|${COMMITTEE}` || !partyTitleAfter(input, lex, m)) {
      out.push(m)
      continue
    }
    let party: BodyMention | undefined
    for (const p of parties) if (p.end <= m.start) party = p
    if (!party || SENTENCE_END.test(text.slice(party.end, m.start))) continue
    const centre = party.region === NATIONAL ? nationalParty(lex, text, party) : null
    const prefix = centre ? centre.full ?? centre.form : party.name.slice(0, party.name.indexOf(party.region!))
    const partyId = centre ? centre.party + COMMITTEE : party.key.slice(party.key.indexOf('|') + 1)
    out.push({ ...m, name: prefix + m.name, key: `${m.region ?? m.name}|${partyId}`, kind: DEMOCRATIC_PARTY, rule: 'rule:elided-party' })
  }
  return out
}

/** The democratic party whose centre a national mention names (民盟 of 民盟中央), by the prefix it begins with. */
function nationalParty(lex: BodyLexicon, text: string, m: BodyMention): Prefix | null {
  const x = lex.prefixes.longestAt(text, m.start)?.values[0]
  return x && x.kind === DEMOCRATIC_PARTY ? x : null
}

/**
 * The party committee found ending at `at` that a body of data/paired-bodies.txt follows as one word (镇党委政府,
 * 县委政府: the town's or county's committee and government, as in the list 镇党委、政府); else null. `partyByEnd`
 * holds the first party body of `found` ending at each offset (indexed once: a page may write many 政府). Only a whole
 * committee (its organ of kind party right before `at`, not a department's short form, no part after it) pairs:
 * 县委统战部政府 pairs nothing.
 */
function pairedAfterCommittee(lex: BodyLexicon, text: string, partyByEnd: ReadonlyMap<number, BodyMention>, at: number): BodyMention | null {
  // The paired word first: asked at every position of the text, and its first unit (a bit of the trie) rejects
  // nearly all of them, where the committee costs a Map probe at each.
  if (!lex.pairedAfter.longestAt(text, at)) return null
  const committee = partyByEnd.get(at)
  if (!committee) return null
  for (let s = at - 1; s >= Math.max(committee.start, at - ORGAN_MAX); s--) {
    const o = readBody(lex, text, s)
    if (o && o.end === at && o.organ.kind === 'party' && !o.organ.short && !o.parts.length) return committee
  }
  return null
}

/** How many places of a division start before each position of the text (index 0 to its length). */
function placeCounts(input: BodyInput): Uint32Array {
  const counts = new Uint32Array(input.text.length + 1)
  for (const p of input.places) if (p.division) counts[p.start + 1]!++
  for (let x = 1; x <= input.text.length; x++) counts[x]! += counts[x - 1]!
  return counts
}

/**
 * Bodies written without a region in a list under one: 市委、市政府 has its own 市, but in 市各民主党派、
 * 工商联 the 工商联 is the city's too, and in 兰溪市委常委、统战部部长 the 统战部 is the 兰溪市委's. A bare
 * organ right after a list mark takes the region of the nearest body before it in the same clause, or of
 * the relative word that heads the list item before it.
 */
function listedBodies(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array, wordEnd: WordEnd, placesBefore: Uint32Array, heads?: (before: BodyMention) => boolean): BodyMention[] {
  const { text } = input
  const out: BodyMention[] = []
  const byStart = [...found].sort((a, b) => a.start - b.start)
  const partyByEnd = new Map<number, BodyMention>()
  for (const m of found) if (m.kind === 'party' && !partyByEnd.has(m.end)) partyByEnd.set(m.end, m)
  let k = 0
  for (let i = 1; i < text.length; i++) {
    if (covered[i]) continue
    // An item may be set in quotes, whole (区民政局、农林畜牧局、“双创办”、商务局: dev 1156).
    // The list mark first: asked at every position, and text[i - 1] makes a string.
    const quoted = i > 1 && LIST.has(text.charCodeAt(i - 2)) && OPENING_QUOTES.includes(text[i - 1]!)
    const listed = quoted || LIST.has(text.charCodeAt(i - 1))
    const paired = listed ? null : pairedAfterCommittee(lex, text, partyByEnd, i)
    if (!listed && !paired) continue
    let b: Body | null = readBody(lex, text, i)
    if (b?.organ.adjoined) continue
    if (quoted && !(b && CLOSING_QUOTES.includes(text[b.end] ?? ''))) continue
    // An item that opens with a relative region word is that region's body, never a special committee of the 政协 before it,
    // which its list writes without one (区政协委员、区建管委: the district's commission; 市政协文史委、提案委).
    const regionFirst = input.relativeWords.longestAt(text, i) !== undefined
    let special = b || regionFirst ? null : readParts(lex, text, i, CPPCC_KIND, wordEnd)
    const ofCongress = b || regionFirst ? null : readParts(lex, text, i, CONGRESS_KIND, wordEnd)
    if (b ? b.organ.kind === CPPCC_KIND || b.organ.form === COMMITTEE : !special?.parts.length && !ofCongress?.parts.length) continue
    while (k < byStart.length && byStart[k]!.end <= i - 1) k++
    // The item before may be one this list found (区教育局、民政局、文化旅游局), or the party committee it is paired with.
    const last = out[out.length - 1]
    const before = paired || (last && last.end > (byStart[k - 1]?.end ?? -1) ? last : byStart[k - 1])
    if (heads && (!before || (before !== last && !heads(before)))) continue
    // 和/与/及 join two bodies only when a body ends right before it: 海洋发展和渔业局 is one bureau, and
    // so is 文史和学习委员会 one special committee (no 学习委员会 of the 政协 named before it).
    if (CONJUNCTION.has(text.charCodeAt(i - 1)) && before?.end !== i - 1) continue
    // A congress's committee after another of the same congress in one clause (州人大法制委员会、农业与农村委员会).
    const congress = ofCongress?.parts.length && before?.kind === CONGRESS_KIND && !CLAUSE_END.test(text.slice(before.end, i - 1)) ? congressOf(lex, text, before, wordEnd) : null
    if (congress) {
      out.push({ start: i, end: ofCongress!.end, name: congress.name + text.slice(i, ofCongress!.end), key: congress.key + partIds(ofCongress!.parts), rank: 1, kind: CONGRESS_KIND, region: before!.region, division: before!.division, term: null, session: null, rule: 'rule:list+congress-committee' })
      i = ofCongress!.end - 1
      continue
    }
    if (!b && !special?.parts.length) continue
    // The item before is a CPPCC committee or one of its special committees, in the same clause.
    const afterCppcc = (before?.kind === CPPCC_KIND || before?.kind === SPECIAL_KIND) && !CLAUSE_END.test(text.slice(before.end, i - 1))
    // In a list of a CPPCC committee's special committees, a name that is also a government's commission is
    // the committee's (市政协文史委、农业农村委 → 市政协农业农村委, not the city's 农业农村委).
    if (b && afterCppcc && !regionFirst) {
      const sp = readParts(lex, text, i, CPPCC_KIND, wordEnd)
      if (sp.parts.length && sp.kind === SPECIAL_KIND && sp.end >= b.end) [b, special] = [null, sp]
    }
    // A special committee after its CPPCC committee (or another of its special committees) in one clause:
    // 县政协办、农业和农村专委会; 市政协文史委、提案委.
    if (special) {
      // …also of one whose region the page never writes (市政协提案委员会、经济委员会 → 市政协经济委员会).
      const base = afterCppcc ? committeeBase(input, before!) : null
      if (base) {
        out.push({ start: i, end: special.end, name: base.name + text.slice(i, special.end), key: specialKey(base.key, partIds(special.parts)), rank: 1, kind: special.kind, region: before!.region, division: before!.division, term: null, session: null, rule: 'rule:list+special' })
        i = special.end - 1
      }
      continue
    }
    // A party written alone before a word for a sector of the CPPCC committee (、农工党界别召集人) names no body,
    // nor does a mass organisation before one followed by a list mark, a title or no Han (经科组、工商联组和民营组委员;
    // in 工商联组织 the word goes on).
    const sector = b && (b.organ.kind === 'democratic-party' || b.organ.kind === MASS) ? lex.sectors.longestAt(text, b.end) : undefined
    const sectorEnds = (at: number) => !isHan(text.charCodeAt(at)) || LIST.has(text.charCodeAt(at)) || input.roleAt(text, at) !== undefined || lex.members.longestAt(text, at) !== undefined
    if (sector && (b!.organ.kind !== MASS || sectorEnds(sector.end))) continue
    // A comma some pages print before each list mark (区教育局,、民政局) ends no clause.
    const gapEnd = i - 1 - (text[i - 1] === '、' && STRAY_COMMA.test(text[i - 2] ?? '') ? 1 : 0)
    let region: { d: Division | null; name: string | null; of?: BodyMention } | null =
      before && (before.region || ZONE_RULES.test(before.rule)) && !CLAUSE_END.test(text.slice(before.end, gapEnd)) && placesBefore[i]! === placesBefore[before.end]! ? { d: before.division, name: before.region, of: before } : null
    if (!region) {
      // The item before: a relative word and 各 (市各民主党派、): the list belongs to that region.
      const head = lastBefore(text, EACH, i - 1, i - 8)
      const rel = head > 0 ? input.relativeWords.longestAt(text, head - 1) : undefined
      if (rel && rel.end === head && i - head <= 8 && !/[，。；：、]/.test(text.slice(head, i - 1))) {
        const d = input.relative(head - 1, rel.values[0]!)
        region = { d, name: d?.name ?? null }
      }
    }
    if (b && !region && before && before.region === null && b.organ.kind === 'government' && RELATIVE_RULE.test(before.rule) && !CLAUSE_END.test(text.slice(before.end, gapEnd))) {
      // After a relative body whose region the page never writes (市政府办、发改委、经信委): the bodies of the
      // same list are as written, without a region, as that body is. A government paired with its committee
      // (县委政府, 镇党委政府; also listed right after it: 镇党委、政府) is named by the committee's level word: 县政府 and
      // 镇政府 are two bodies.
      const partner = paired ?? (listed && before.kind === 'party' && before.end === gapEnd && lex.pairedAfter.longestAt(text, i) ? before : null)
      const rel = partner && partner.region === null ? keyRegion(partner.key) : ''
      const ofPartner = rel && partner && partner.name.startsWith(rel) ? rel : null
      // …and one the page writes elsewhere with the list's relative word is that body (市发改委 … 市农牧局、发改委: the
      // first full form names it, dev-pages README).
      const word = keyRegion(before.key)
      const written = !ofPartner && before.name.startsWith(word) && unplacedKey(found, bodyKey(word, b, word + text.slice(i, b.end)))
      const level = ofPartner ?? (written ? word : null)
      const name = (level ?? '') + text.slice(i, b.end)
      out.push({ start: i, end: b.end, name, key: bodyKey(level, b, name), rank: 1, kind: b.kind, region: null, division: null, term: null, session: null, rule: 'rule:list+body' })
      i = b.end - 1
      continue
    }
    const unresolved = b && !region && before ? unresolvedListed(text, b, before, i, gapEnd) : null
    if (unresolved) {
      out.push(unresolved)
      i = unresolved.end - 1
      continue
    }
    // A body listed after a zone's is the zone's, named from it (區工委書記、管委會主任、人大工委主任 → 松山新区人大工委).
    const zone = b && region?.of && ZONE_RULES.test(region.of.rule) ? zoneNameEnd(lex, region.of.name) : 0
    if (zone > 0) {
      const name = region!.of!.name.slice(0, zone) + text.slice(i, b!.end)
      out.push({ start: i, end: b!.end, name, key: name, rank: 1, kind: b!.kind, region: region!.name, division: region!.d, term: null, session: null, rule: 'rule:list+zone' })
      i = b!.end - 1
      continue
    }
    if (!b || !region || region.name === null || !admissible(region.d, b)) continue
    // A list of memberships (区政协委员、人大代表; 市政协委员、人大代表): the region written with the first is no region of
    // the bare body after it, the person's membership being told, not one body's (dev 617, 1025).
    if (region.of && lex.members.longestAt(text, b.end) !== undefined && lex.members.longestAt(text, region.of.end) !== undefined) continue
    // A commission listed after a democratic party's committee is one of that party's own (民盟广东省委社会与法制委员会主任X、
    // 教育委员会副主任Y): no government body of its region; nor is a party department (民盟常州大学总支主委X及我校组织部、
    // 统战部: a party has its 组织部 too), no body of the Communist Party's committee there; nor is a congress written bare
    // after a kind of the party's proposals (上升为市委会提案、人大代表议案: a kind of motion, no body; dev 1092).
    if ((b.kind === 'government' || b.kind === 'party' || b.kind === CONGRESS_KIND) && region.of?.kind === DEMOCRATIC_PARTY) continue
    // A department of the party committee before it is named with it: 兰溪市委 + 统战部.
    // So is one after another department of it: 县委组织部、宣传部 → 县委宣传部.
    // So is one after a committee written in another form (区党委常委、统战部部长 → 广西壮族自治区党委统战部).
    const department = b.organ.short && b.organ.kind === 'party' && region.of?.kind === 'party'
    const ofCommittee = department && region.of!.key.startsWith(keyPrefix(region.name, COMMITTEE))
    const organ = region.of ? region.of.name.slice(region.name.length) : ''
    const ofOther = department && !ofCommittee && region.of!.name.startsWith(region.name) && region.of!.key === keyPrefix(region.name, organ)
    // Any other item is named as its region names it, as a body written after the region is (县人大、党委 → 固始县委: regionForm).
    const own = ofCommittee || ofOther ? null : regionForm(text, i, region.d, b)
    const name = own ? region.name + own.written : (ofCommittee ? region.name + COMMITTEE : region.of!.name) + text.slice(i, b.end)
    out.push({ start: i, end: b.end, name, key: bodyKey(region.name, own?.body ?? b, name), rank: 1, kind: b.kind, region: region.name, division: region.d, term: null, session: null, rule: 'rule:list+body' })
    // A government paired with a party committee that relative words listed before it share (区、镇党委、政府) is each of
    // their regions' too: the 区政府 as well as the 镇政府 (dev-pages README: a comma does not change what the words name).
    if (b.kind === GOVERNMENT && region.of?.kind === 'party' && (paired || (listed && region.of.end === gapEnd && lex.pairedAfter.longestAt(text, i)))) {
      for (const m of sharingLevels(text, byStart, region.of)) {
        const shared = m.region! + text.slice(i, b.end)
        out.push({ start: i, end: b.end, name: shared, key: bodyKey(m.region, b, shared), rank: 1, kind: b.kind, region: m.region, division: m.division, term: null, session: null, rule: SHARED_RULE })
      }
    }
    i = b.end - 1
  }
  return out
}

/**
 * Whether a body of `found` written without a region has the key `key`. A function of its own, not a closure in
 * listedBodies' loop: one that captured the loop's variables would make a context at every position of the text.
 */
function unplacedKey(found: readonly BodyMention[], key: string): boolean {
  for (const m of found) if (m.region === null && m.key === key) return true
  return false
}

/** Whether a government paired with the body ending at `at` follows it (镇党委、政府, 镇党委政府), and no title after the pair. */
function pairedUntitled(input: BodyInput, lex: BodyLexicon, at: number): boolean {
  const { text } = input
  const gov = lex.pairedAfter.longestAt(text, LIST.has(text.charCodeAt(at)) ? at + 1 : at)
  return gov !== undefined && input.roleAt(text, gov.end) === undefined
}

// The most units a sentence may write before the townships it opens on (在, 来到).
const FRAME_LEAD = 2

/**
 * The townships a sentence opens on, listed, whose level word is `word` (在瓦室镇、烟溪镇，: 镇), where the relative word at
 * `at` is in that sentence after the clause that names them; else none. Two at least: one is the relative word's own.
 */
function framedTownships(input: BodyInput, at: number, word: string): Division[] {
  const { text } = input
  let s = at
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--
  const first = input.places.findIndex((p) => p.start >= s)
  if (first < 0 || input.places[first]!.start - s > FRAME_LEAD) return []
  const out: Division[] = []
  for (let q = first; q < input.places.length; q++) {
    const p = input.places[q]!
    if (!p.division || p.division.level !== TOWNSHIP || !p.division.name.endsWith(word) || p.end >= at) return []
    out.push(p.division)
    const next = text.charCodeAt(p.end)
    if (LIST.has(next) && input.places[q + 1]?.start === p.end + 1) continue
    return out.length > 1 && CLAUSE_END.test(text[p.end] ?? '') && text[p.end] !== '\n' ? out : []
  }
  return []
}

/**
 * The bodies of relative words listed right before `of` that share its organ (区、 of 区、镇党委), nearest first, and those
 * that share its very words (镇党委 of 在瓦室镇、烟溪镇，…镇党委).
 */
function sharingLevels(text: string, byStart: readonly BodyMention[], of: BodyMention): BodyMention[] {
  const out: BodyMention[] = byStart.filter((x) => x !== of && x.start === of.start && x.end === of.end && x.kind === of.kind && x.region !== null && x.region !== of.region)
  let start = of.start
  for (;;) {
    const m = byStart.find((x) => x.rule === RELATIVE_LIST_BODY_RULE && x.end === start - 1 && LIST.has(text.charCodeAt(x.end)) && x.region !== null)
    if (!m) return out
    out.push(m)
    start = m.start
  }
}

/**
 * A body listed after a relative body whose region the page never writes (县委常委、统战部部长; 县政协副主席、
 * 工商联主席), named as that body is, by the relative word (县委统战部, 县工商联): a department of the party
 * committee after the committee or another of its departments, a mass organisation after any such body in
 * the same clause. Null for any other (a government's are found before, as written).
 */
function unresolvedListed(text: string, b: Body, before: BodyMention, i: number, gapEnd: number): BodyMention | null {
  if (before.region !== null || !RELATIVE_RULE.test(before.rule) || CLAUSE_END.test(text.slice(before.end, gapEnd))) return null
  const rel = keyRegion(before.key)
  if (!rel || !before.name.startsWith(rel)) return null
  const department = b.organ.kind === 'party' && b.organ.short && before.kind === 'party' && before.key.startsWith(keyPrefix(rel, COMMITTEE))
  if (!department && b.organ.kind !== MASS) return null
  const name = (department ? rel + COMMITTEE : rel) + text.slice(i, b.end)
  return { start: i, end: b.end, name, key: bodyKey(rel, b, name), rank: 1, kind: b.kind, region: null, division: null, term: null, session: null, rule: 'rule:list+relative-body' }
}

/**
 * A special committee written alone, with a title after it, at the head of a line or a list item
 * (经济委员会主任周伯华、人口资源环境委员会主任贾治邦; 文史委、经济委负责人: a title after the list), or after
 * 政协 written alone (政协提案委组织视察):
 * the one of the CPPCC committee named last before it,
 * across clauses, where no other body stands between. Only special committees the lexicon lists.
 */
function titledSpecials(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array): BodyMention[] {
  const { text } = input
  const out: BodyMention[] = []
  const byStart = [...found].sort((a, b) => a.start - b.start)
  let k = 0
  // The CPPCC committees named before the position in its article (keys of committeeBase), read once through byStart;
  // and the articles that name a congress or a region's government body (either may own a committee of that name; no
  // national ministry is named so: 国家发展改革委 on a page of 全国政协 leaves its 教科卫体委员会 the CPPCC's).
  const articleOf = input.article ?? (() => 0)
  const bases = new Set<string>()
  let kb = 0
  let basesOf = -1
  // A congress has special committees of its own under any of their names; a government only under the shared ones
  // (data/shared-special-committees.txt: 经济委, 农业农村委), so a department of it leaves 社法委 the CPPCC's.
  const congresses = new Set<number>()
  const governments = new Set<number>()
  for (const m of found) {
    if (m.kind === CONGRESS_KIND) congresses.add(articleOf(m.start))
    else if (m.kind === GOVERNMENT && m.region !== NATIONAL) governments.add(articleOf(m.start))
  }
  for (let i = 0; i < text.length; i++) {
    // A covered position first: it saves the tests of what comes before the position.
    if (covered[i]) continue
    // 政协 written alone before it names the same committee (政协提案委组织视察), a title after it or not.
    const at = text.startsWith(CPPCC, i) ? i + CPPCC.length : i
    // Then whether a special committee can begin there: a part's first unit, or a field's (fieldSpecial). Most positions
    // begin none, and this saves them the tests of what comes before the position.
    const first = text.charCodeAt(at)
    if (!lex.parts.begins(first) && !lex.specialFields.begins(first)) continue
    // A line of a list set off by a dash (  ——提案委员会就…组织委员建言献策) begins after its dash, as a line does.
    const dashLine = dashLineAt(text, i)
    const itemStart = i === 0 || ITEM_START.has(text.charCodeAt(i - 1)) || dashLine
    const afterSpace = !itemStart && isWhitespace(text.charCodeAt(i - 1))
    const afterVerb = !itemStart && !afterSpace && afterVerbWord(input.tokens, lex, text, i)
    const labelled = creditLabelBefore(lex, text, i)
    const crumb = crumbAfterSection(lex, text, i)
    if (!itemStart && !afterSpace && !afterVerb && !labelled && !crumb && !BRACKET_OPEN.has(text.charCodeAt(i - 1))) continue
    // …or one written by its fields alone (带领医疗卫生体育委员会委员).
    const p = longest(lex.parts, text, at, (_e, x) => x.after === CPPCC_KIND && x.kind === SPECIAL_KIND) ?? fieldSpecial(lex, text, at) ?? bracketedSpecial(lex, text, at)
    if (!p) continue
    const end = partEnd(lex, text, p)
    // A heading needs no title after it: the committee before a colon (据联谊报 提案委员会：拓宽协商渠道).
    const heading = text.charCodeAt(end) === FULL_COLON
    // The unit of a credit line (来源：社法委; (文史委办 供稿)): the special committee of the article's one CPPCC committee.
    // A line may open with a special committee, the subject of its report (文史和学习委员会“…”专题调研团在…;
    // 社会法制委员会注重发挥本委优势): no title needed, unless its name is another body's too (经济委员会 of a government;
    // so in a credit line too: 来源：经济委 may be the government's).
    const id = p.value.id
    const onlyCppccName = lex.sharedSpecial.longestAt(id, 0)?.end !== id.length
    // A breadcrumb's segment after the site's section of special committees (专委会工作 / 经济委员会) is one, whatever its name.
    const credited = at === i && ((onlyCppccName && (labelled || creditClosed(lex, text, end) || bracketCredit(lex, text, i, end))) || (crumb && crumbEnds(text, end))) ? creditBase(input, found, i) : undefined
    if (afterSpace && !heading && !credited) continue
    if (!itemStart && !afterSpace && !afterVerb && !credited) continue
    const lineStart = at === i && (i === 0 || text.charCodeAt(i - 1) === NEWLINE || dashLine)
    const lineHead = lineStart && onlyCppccName
    const listed = listedTo(lex, text, end)
    // The author of a report titled right after it (农业农村委《关于…的调研报告》, 民族宗教委的《…报告》): a name a
    // government gives one of its bodies too is the CPPCC's where the article names no government or congress body.
    const article0 = articleOf(i)
    const report = reportAfter(input.tokens, text, end) && (onlyCppccName || (!governments.has(article0) && !congresses.has(article0)))
    // After a verb, a preposition or a conjunction (率提案委一行, 听取了教科卫体委员会…的汇报, 汇报和社法委…): a whole
    // word, the object of its clause, on a page that has named one CPPCC committee so far (not a page of several,
    // whose last need not be its own); a name a government gives one of its bodies too (经济委员会) only the national
    // committee's (no ministry is named so), else with a title after it.
    // Or the subject of its clause, right after a clause mark (会议后，提案委员会收到提案…; 。提案委还和…): only a name no
    // government or congress gives (dev 1105, 134, 363, 947: 16 of 16 such bare forms in the dev gold are the page's).
    // …also the first of a list of subjects of short nouns before the verb (会上，提案和委员联络委、办公室分别对…进行了指导).
    const subjectOf = itemStart && at === i && onlyCppccName && CLAUSE_MARK.has(text.charCodeAt(i - 1)) && (beforeVerbWord(input.tokens, end) || listBeforeVerb(input.tokens, text, end))
    const inClause = afterVerb || subjectOf
    const article = inClause ? articleOf(i) : -1
    if (article !== basesOf && inClause) { bases.clear(); basesOf = article }
    if (inClause) for (; kb < byStart.length && byStart[kb]!.end <= i; kb++) {
      const m = byStart[kb]!
      const b = (m.kind === CPPCC_KIND || m.kind === SPECIAL_KIND) && articleOf(m.start) === article ? committeeBase(input, m) : null
      if (b) bases.add(b.key)
    }
    // The author of a report on a page of several CPPCC committees is the article's home one where it is among them
    // (铜官区政协 receiving 屯溪区政协…: 民族宗教委的《关于…的报告》 is the 铜官区政协's; dev 506).
    const homeBase = report && inClause && bases.size > 1 ? input.home?.(i)?.name : undefined
    const ownReport = homeBase !== undefined && bases.has(homeBase)
    const objectOf = inClause && at === i && input.tokens.isEnd[end] === 1 && (bases.size === 1 || ownReport) && !congresses.has(article) && (onlyCppccName || report || (afterVerb && !governments.has(article) && bases.has(NATIONAL))) && lex.liaisonSpecial.longestAt(id, 0)?.end !== id.length
    const named = heading || lineHead || objectOf || !!credited || (itemStart && (onlyCppccName || report) && untitledSpecial(text, i, end, listed, out)) || titledAfter(input, lex, text, listed)
    // A dash-led line that opens with a name another body bears too (——经济委员会围绕…): the national committee's only (no
    // ministry is so named); a plain line's head so named is none (经济委员会工作有序推进).
    const nationalHead = dashLine && lineStart && !named
    if (at === i && !named && !nationalHead) continue
    while (k < byStart.length && byStart[k]!.end <= i) k++
    // The CPPCC committee named last before it; for a line that opens with one, else the one its line names after it.
    const cppccAt = (m: BodyMention | undefined) => !!m && (m.kind === CPPCC_KIND || m.kind === SPECIAL_KIND)
    const lineEnd = lineHead || nationalHead ? lineEndAt(text, end) : end
    // A public institution between (朱家角人民医院院长洪斌陪同): a hospital or a school owns no committee of the CPPCC's names.
    let j0 = k - 1
    while (j0 > 0 && byStart[j0]!.kind === INSTITUTION_KIND) j0--
    // The object of a clause is the article's one CPPCC committee's, whatever bodies stand between (市发改委…由提案委主持).
    if (objectOf) while (j0 > 0 && !(cppccAt(byStart[j0]) && (!ownReport || byStart[j0]!.region === homeBase))) j0--
    let before = credited ?? (cppccAt(byStart[j0]) ? byStart[j0] : undefined)
    for (let j = k; (lineHead || nationalHead) && !before && j < byStart.length && byStart[j]!.start < lineEnd; j++) if (cppccAt(byStart[j])) before = byStart[j]
    const base = before ? committeeBase(input, before) : null
    if (!base || (nationalHead && base.key !== NATIONAL)) continue
    out.push({ start: i, end, name: base.name + text.slice(at, end), key: specialKey(base.key, p.value.id), rank: 1, kind: SPECIAL_KIND, region: before!.region, division: before!.division, term: null, session: null, rule: objectOf ? (afterVerb ? 'rule:special-object' : 'rule:special-subject') : 'rule:titled-special' })
    i = end - 1
  }
  return out
}

// The brackets a credit line opens with ((文史委办 供稿)), the colons after its label (来源：), and what ends it after
// its closing verb.
const BRACKET_OPEN = UnitSet.of(['(（'])
const COLON = UnitSet.of([':：'])
// Spaces and a slash between the parts of a credit line (文史委办 供稿, 提案委/供稿).
const CREDIT_GAP = UnitSet.of([' \u3000/／'])

// The separators of a breadcrumb's segments (首页 / 专委会工作 / 经济委员会, 首页 > 专委会 > 提案委员会).
const CRUMB_MARK = UnitSet.of(['/／>＞›»'])

/** Whether a breadcrumb's separator after the site's section of special committees ends right before `i` (专委会工作 / |经济委员会). */
function crumbAfterSection(lex: BodyLexicon, text: string, i: number): boolean {
  let k = i
  while (k > 0 && isWhitespace(text.charCodeAt(k - 1))) k--
  if (k === 0 || !CRUMB_MARK.has(text.charCodeAt(k - 1))) return false
  k--
  while (k > 0 && isWhitespace(text.charCodeAt(k - 1))) k--
  return lex.specialSections.longestEndingAt(text, k) !== undefined
}

/** Whether a breadcrumb's segment ends at `end`: the line's end, or the next separator. */
function crumbEnds(text: string, end: number): boolean {
  let k = end
  while (k < text.length && text.charCodeAt(k) !== NEWLINE && isWhitespace(text.charCodeAt(k))) k++
  return k === text.length || text.charCodeAt(k) === NEWLINE || CRUMB_MARK.has(text.charCodeAt(k))
}

/** Whether a credit's label and its colon, and spaces, end right before `i` (来源：|社法委, 供稿: |提案委). */
function creditLabelBefore(lex: BodyLexicon, text: string, i: number): boolean {
  let k = i
  while (k > 0 && CREDIT_GAP.has(text.charCodeAt(k - 1))) k--
  return k > 0 && COLON.has(text.charCodeAt(k - 1)) && lex.creditLabels.longestEndingAt(text, k - 1) !== undefined
}

/**
 * Whether a verb that closes a credit follows a committee ending at `end`, behind its office word and spaces or a slash,
 * and ends the line or the bracket: 社法委| 供稿), 文史委|办供稿), 文史委| 杨金华 供稿 (a name of two to four characters between).
 */
function creditClosed(lex: BodyLexicon, text: string, end: number): boolean {
  let k = lex.creditOffices.longestAt(text, end)?.end ?? end
  const gap = () => { while (k < text.length && CREDIT_GAP.has(text.charCodeAt(k))) k++ }
  gap()
  const closes = (at: number) => {
    const v = lex.creditVerbs.longestAt(text, at)
    return !!v && closesCredit(text, v.end)
  }
  if (closes(k)) return true
  if (k === end || !CREDIT_GAP.has(text.charCodeAt(k - 1))) return false
  // A name between: Han characters up to a space or a slash.
  const s = k
  while (k < text.length && k - s <= CREDIT_NAME_MAX && isHan(text.charCodeAt(k))) k++
  if (k - s < CREDIT_NAME_MIN || k - s > CREDIT_NAME_MAX) return false
  const named = k
  gap()
  return k > named && closes(k)
}
/**
 * Whether a special committee from `i` to `end` stands alone in brackets that close its line, its office word (办) read
 * along: the credit of the report above with no verb ((文教委), （提案委办）: dev 902), as (文史委办 供稿) is one.
 */
function bracketCredit(lex: BodyLexicon, text: string, i: number, end: number): boolean {
  if (i === 0 || !BRACKET_OPEN.has(text.charCodeAt(i - 1))) return false
  const k = lex.creditOffices.longestAt(text, end)?.end ?? end
  if (!BRACKET_CLOSE.has(text.charCodeAt(k))) return false
  let e = k + 1
  while (e < text.length && CREDIT_GAP.has(text.charCodeAt(e))) e++
  return e === text.length || text.charCodeAt(e) === NEWLINE
}
const BRACKET_CLOSE = UnitSet.of([')）'])

const CREDIT_NAME_MIN = 2
const CREDIT_NAME_MAX = 4

/**
 * The CPPCC committee a credit's special committee belongs to: the one the article names, where all its CPPCC
 * committees and special committees are of that one (a page of several leaves it unread); undefined else.
 */
function creditBase(input: BodyInput, found: readonly BodyMention[], i: number): BodyMention | undefined {
  const articleOf = input.article ?? (() => 0)
  const article = articleOf(i)
  let first: BodyMention | undefined
  let key: string | undefined
  for (const m of found) {
    if ((m.kind !== CPPCC_KIND && m.kind !== SPECIAL_KIND) || articleOf(m.start) !== article) continue
    const b = committeeBase(input, m)
    if (!b) continue
    if (key !== undefined && b.key !== key) return undefined
    key = b.key
    if (!first || m.start < first.start) first = m
  }
  return first
}

// The marks that close a clause before a subject (not 、, which joins list items).
const CLAUSE_MARK = UnitSet.of(['，；。'])
// The parts of speech of the word after a subject: a verb, an adverb (还, 要), a preposition (在, 根据) or a conjunction (与).
const PREDICATE_HEAD = /^(?:v|d|p|c)$/

/** Whether a word starts at `end` and is the head of a predicate (提案委员会 + 收到, 还, 根据). */
function beforeVerbWord(tokens: Tokens, end: number): boolean {
  const w = tokens.isEnd[end] ? tokenStartingAt(tokens, end) : undefined
  return !!w && PREDICATE_HEAD.test(w.pos)
}

// The longest list of subjects after a special committee (提案委、办公室分别…): how many more items, each of nouns this long.
const SUBJECT_ITEMS_MAX = 2
const SUBJECT_ITEM_MAX = 6
const NOUN_TAG = /^n/

/** Whether after `end` a 、-list of at most two items of nouns ends right before a verb or an adverb (、办公室|分别对…). */
function listBeforeVerb(tokens: Tokens, text: string, end: number): boolean {
  let at = end
  for (let n = 0; n < SUBJECT_ITEMS_MAX && LIST.has(text.charCodeAt(at)); n++) {
    let e = at + 1
    for (let w = tokenStartingAt(tokens, e); w && NOUN_TAG.test(w.pos) && w.end - at - 1 <= SUBJECT_ITEM_MAX; w = tokenStartingAt(tokens, e)) e = w.end
    if (e === at + 1) return false
    if (beforeVerbWord(tokens, e)) return true
    at = e
  }
  return false
}

// The kind of a public institution (a university, a hospital, a school): no owner of a special committee.
const INSTITUTION_KIND = 'other'

// The parts of speech of a word a body may follow as the object of a clause: a verb, a preposition, a conjunction.
const VERB_LIKE = /^(?:v|vn|p|c)$/
// 了 after a verb (听取了): the verb's aspect particle.
const ASPECT = /^u/
const CONJUNCTION_TAG = 'c'

/**
 * Whether the word that ends at `i` is a verb, a preposition or a conjunction (or 了 after a verb), or a word the
 * dictionary does not hold that ends in a verb glued to a name (李华率: data/glued-verbs.txt).
 */
function afterVerbWord(tokens: Tokens, lex: BodyLexicon, text: string, i: number): boolean {
  if (!tokens.isEnd[i]) return false
  const k = tokens.at[i - 1]!
  const w = tokens.list[k]
  if (!w) return false
  // A conjunction inside a committee's stem joins two of its fields (港澳台侨 + 和 + 外事委): no clause's.
  const prev = tokens.list[k - 1]
  if (w.pos === CONJUNCTION_TAG && prev && prev.end === w.start && lex.specialFields.longestAt(text, prev.start)?.end === prev.end) return false
  if (VERB_LIKE.test(w.pos)) return true
  if (w.pos === UNKNOWN_WORD && w.end - w.start > 1 && lex.gluedVerbs.has(w.word.charCodeAt(w.word.length - 1))) return true
  return ASPECT.test(w.pos) && w.end - w.start === 1 && !!prev && prev.end === w.start && VERB_LIKE.test(prev.pos)
}

/**
 * Whether a special committee written alone at a list item's head (from `start` to `end`) is the CPPCC
 * committee's without a title after it: one of a list of its special committees (委工委、社法委组织委员视察),
 * the next item of such a list (the one before it taken, `taken`), or one before the title of its report
 * (审议了…、人资环委《关于…的调研报告》、社法委《…》). Only one no government or congress names so too (the caller's `onlyCppccName`), or before a report on a page that names no such body. `listed`: where the list that begins with it ends (`listedTo`).
 */
function untitledSpecial(text: string, start: number, end: number, listed: number, taken: readonly BodyMention[]): boolean {
  if (text.charCodeAt(end) === OPEN_TITLE || listed > end) return true
  const last = taken[taken.length - 1]
  return !!last && last.kind === SPECIAL_KIND && last.end === start - 1 && LIST.has(text.charCodeAt(start - 1))
}

// A dash that sets off the lines of a list (——), in units, and how many of them open one.
const DASH = 0x2014
const DASH_RUN = [1, 3] as const

/** Whether `i` follows a run of dashes that opens its line (after a line break and white space, or the text's start). */
function dashLineAt(text: string, i: number): boolean {
  let k = i
  while (k > 0 && text.charCodeAt(k - 1) === DASH) k--
  if (i - k < DASH_RUN[0] || i - k > DASH_RUN[1]) return false
  while (k > 0 && isWhitespace(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== NEWLINE) k--
  return k === 0 || text.charCodeAt(k - 1) === NEWLINE
}

/** Whether a report's title opens at `end`, right after a committee or after its particle 的 (提案委《…》, 提案委的《…》). */
function reportAfter(tokens: Tokens, text: string, end: number): boolean {
  if (text.charCodeAt(end) === OPEN_TITLE) return true
  const w = tokens.isEnd[end] ? tokenStartingAt(tokens, end) : undefined
  return !!w && w.end === end + 1 && PARTICLE_POS.has(w.pos) && text.charCodeAt(w.end) === OPEN_TITLE
}

// How long a name may be between a special committee and its officer's title (提案委员会 + 程扬 + 副主任).
const NAME_SPAN = [2, 3] as const

/**
 * Whether a title follows a special committee written at `end`: right after it (经济委员会主任周林), or after
 * a name of two or three characters (岑靖副秘书长、提案委员会程扬副主任出席); a post, not a calling (农委 + 专家).
 */
function titledAfter(input: BodyInput, lex: BodyLexicon, text: string, end: number): boolean {
  const post = (at: number) => {
    const r = input.roleAt(text, at)
    return r !== undefined && !lex.callingTitles.has(r)
  }
  if (post(end)) return true
  return NAME_SPAN.some((n) => !some(text, end, end + n, (c) => !isHan(c)) && post(end + n))
}

/**
 * The key of a special committee of the CPPCC committee keyed `base`, as where written after it: 长春市|政协文史委,
 * and the national committee's as 全国政协 written whole keys it (全国|全国政协人口资源环境委员会).
 */
const specialKey = (base: string, part: string) => (base === NATIONAL ? `${NATIONAL}|${NATIONAL}${CPPCC}${part}` : `${base}|${CPPCC}${part}`)

/** Where the line that holds `pos` ends (its line break, or the end of the text). */
function lineEndAt(text: string, pos: number): number {
  const e = text.indexOf('\n', pos)
  return e < 0 ? text.length : e
}

/**
 * The CPPCC committee of a mention of it or of one of its special committees, as a name and the region
 * part of a key: 长春市政协 (长春市), or where the page never writes the region, the relative word as
 * written (市政协, 市), as findBodyMentions keys it; null for one neither names.
 */
function committeeBase(input: BodyInput, m: BodyMention): { name: string; key: string } | null {
  if (m.region !== null) return { name: m.region + CPPCC, key: m.region }
  if (!RELATIVE_RULE.test(m.rule)) return null
  // Written where it begins (市政协), or, for a special committee found in a list, in its name (市政协 + 经济委员会).
  for (const [s, at] of [[input.text, m.start], [m.name, 0]] as const) {
    const rel = input.relativeWords.longestAt(s, at)
    if (rel && s.startsWith(CPPCC, rel.end)) return { name: s.slice(at, rel.end) + CPPCC, key: s.slice(at, rel.end) }
  }
  return null
}

/**
 * The congress of a mention of one of its committees, as a name and the start of a key (州人大法制委员会 → 州人大 as the
 * mention names it, its region and the congress's id); null for a congress itself or a mention not so read.
 */
function congressOf(lex: BodyLexicon, text: string, m: BodyMention, wordEnd: WordEnd): { name: string; key: string } | null {
  for (let at = m.start; at < m.end; at++) {
    const o = longest(lex.organs, text, at, organEnds(lex, text))
    if (!o || o.value.kind !== CONGRESS_KIND) continue
    const parts = readParts(lex, text, o.end, CONGRESS_KIND, wordEnd)
    if (!parts.parts.length || parts.end !== m.end) return null
    return { name: m.name.slice(0, m.name.length - (m.end - o.end)), key: keyPrefix(keyRegion(m.key), o.value.id) }
  }
  return null
}

/**
 * Where a list of special committees that begins before `end` ends (文史委、经济委、社法委 + 负责人): the title
 * after the last is each one's. At most a few items, each read once.
 */
function listedTo(lex: BodyLexicon, text: string, end: number): number {
  for (let n = 0; n < 8 && LIST.has(text.charCodeAt(end)); n++) {
    const q = longest(lex.parts, text, end + 1, (_e, x) => x.after === CPPCC_KIND && x.kind === SPECIAL_KIND)
    if (!q) break
    end = partEnd(lex, text, q)
  }
  return end
}

/**
 * A branch of a democratic party written alone after a committee of the party in the same paragraph, named
 * by its sector, number or place (民革连云港市委 … 教育支部、机关支部、海州支部 → 连云港市教育支部, 海州区支部;
 * 民进游仙区基层委员会 … 机关支部): of the committee's region, or of the place it names. Not 党支部. One the page
 * also writes with its party is that body (民建肇庆市鼎湖区支部 … 鼎湖区支部).
 */
function partyBranches(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], covered: Uint8Array, placeAt: ReadonlyMap<number, PlaceMention>): BodyMention[] {
  const { text, tokens } = input
  const out: BodyMention[] = []
  const byStart = [...found].sort((a, b) => a.start - b.start)
  let k = 0
  let party: { m: BodyMention; x: Prefix } | null = null
  // A branch in an institution (九三学社上海社会科学院支社) is no committee its sector branches belong to.
  const partyOf = (m: BodyMention) => m.kind === 'democratic-party' && m.region !== null && m.rule !== INSTITUTION_RULE ? lex.prefixes.longestAt(text, m.start)?.values[0] : undefined
  // The party committee a line names first, for a branch written before it on the line (南宁市兴宁支社与…。九三学社南宁市委员会主委…).
  let ahead: { m: BodyMention; x: Prefix } | null = null
  // The higher committee last passed over as the agent: a branch written right after it (…市委会第三支部) is still its own.
  let passed: { m: BodyMention; x: Prefix } | null = null
  let lineEnd = -1
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === NEWLINE) party = passed = null
    if (i > lineEnd) {
      lineEnd = lineEndAt(text, i)
      ahead = null
      for (let j = k; j < byStart.length && byStart[j]!.start < lineEnd && !ahead; j++) {
        const x = partyOf(byStart[j]!)
        if (x) ahead = { m: byStart[j]!, x }
      }
    }
    for (; k < byStart.length && byStart[k]!.end <= i; k++) {
      const m = byStart[k]!
      const x = partyOf(m)
      // A higher committee of the same party named after it as the agent in the lower one's sentence (农工党桐庐县基层委
      // 被农工党杭州市委会评为 + 医卫二支部: the one awarding, over it; data/higher-committee-agent-words.txt) leaves the
      // branches to the lower committee, which they belong to; one that begins a clause of its own (。农工党杭州市委会召开
      // 全委会) takes them.
      const over = party && x && party.x.party === x.party && m.division && party.m.division && isAncestor(m.division, party.m.division) &&
        lex.agentWords.longestEndingAt(text, m.start) !== undefined && !SENTENCE_END.test(text.slice(party.m.end, m.start))
      if (x && !over) party = { m, x }
      else if (over) passed = { m, x }
    }
    const before = !party && ahead && ahead.m.start > i ? ahead : null
    if ((!party && !before) || tokens.isStart[i] !== 1 || !isHan(text.charCodeAt(i))) continue
    // A national body the branch sits in was read as the body itself (国家体育总局 of 国家体育总局支社): the branch holds it.
    const host = covered[i] ? found.find((m) => m.start === i) : undefined
    if (covered[i] && !(party && host && institutionBranch(lex, text, i, party.x)?.institution === host.end)) continue
    const of = (passed && (passed.m.end === i || shortFormEndsAt(lex, text, i, passed.m)) ? passed : party ?? before)!
    // The organ ends at a word's end (金凤区 + 总支 + 部分会员, not 总支部 + 分), or where a title the segmenter glued to it begins (支部 + 委员 of 支部委员).
    const organEnds = (e: number) => tokens.isEnd[e] === 1 || input.roleAt(text, e) !== undefined
    const u = unitAfter(lex, text, i, of.x, placeAt, true, organEnds)
    // …or named by the institution it sits in (九三学社东城区委 … 国家体育总局支社, 农工党北京市委 … 医科院肿瘤医院支部): as
    // written, of the committee's region; one the page also writes with its party (农工党医科院委员会 … 医科院委员会) is that body.
    // Its name begins after a mark or a line's start (、国家体育总局支社), not inside a clause (联合 + 上海社会科学院支社).
    const ib = !u && party && !isHan(text.charCodeAt(i - 1)) ? institutionBranch(lex, text, i, of.x) : null
    // A party written inside it is that party's own branch, read with its prefix (大会由 + 九三学社中国农科院委员会).
    if (ib && organEnds(ib.end) && !Array.from({ length: ib.institution - i }, (_, n) => i + n).some((s) => lex.prefixes.longestAt(text, s))) {
      const unit = text.slice(i, ib.end)
      const written = found.find((m) => m.rule === INSTITUTION_RULE && m.kind === of.m.kind && m.name.endsWith(unit) && lex.prefixes.longestAt(text, m.start)?.values[0]?.party === of.x.party)
      out.push({ start: i, end: ib.end, name: written?.name ?? unit, key: written?.key ?? `${of.m.region}|${of.x.party}${unit}`, rank: 1, kind: of.m.kind, region: written ? written.region : of.m.region, division: written ? written.division : of.m.division, term: null, session: null, rule: INSTITUTION_ALONE_RULE })
      i = ib.end - 1
      continue
    }
    // Written before its committee, a branch is named by a place it names (兴宁支社), within the committee's region.
    if (!u || !organEnds(u.end) || (before && !(u.place?.division && of.m.division && isAncestor(of.m.division, u.place.division)))) continue
    const d = u.place?.division ?? of.m.division
    const region = d?.name ?? of.m.region!
    // A unit word written right before a numbered or sector branch (市直 of 市直一支部, after 民建阜阳市直一支部) begins it, its
    // level character shared with the region (阜阳市 + 直一支部: dev 1365), as after the committee (unitAfter's sharing).
    const lead = u.place ? -1 : unitWordEndingAt(lex, text, i, (s) => tokens.isStart[s] === 1)
    const start = lead >= 0 ? lead : i
    const unit = text.slice(u.place ? u.place.end : start, u.end)
    const full = lead >= 0 && region.endsWith(unit[0]!) ? region + unit.slice(1) : region + unit
    // The branch the page also writes with its party (民建肇庆市鼎湖区支部 … 鼎湖区支部) is that one body.
    // …also in another form of its organ (致公党江门市蓬江区总支委员会 … 蓬江总支: data/party-organ-ids.tsv).
    const organKey = `${region}|${of.x.party}${lex.partyOrganIds.get(unit) ?? unit}`
    const written = found.find((m) => m.kind === of.m.kind && m.region === region && (m.name.endsWith(full) || m.key === organKey) && lex.prefixes.longestAt(text, m.start)?.values[0]?.party === of.x.party)
    out.push({ start, end: u.end, name: written?.name ?? full, key: written?.key ?? `${region}|${of.x.party}${COMMITTEE}${unit}`, rank: 1, kind: of.m.kind, region, division: d, term: null, session: null, rule: 'rule:party-branch' })
    i = u.end - 1
  }
  return out
}

/**
 * Whether the committee `m` is written again right before `at` in its short form, its level and 委会 (杭州市委会 … 市委会 +
 * 医卫二支部: data/committee-hui.tsv).
 */
function shortFormEndsAt(lex: BodyLexicon, text: string, at: number, m: BodyMention): boolean {
  const w = lex.committeeWords.longestAt(text, at - 2)
  return w?.end === at && w.values[0] === false && m.region !== null && text[at - 3] === m.region.at(-1)
}

/**
 * A unit under a party's committee written right after it (民革金华市委会 + 直属兰溪市支部, 民革黄石市委会 +
 * 黄石港区总支, 民革江苏省委 + 省直工委, 民盟三台县委 + 机关总支, 民建市委会 + 综合一支部, 民进四川省委会 +
 * 直属四川大学支部: the institution's branch after a unit word): a word of
 * data/party-unit-words.txt (not for a unit written `alone`), a place, a sector (data/party-sector-words.txt),
 * a number, at least one of them, then a lower organ of the party (总支, 支部, 工委; not its 委 again).
 */
function unitAfter(lex: BodyLexicon, text: string, at: number, x: Prefix, placeAt: ReadonlyMap<number, PlaceMention>, alone = false, wordEnds?: (end: number) => boolean): { end: number; place: PlaceMention | undefined } | null {
  // A unit word may begin with the level character that ends the region before it (德州市 + 直 of 市直: 民革德州市直四支部;
  // 宁波市 + 属 of 市属: 宁波市属综合一支部): read from that character.
  const sharing = (e: number) => {
    const w = lex.unitWords.longestAt(text, e - 1)
    return w && w.end > e ? w.end : undefined
  }
  let k = alone ? at : lex.unitWords.longestAt(text, at)?.end ?? sharing(at) ?? at
  // …or, after the unit word, the institution the branch sits in (民进四川省委会 + 直属 + 四川大学 + 支部).
  const inst = k > at ? institutionBranch(lex, text, k, x) : null
  if (inst) return { end: inst.end, place: undefined }
  const place = placeAt.get(k)
  if (place) k = sharing(place.end) ?? place.end
  // The sector and number of a branch (机关 + 总支, 综合 + 一支部, 第三支部); sectors may be written together (经济 + 科技 + 支部,
  // 文化 + 教育 + 支部, 卫生健康 + 综合 + 支部), a branch gathering both.
  for (let w = lex.sectorWords.longestAt(text, k); w; w = lex.sectorWords.longestAt(text, k)) k = w.end
  const n = BRANCH_NUMBER.exec(text.slice(k, k + 4))
  if (n) k += n[0].length
  if (k === at) return null
  const o = longest(x.organs, text, k, wordEnds)
  return o && !o.value.startsWith(COMMITTEE) ? { end: o.end, place } : null
}

/** Where a unit word (市直, 市属: data/party-unit-words.txt) ending at `at` and beginning a word (`starts`) starts; else -1. */
function unitWordEndingAt(lex: BodyLexicon, text: string, at: number, starts: (s: number) => boolean): number {
  const w = lex.unitWordsBack.longestEndingAt(text, at)
  return w && starts(w.start) ? w.start : -1
}

// How long the name of an institution a party's branch sits in may be (上海社会科学院, 华中科技大学同济医学院).
const INSTITUTION_SPAN = 12

/**
 * Where a branch of a party named by the institution it sits in ends, the institution written at `at`: a name
 * of Han characters ending in a head word of kind other (data/body-heads.tsv: 大学, 学院, 科学院), then an organ
 * of the party (支部, 支社, 总支, 委员会; not 委 alone): 上海社会科学院 + 支社, 复旦大学 + 委员会; or a region and an institution it
 * names after itself (安徽省 + 农科院 + 支部, data/bodies.tsv); a term may stand before the organ. Else null. Bounded by INSTITUTION_SPAN.
 */
function institutionBranch(lex: BodyLexicon, text: string, at: number, x: Prefix): InstitutionBranch | null {
  // The head words and the institutions a region names after itself starting at each unit, read once.
  const heads: ReturnType<typeof lex.heads.longestAt>[] = []
  const organs: ReturnType<typeof lex.organs.longestAt>[] = []
  for (let e = at + 2; e <= at + INSTITUTION_SPAN && isHan(text.charCodeAt(e - 1)); e++) {
    // A term may stand between the institution and its organ (九三学社中国农科院 + 第二届 + 委员会).
    const term = TERM.exec(text.slice(e, e + 6))
    const oa = e + (term ? term[0].length : 0)
    const o = longest(x.organs, text, oa)
    if (!o || o.value === COMMITTEE) continue
    for (let s = at; s < e - 1; s++) {
      if (heads.length <= s - at) {
        heads.push(lex.heads.longestAt(text, s))
        organs.push(s > at ? lex.organs.longestAt(text, s) : undefined)
      }
      const h = heads[s - at]
      if (h?.end === e && h.values[0]!.kind === 'other') return { end: o.end, institution: e, organ: oa }
      // …or a national body written whole (九三学社 + 国家体育总局 + 支社: data/national-bodies.tsv), the branch's host.
      if (s === at && longest(lex.named, text, at)?.end === e) return { end: o.end, institution: e, organ: oa }
      // …or an institution a region names after itself (安徽省 + 农科院, 杭州市 + 人民医院: data/bodies.tsv).
      const r = organs[s - at]
      if (r?.end === e && r.values[0]!.kind === 'other') return { end: o.end, institution: e, organ: oa }
      // …or an institution written short (华东 + 师大, 矿大, 医科院 + 委员会: data/party-host-heads.txt).
      if (lex.hostHeads.longestAt(text, s)?.end === e) return { end: o.end, institution: e, organ: oa }
    }
  }
  return null
}

/**
 * The region of a national body written whole: 全国, but none for a national academy (中国农业科学院, 中科院 ≡ 中国科学院:
 * GUIDE.md, institutions take the city the text places them in, else none; data/national-bodies.tsv, short i).
 */
function institutionRegion(b: { regionless?: boolean }): string | null {
  return b.regionless ? null : NATIONAL
}

/** A branch in an institution: where it ends, where the institution's name ends and where the organ begins (after a term). */
type InstitutionBranch = { end: number; institution: number; organ: number }

/**
 * The end of a unit of a national ministry written right after it, at `at`: a stem of one to six
 * characters of whole nouns of the segmenter, no clause (clauseWord), and a word of data/national-unit-words.txt (国台办 + 交流局,
 * 水利部 + 黄河水利委员会, 民政部 + 社会事务司, 财政部 + 农业农村司; not 外交部 + 发言人, nor a generic stem: 农业农村部 + 有关司), else -1.
 */
function nationalUnit(lex: BodyLexicon, text: string, at: number, wordEnd: WordEnd, tokens: Tokens): number {
  for (let n = 1; n <= 6 && at + n < text.length && isHan(text.charCodeAt(at + n - 1)); n++) {
    if (notInUnit(lex, text, at, n)) return -1
    const t = tokens.list[tokens.at[at + n - 1]!]
    if (t?.start === at + n - 1 && clauseWord(lex, text, t, tokens)) return -1
    const w = lex.nationalUnits.longestAt(text, at + n)
    // The stem is whole nouns; the segmenter may join the unit word to the next (交流 + 局等).
    // A generic stem is the whole stem (有关 + 司), not a word ending one (农业农村 + 司 of 财政部).
    if (w && (wordEnd(at, w.end) || wordEnd(at, at + n))) return lex.genericWords.longestEndingAt(text, at + n)?.start === at ? -1 : w.end
  }
  return -1
}

/**
 * Whether the `n`th unit of the stem of a ministry's unit at `at` ends it: a list mark, or 和/与 first (和与 join the
 * words of one name: 就业收入分配和消费司), or another national body beginning there (工信部 + 和 + 国家文物局 are two
 * bodies, as 教育部和人力资源社会保障部 + 就业促进司).
 */
function notInUnit(lex: BodyLexicon, text: string, at: number, n: number): boolean {
  const c = text.charCodeAt(at + n - 1)
  return (LIST.has(c) && (n === 1 || !NOUN_JOINS.has(c))) || longest(lex.named, text, at + n - 1) !== null
}

// How long the stem of a ministry's department may be (就业收入分配和消费 + 司, 职业教育与成人教育 + 司).
const DEPARTMENT_STEM = 12
// Parts of speech no department's name holds: particles, pronouns, adverbs, numerals, measure and time words.
const NOT_IN_DEPARTMENT = new Set(['uj', 'ul', 'uz', 'uv', 'ug', 'ud', 'r', 'd', 'm', 'q', 't', 'eng'])

/**
 * The end of a department of a national ministry written right after it, at `at`: whole words of Han characters, none
 * a particle, pronoun, adverb, numeral or time word nor another national body, up to a word of data/national-department-words.txt that ends a word
 * (教育部 + 基础教育 + 司, 国家卫生健康委 + 宣传司 + 司长), else -1. Not a generic stem (有关 + 司), not a firm (公司), not
 * 司 inside a word (司法, 司局 of 相关司局).
 */
function nationalDepartment(lex: BodyLexicon, text: string, at: number, tokens: Tokens): number {
  if (tokens.isStart[at] !== 1) return -1
  for (let n = 1; n <= DEPARTMENT_STEM && at + n < text.length && isHan(text.charCodeAt(at + n - 1)); n++) {
    const t = tokens.list[tokens.at[at + n - 1]!]
    if (t === undefined || NOT_IN_DEPARTMENT.has(t.pos) || notInUnit(lex, text, at, n)) return -1
    if (t.start === at + n - 1 && clauseWord(lex, text, t, tokens)) return -1
    const d = lex.nationalDepartments.longestAt(text, at + n)
    if (!d || tokens.isEnd[d.end] !== 1) continue
    if (lex.enterpriseEnds.longestEndingAt(text, d.end) !== undefined) return -1
    return lex.genericWords.longestEndingAt(text, at + n)?.start === at ? -1 : d.end
  }
  return -1
}

/**
 * Whether the word `t` of a department's stem makes it a clause: a title (外交部 + 发言人), a word of
 * data/department-stem-stops.txt (会同, 派员), or a verb with an object after it (介绍 + 礼宾司, 听取 + 外资 + 司, 联合 +
 * 养老 + 服务司); a verb before another verb or before the department word is a part of its name (就业 + 促进 + 司,
 * 就业 + 收入 + 分配 of 就业收入分配和消费司).
 */
function clauseWord(lex: BodyLexicon, text: string, t: WordToken, tokens: Tokens): boolean {
  if (lex.departmentStops.has(t.word)) return true
  if (t.pos !== 'v') return false
  const next = tokens.list[tokens.at[t.end] ?? -1]
  if (next === undefined || next.pos === 'v' || next.pos === 'vn') return false
  return lex.nationalDepartments.longestAt(text, t.end) === undefined
}

// How long the short name of the place an office is stationed in may be, where the page writes no place (京, 上海, 乌鲁木齐).
const STATION_SPAN = 4

/**
 * Where an office stationed elsewhere, written at `at`, ends (驻 + 上海 + 办事处, 驻 + 京 + 办: a place the page
 * names or a few characters for one, then an office word of data/station-words.tsv that ends a word), else -1.
 */
function stationEnd(lex: BodyLexicon, text: string, at: number, placeAt: ReadonlyMap<number, PlaceMention>, tokens: Tokens): number {
  const before = lex.stations.before.longestAt(text, at)
  if (!before) return -1
  const place = placeAt.get(before.end)
  const from = place ? place.end : before.end + 1
  const to = place ? place.end : before.end + STATION_SPAN
  for (let k = from; k <= to && isHan(text.charCodeAt(k - 1)); k++) {
    const office = lex.stations.offices.longestAt(text, k)
    // The office word ends a word (驻京办 + 主任; not 驻外 + 办事机构).
    if (office && (tokens.isEnd[office.end] === 1 || !isHan(text.charCodeAt(office.end)))) return office.end
  }
  return -1
}

/**
 * A national association's chapter in a province, named by the province right after it (中国佛教协会 + 西藏 + 分会,
 * 中国伊斯兰教协会 + 宁夏 + 分会): one body, as written, of that province; else null.
 */
function chapterOf(lex: BodyLexicon, text: string, written: Found, placeAt: ReadonlyMap<number, PlaceMention>): Found | null {
  if (written.region !== NATIONAL || (written.kind !== OTHER && written.kind !== MASS)) return null
  const place = placeAt.get(written.end)
  const c = place?.division?.level === PROVINCE ? lex.stations.chapters.longestAt(text, place.end) : undefined
  if (!c) return null
  const tail = text.slice(written.end, c.end)
  return { ...written, end: c.end, name: written.name + tail, key: written.key + tail, region: place!.division!.name, division: place!.division! }
}

/**
 * The key of a bureau's branch written after the bureau (生态环境局 + 罗庄分局) as the county's own branch bureau
 * (罗庄区|生态环境分局): the bureau's organ with its head unit replaced by the branch word (生态环境 + 分局, 公安 + 分局,
 * 环保 + 分局 ≡ 生态环境分局) where data/bodies.tsv has that form as a government body of a region; else null.
 */
function branchBureauKey(lex: BodyLexicon, bureauKey: string, after: string, served: Division): string | null {
  const organ = bureauKey.slice(bureauKey.indexOf('|') + 1)
  let k = 0
  while (k < after.length && lex.stations.branches.longestAt(after, k)?.end !== after.length) k++
  if (k === after.length || organ.length < 2) return null
  const form = organ.slice(0, -1) + after.slice(k)
  const own = longest(lex.organs, form, 0, (e, o) => e === form.length && o.kind === GOVERNMENT && !o.placed)
  return own ? keyPrefix(served.name, own.value.id) : null
}

// How long the name of the area a bureau's branch serves may be, where it is no place the page names (城关, 开发区).
const BRANCH_SPAN = 4

/**
 * Where a bureau's branch written at `at` ends (桐城 + 分局, 城关 + 派出所: a place the page names or a few
 * characters of nouns, then a branch word of data/station-words.tsv, or of `words`), else -1.
 */
function branchEnd(lex: BodyLexicon, text: string, at: number, placeAt: ReadonlyMap<number, PlaceMention>, nouns: Uint8Array, words = lex.stations.branches): number {
  const place = placeAt.get(at)
  // A conjunction begins another body (江北区公安分局 + 和 + 观音桥派出所), no branch's area.
  if (!place && CONJUNCTIONS.includes(text[at] ?? '')) return -1
  for (let k = place ? place.end : at + 1; k <= (place ? place.end : at + BRANCH_SPAN) && isHan(text.charCodeAt(k - 1)) && (place || nouns[k - 1]); k++) {
    const b = words.longestAt(text, k)
    if (b) return b.end
  }
  return -1
}

// The kinds of body whose branches data/station-words.tsv names by its bench words, and an ordinal naming such a branch (第一 of 第一分院).
const JUDICIAL_KINDS: ReadonlySet<string> = new Set(['court', 'procuratorate'])
const NUMBERED_BENCH = new RegExp(`^${ORDINAL}[${HAN_SMALL}]{1,2}`)

/**
 * Where a procuratorate's or a court's branch written at `at` ends (济源 + 分院: as a bureau's branch; 第一 + 分院: an
 * ordinal, then a bench word of data/station-words.tsv), else -1.
 */
function benchEnd(lex: BodyLexicon, text: string, at: number, placeAt: ReadonlyMap<number, PlaceMention>, nouns: Uint8Array): number {
  const n = NUMBERED_BENCH.exec(text.slice(at, at + 3))
  const b = n ? lex.stations.benches.longestAt(text, at + n[0].length) : undefined
  return b ? b.end : branchEnd(lex, text, at, placeAt, nouns, lex.stations.benches)
}

/**
 * 全国 written right before `at`, the list mark before a relative word whose organ it shares (全国、省、市政协 → 全国政协): the
 * national body of that organ where one is listed (data/national-bodies.tsv), else null (全国、省、市委: no 全国委).
 */
function nationalHead(lex: BodyLexicon, text: string, at: number, b: Body, covered: Uint8Array): Omit<BodyMention, 'term' | 'session'> | null {
  const s = at - NATIONAL.length
  if (text.slice(s, at) !== NATIONAL || covered[s]) return null
  const form = NATIONAL + b.organ.form
  const n = longest(lex.named, form, 0, (e) => e === form.length)
  return n ? { start: s, end: at, name: n.value.id, key: `${NATIONAL}|${n.value.id}`, rank: 2, kind: n.value.kind, region: NATIONAL, division: null, rule: 'rule:national-list+body' } : null
}

/**
 * The places listed before the `k`th resolved place and it, when a count and a body follow it (成都、德阳、眉山、资阳四市政协):
 * each place's body, taken; whether any was. Two places at least, each right after the list mark that follows the one before,
 * each of the count's level (县 of 两县: a county; data/relative-regions.tsv reads the level words after the count's
 * character): a place of another (郑州、开封两县) drops the list.
 */
function counted(scan: Scan, resolved: readonly PlaceMention[], k: number): boolean {
  const { lex, text, covered, take, wordEnd } = scan
  const p = resolved[k]!
  // The count of the places with their level (四市): data/place-count-words.txt.
  const c = k > 0 ? lex.placeCounts.longestAt(text, p.end) : undefined
  const b = c ? readBody(lex, text, c.end, wordEnd) : null
  if (!b) return false
  let j = k
  // …parted by a list mark, or written side by side as places of one level neither holds (湖南湖北两省政协); not a run of
  // one-character abbreviations, which with its count is a set phrase (川渝两省市党委政府: README).
  // The cities of one list written a character each (泸永江三地政协: 泸州市, 永川区, 江津区) are all its items, whatever their levels.
  const beside = (a: PlaceMention, z: PlaceMention) => a.end === z.start && ((a.rule === CITY_LIST_RULE && z.rule === CITY_LIST_RULE) ||
    (a.rule !== LIST_RULE && z.rule !== LIST_RULE && a.division!.level === z.division!.level && !isAncestor(a.division!, z.division!)))
  while (j > 0 && ((LIST.has(text.charCodeAt(resolved[j]!.start - 1)) && resolved[j - 1]!.end === resolved[j]!.start - 1) || beside(resolved[j - 1]!, resolved[j]!)) && !covered[resolved[j - 1]!.start]) j--
  if (j === k) return false
  const levels: RelativeLevel[] = []
  for (let i = p.end + 1; i < c!.end; i++) { const r = scan.input.relativeWords.longestAt(text, i); if (r?.end === i + 1) levels.push(r.values[0]!) }
  for (let q = j; q <= k; q++) if (levels.length > 0 && !levels.some((l) => fits(resolved[q]!.division!, l))) return false
  // A party committee with its government after it, as one word or listed (两省党委政府, 两市党委、政府): each place's
  // government too, as a single place's (湖南省党委政府 → 湖南省政府), all of the government's words (kept beside each other).
  const gAt = b.organ.kind === 'party' && !b.organ.short && !b.parts.length ? (LIST.has(text.charCodeAt(b.end)) ? b.end + 1 : b.end) : -1
  const g = gAt >= 0 && lex.pairedAfter.longestAt(text, gAt) ? readBody(lex, text, gAt) : null
  const gov = g?.kind === GOVERNMENT && !covered[gAt] ? g : null
  let shared = false
  for (let q = j; q <= k; q++) {
    const d = resolved[q]!.division!
    if (!admissible(d, b)) continue
    // …each named as its place names it (广州、佛山两市党委 → 广州市委, 佛山市委: regionForm).
    const own = regionForm(text, c!.end, d, b)
    const name = d.name + own.written
    take({ start: resolved[q]!.start, end: resolved[q]!.end, name, key: bodyKey(d.name, own.body, name), rank: 1, kind: b.kind, region: d.name, division: d, rule: 'rule:list+place+count+body' })
    if (!gov || !admissible(d, gov)) continue
    const gName = d.name + text.slice(gAt, gov.end)
    take({ start: gAt, end: gov.end, name: gName, key: bodyKey(d.name, gov, gName), rank: 1, kind: gov.kind, region: d.name, division: d, rule: shared ? SHARED_RULE : 'rule:list+place+count+body' })
    shared = true
  }
  return true
}

/** The first place of the chain that ends with the `i`th resolved place: the places written right before it that hold it (湖南省 + 长沙市 + 望城区). */
function chainStart(resolved: readonly PlaceMention[], i: number): number {
  while (i > 0 && resolved[i - 1]!.end === resolved[i]!.start && isAncestor(resolved[i - 1]!.division!, resolved[i]!.division!)) i--
  return i
}

/** Overlapping mentions: keep the longer (中国科学院长春应化所 over 中国科学院). */
function dedupe(ms: BodyMention[]): BodyMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: BodyMention[] = []
  // The last mention kept that others may not overlap, and its index (an institution inside a branch's name is kept beside it).
  let last = -1
  for (const m of ms) {
    const l = out[last]
    if (l && m.start < l.end) {
      if ((m.rule === INNER_RULE || m.rule === SHARED_RULE) && m.end <= l.end) out.push(m)
      else if (m.end - m.start > l.end - l.start) out[last] = m
      continue
    }
    last = out.push(m) - 1
  }
  return out
}

// What may stand between 各 and a relative word of a distributive phrase: brackets and list marks (各县(市、区)政协).
const OPEN_BRACKET = UnitSet.of(['(（、'])
const ROUND_OPEN = UnitSet.of(['(（'])
const CLOSE_BRACKET = UnitSet.of([')）'])
const EACH_UNIT = EACH.charCodeAt(0)
// How far back a distributive phrase may begin before its last relative word (各县(市、区) + 政协).
const EVERY_SPAN = 8

/**
 * Whether the relative word at `i` names every region of its level, no one body: after a numeral (三省一市政协),
 * after 各 (各县委统战部), after
 * a word of data/level-qualifiers.tsv (设区市政协, 90个县政协), or after a level in brackets (各县(市、区)政协, 县(市)区政协). Reads back over relative words, brackets and
 * list marks only, a few units; 省、市政协 (two bodies) has neither.
 */
function everyRegion(input: BodyInput, lex: BodyLexicon, numerals: Numerals, i: number): boolean {
  const { text } = input
  // A count of regions (三省一市政协, 两县政协): the committees of all of them.
  if (i > 0 && numerals.isCountUnit(text.charCodeAt(i - 1))) return true
  const level = lex.levelWords.longestEndingAt(text, i)
  if (level && (!level.values[0] || numerals.isCountUnit(text.charCodeAt(level.start - 1)))) return true
  let bracket = false
  // …a bracket of levels, opened as well as closed: a name in brackets (县工商联（总商会）、县委统战部) is none.
  let opened = false
  for (let k = i - 1; k >= 0 && k >= i - EVERY_SPAN; k--) {
    const c = text.charCodeAt(k)
    if (c === EACH_UNIT) return true
    if (CLOSE_BRACKET.has(c)) bracket = true
    else if (!OPEN_BRACKET.has(c) && input.relativeWords.longestAt(text, k)?.end !== k + 1) break
    else if (bracket && ROUND_OPEN.has(c)) opened = true
  }
  return bracket && opened
}

// The longest prefix of data/body-prefixes.tsv, in units (中国国民党革命委员会): how far back one may start.
const PREFIX_SPAN = 10

/** The prefix written right before `end` that starts a word there (民盟 of 民盟、九三学社市委), bounded by PREFIX_SPAN. */
function prefixEndingAt(lex: BodyLexicon, text: string, end: number): { start: number; value: Prefix } | null {
  for (let s = Math.max(0, end - PREFIX_SPAN); s < end; s++) {
    if (s > 0 && isHan(text.charCodeAt(s - 1)) && !LIST.has(text.charCodeAt(s - 1))) continue
    const m = lex.prefixes.longestAt(text, s)
    if (m?.end === end) return { start: s, value: m.values[0]! }
  }
  return null
}

/** The last `ch` at or before `from` and not before `min`, else -1: a bounded lastIndexOf (never back through the page). */
function lastBefore(text: string, ch: string, from: number, min: number): number {
  const c = ch.charCodeAt(0)
  for (let k = from; k >= Math.max(0, min); k--) if (text.charCodeAt(k) === c) return k
  return -1
}

// Words that may make up the name of a committee: nouns, verbal nouns, unknown words, and 和 between them.
const NOUN_POS = new Set(['n', 'ns', 'nt', 'nz', 'ng', 'nrt', 'j', 'vn', 'x'])
const NOUN_JOINS = UnitSet.of([CONJUNCTIONS.slice(0, 2)]) // 和与, not 及 (专家及省发展改革委)

/** 1 for each unit inside a noun of the segmenter (or a lone 和/与), for reading committee names. */
function nounChars(text: string, tokens: Tokens): Uint8Array {
  const out = new Uint8Array(text.length)
  for (const t of tokens.list) {
    const joins = t.end - t.start === 1 && NOUN_JOINS.has(text.charCodeAt(t.start))
    // An unknown word may hide a list mark (及省): not within a name.
    const listed = t.pos === 'x' && t.end - t.start > 1 && some(text, t.start, t.end, (c) => LIST.has(c))
    if (joins || (NOUN_POS.has(t.pos) && isHan(text.charCodeAt(t.start)) && !listed)) out.fill(1, t.start, t.end)
  }
  return out
}
