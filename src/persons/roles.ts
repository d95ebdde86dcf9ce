import type { BodyMention } from '../committees/types.js'
import type { Division } from '../places/types.js'
import type { RelativeLevel } from '../regions/words.js'
import type { Trie } from '../lexicon/trie.js'
import { every, isHan, isWhitespace } from '../text/chars.js'
import { CPPCC, ENUMERATION_COMMA, LIST_MARKS, ORDINAL } from '../text/grammar.js'
import { afterElectedTerm, type PersonLexicon, type Role } from './lexicon.js'
import { bodyWithin, creditAcrossUnit, creditJoinedBefore, labelledAt, marksBefore } from './credit-lines.js'
import { noteBefore } from './lists.js'
import type { Nearby } from './near.js'
import type { NameMention } from './types.js'

/** The roles of one name mention: titles as written, the body of the role (a name), and CPPCC membership. */
export type RoleFinding = {
  roles: string[]; org: string | null; cppcc: boolean
  /** The org is a 政协 written with a relative region before the title (市政协主席): the page's reading of 市; `written` its words (市政协). */
  relative: boolean
  written: string | null
  /** Where the 政协 of the org is written with a relative region (市 of 市政协主席A, also for 副主席B after it): titles read from one mention move together. */
  at: number | null
  /** Where the titles written before the name begin. */
  from: number | null
  /** The titles before the name say no body (副会长 of 商会会长A，副会长B): the stage may read it from their list. */
  open: boolean
  /** The only title is written after the name (胡安虎主席, 王芳委员): it may be a form of address of a fuller title (副主席). */
  address: boolean
  /** The only title is a credit that closes a byline after the name (（黄冈市政协 孙泽红 供稿）). */
  closing: boolean
  /** The only title is given after the name by a verb of election (A、B为第二视察分团团长): a list's, as the title before it. */
  elected: boolean
}

/**
 * A finding with every field set, in one order: findings then share one object shape, and the optimised
 * code that reads them is not thrown away for each new combination of fields (V8 deopts on "wrong map").
 */
function finding(roles: string[], org: string | null, cppcc: boolean, more: Partial<RoleFinding> = {}): RoleFinding {
  return { roles, org, cppcc, relative: false, written: null, at: null, from: null, open: false, address: false, closing: false, elected: false, ...more }
}

/** What attaching roles reads. */
export type RoleInput = {
  text: string; lex: PersonLexicon
  /** The document's bodies and places, indexed for lookups near a position. */
  near: Nearby
  relativeWords: Trie<RelativeLevel>; relative: (pos: number, rel: RelativeLevel) => Division | null
  /** End of a body's organ written at `at` (统战部, 政府), or -1: a department that is a body of its own. */
  organEndAt: (text: string, at: number) => number
  /** The relative region words of one character (省, 市, 区 …): they stay in a party title (区 of 区委副书记). */
  levelChars: string
  /** Whether a code unit is a numeral, Arabic or Chinese (4 of 4名委员, 两 of 两位副主席). */
  isNumeral: (c: number) => boolean
  /** Where a name the recognizer found ends (张三 of 张三委员): a title written there is that name's. */
  nameEnds: ReadonlySet<number>
  /** Where a word of the segmenter begins (1 at its first code unit): 区长 of 校区长 begins none. */
  wordStarts: Uint8Array
}

/**
 * A title written next to a name: the role, as written (常务副主席, 区委副书记, 参政议政部部长), and its body;
 * `department` where the title names a department that is no body of its own (参政议政部部长, 研究室主任).
 */
type Title = { role: Role; as: string; org: BodyMention | null; start: number; organ?: string; department?: boolean; unknownBody?: boolean; after?: boolean; sector?: boolean; elected?: boolean; session?: boolean; unit?: boolean }

/** The kind of a newsroom credit (data/roles.tsv). */
export const PRESS = 'press'

// The longest name of a sector before 界别 (科协, 经济, 特邀, 中共): more names a body of its own.
const SECTOR_NAME_MAX = 4

/** The 政协 of a sector's title ending at `from` (市政协科协界别|召集人), and where the title begins: the 政协 written right before the sector's name, else the article's. */
function sectorBefore(input: RoleInput, from: number, byEnd: ReadonlyMap<number, BodyMention>): { org: BodyMention; start: number } | undefined {
  const { text, lex } = input
  const s = lex.titleWords.sectors.longestEndingAt(text, from)
  if (!s) return undefined
  let d = s.start
  while (d > 0 && s.start - d < SECTOR_NAME_MAX && isHan(text.charCodeAt(d - 1)) && !byEnd.has(d)) d--
  const written = byEnd.get(d)
  if (written && isCppcc(written)) return { org: written, start: written.start }
  const page = input.near.bodyOfKind('cppcc', from)
  return page && !written ? { org: page, start: d } : undefined
}

// The longest note in brackets between a title and a name (兼, 正厅级, 挂职).
const NOTE_MAX = 4
// A body's other name in brackets right before a title (工商联(总商会)主席), at most this long.
const OTHER_NAME_MAX = 10
const OTHER_NAME_BEFORE = new RegExp(`[（(][^（）()]{1,${OTHER_NAME_MAX}}[）)]$`)
// The longest run of titles in brackets after a name (周建民（市政协委员、县工商联副主席）), and what ends it.
const BRACKETED_MAX = 24
const BRACKET_CLOSE = /[)）(（。\n]/
const OPEN_BRACKET = /[（(]/
const CLOSE_BRACKET = /[）)]/
// A place in brackets within a firm's name (（上海）, (黄冈)): two to four Han units.
const BRACKETED_PLACE_MIN = 2
const BRACKETED_PLACE_MAX = 4
// What ends a note before the titles in brackets (女，市政协委员).
const NOTE_END = /[，,、]/
// The longest run of titles set after a name by a comma, and where it ends (张建国，市政协委员。).
const APPOSITION_MAX = 30
const APPOSITION_END = /[。；;，,\n]/
// A reason between a name and a verb of leaving (因年龄原因，): at most this long, ended by a comma.
const REASON_MAX = 12
const REASON_END = /[，,]/
// What closes a byline after its credit (（黄冈市政协 孙泽红 供稿）).
const BYLINE_CLOSE = /[)）\n]/
// Where a sentence begins.
const SENTENCE = /[。；;！？!?\n]/
// A space within a line (not its break).
const SPACE = /^[ \t\u3000\u00a0]$/
// A closing quotation mark, which may stand between a sentence's end and the next sentence.
const QUOTE_CLOSE = /^[”"』」]$/
// Where a clause begins.
const CLAUSE = /[，,。；;：:、\s（(“]/
// The longest department named in a title (参政议政部, 调研联络处): a longer run names a body (镇政协委员联络组).
const DEPARTMENT_MAX = 6
// …but right after a body the text names, the office written before its title may be longer (区城乡水务局|水资源管理办公室
// 副主任, 云南省政协|脱贫攻坚助推行动领导小组办公室主任: README, a role keeps the office written directly before the title).
const DEPARTMENT_AFTER_BODY_MAX = 16
// The comma that sets apart the titled names of a list.
const LIST_COMMA = /^[，,]$/
// The longest body the lexicon does not know, written whole between titles (、法国海外省圭亚那江浙沪华侨华人联合会荣誉主席).
const UNKNOWN_BODY_MAX = 20
// Kinds of body with a 主席, 秘书长, 党组书记 … of their own (市工商联主席, 市台联党组书记).
const OFFICE_BODIES = ['cppcc', 'cppcc-special', 'mass-organisation', 'democratic-party']
// Kinds of body other than a 政协 with 委员 of their own (民盟市委委员, 妇联执委).
const DEMOCRATIC_PARTY = 'democratic-party'
const MEMBER_BODIES = [DEMOCRATIC_PARTY, 'mass-organisation']
/** data/roles.tsv: the region of a title whose body is one national body, named whole in the body column. */
const NATIONAL_REGION = 'national'
// Kinds of body with no 委员 of their own: a bare 委员 is never theirs (schools, firms, institutes, government departments).
const MEMBERLESS_BODIES = new Set(['other', 'government'])
// Kinds of body whose departments are bodies of their own (区委统战部, 市民政局).
const ORGAN_OWNERS = new Set(['party', 'government'])
// Kinds of body whose departments are no bodies of their own (民进上海市委组织部, a university party committee's 统战部).
const OWN_DEPARTMENT_BODIES = new Set([DEMOCRATIC_PARTY, 'other'])
// The kinds of those bodies in the order ownDepartmentBody prefers them.
const OWN_DEPARTMENT_PREFERRED = [DEMOCRATIC_PARTY]
const OWN_DEPARTMENT_OTHER = [...OWN_DEPARTMENT_BODIES].filter((k) => k !== DEMOCRATIC_PARTY)

// The longest number of names counted before the title they share (4名, 十二位).
const COUNT_MAX = 3
// The longest description between the count of a list and the member title it shares (企业家 of 等8位企业家委员).
const DESCRIPTION_MAX = 4
// The longest place written first in that description, which it does not count (菁华铺乡 of 等4位菁华铺乡籍政协委员).
const DESCRIBED_PLACE_MAX = 10

// The longest end of a body written into a title (政协 of 政协委员, 党支部 of 党支部书记).
const TITLE_BODY_MAX = 3

/** The body ending at `at`, or a title's body written into the title (全国政协 of 全国政协委员, 胜利村党支部 of …党支部书记). */
function bodyEndingAt(at: number, byEnd: ReadonlyMap<number, BodyMention>): BodyMention | null {
  const b = byEnd.get(at)
  if (b) return b
  for (let k = 1; k <= TITLE_BODY_MAX; k++) {
    const o = byEnd.get(at + k)
    if (o && o.start < at) return o
  }
  return null
}

/**
 * The titles written before a name, in text order, each with the body written before it, through 、 and
 * 兼 (全国政协委员、水利部黄河水利委员会原主任岳中明; 九三学社北京市委副主委兼秘书长李丽萍; 区委常委、纪委书记、
 * 监委主任单少军). A title takes the modifiers written before it (常务, 执行, 代, 原) and a department that is
 * no body of its own (参政议政部部长); a party committee's 书记 and 常委 keep the committee (区委副书记).
 */
function titlesBefore(input: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text, lex } = input
  const tw = lex.titleWords
  const out: Title[] = []
  let at = start
  // A byline sets a name apart from its credit with a space or a mark: 本报记者 高峰, 责任编辑：秦金月, 供稿丨钱佩予.
  at = marksBefore(lex, text, at, 'lines')
  // A short note in brackets may stand between a title and the name: 副主席（兼）赵明光.
  at = noteBefore(text, at, NOTE_MAX)
  // …and the names may be given in brackets after their titles: 区政协委员、常委（魏以金、韩德松）.
  if (OPEN_BRACKET.test(text[at - 1] ?? '') && lex.roleEndingAt(text, at - 1)) at--
  let joined = false
  // Whether the chain has gone on across a 、, 兼 or an item no title names.
  let chained = false
  // The body of the unit a credit names before the name (null: a unit no body was read from), undefined where none is.
  let unitOrg: BodyMention | null | undefined
  for (;;) {
    // A candidacy after a title belongs to it (副主席候选人): the title is read before it, reported whole.
    const candidacy = tw.candidacies.longestEndingAt(text, at)
    const end = candidacy && lex.roleEndingAt(text, candidacy.start) ? candidacy.start : at
    // A one-character credit joined by a mark (文/张菡, 文/摄影 尹虹懿) is read only where the chain stands right before it.
    const marked = end === at ? lex.markCreditEndingAt(text, at) : undefined
    const longest = lex.roleEndingAt(text, end) ?? marked?.role
    // Right before the name, an item no title of the lexicon names, after a title and 、 (全国政协委员、人文学家李汉秋):
    // skipped, the chain goes on before it.
    if (!longest && !out.length && end === at) {
      // …or the unit a credit names before the name (图文:黄埔区政协办 廖丸谊): the credit is the name's, the unit's body its org.
      const unit = unitOrg === undefined ? creditAcrossUnit(lex, text, at, byEnd, input.nameEnds) : undefined
      if (unit) { at = unit.end; unitOrg = unit.org; continue }
      const j = unnamedItemBefore(input, at)
      if (j >= 0) { at = j; chained = true; continue }
    }
    // A calling of the arts right before the name, a word of fame before it (知名画家何水法, 院长篆刻家骆芃芃): no title;
    // the chain goes on before it, across a 、 (data/title-words.tsv, calling).
    if (!out.length && end === at && !marked) {
      const calling = tw.callings.longestEndingAt(text, at)
      if (calling) {
        at = calling.start
        at = tw.praises.longestEndingAt(text, at)?.start ?? at
        if (text[at - 1] === tw.joins[0] && lex.roleEndingAt(text, at - 1)) { at--; chained = true }
        continue
      }
    }
    // A form of address ends the name before, not a title of this one (陈学东同志、民革市委秘书长张丽萍).
    if (!longest || lex.roles.get(longest)?.kind === 'address') break
    // …and so does a verb that closes a credit, written right before the name (贡嘎来松 摄|琼布·阿旺强巴坚赞说): the
    // credit is the name's before it (a credit before its name is set apart: 供稿丨钱佩予, 摄影：王明).
    if (!out.length && end === start && lex.creditVerbAt(text, end - longest.length) === longest) break
    // A body written into the longest title ends a shorter one: 区人大常委会|主任, not 常委会主任 (a party's
    // titles keep their committee: 镇党委副书记 stays 党委副书记).
    let word = longest
    // A body's term before its own title (市政协十一届委员会|主席): the term's end is no part of a longer title (委员会主席).
    for (let k = 1; k < longest.length; k++) {
      if (lex.roles.has(longest.slice(k)) && termStart(input, end - longest.length + k, byEnd) >= 0) { word = longest.slice(k); break }
    }
    for (let n = 2; n < longest.length; n++) {
      const b = byEnd.get(end - n)
      if (b && b.kind !== 'party' && lex.roles.has(text.slice(end - n, end))) { word = text.slice(end - n, end); break }
      // …and so does a party committee written from before the title into it (区党委|常委 of 党委常委): its
      // standing member (区党委常委), where 党委常委 alone is an institution's (高校党委常委、副校长).
      const rest = text.slice(end - n, end)
      if (b && b.kind === 'party' && b.start < end - longest.length && tw.partyTitles.has(rest) && lex.roles.get(rest)?.kind === 'member') { word = rest; break }
    }
    const role = lex.roles.get(word) ?? marked!
    let from = end - word.length
    // …never, before a credit, the end of a name written right before it (记者张原通讯员关跃忠: 原 is 张原's, no 原通讯员).
    const byline = role.kind === PRESS && input.nameEnds.has(from)
    for (let m = byline ? undefined : lex.modifierEndingAt(text, from); m; m = lex.modifierEndingAt(text, from)) from -= m.length
    let as = text.slice(from, end)
    if (role.as !== role.role) as = as.slice(0, as.length - word.length) + role.as
    // …and the body is written before the term: it is the title's (自治州政协第十四届委员会副主席, 市侨联第三届委员会主席).
    const term = termStart(input, from, byEnd)
    if (term >= 0) from = term
    if (end !== at) as += text.slice(end, at)
    // A phrase between a body and the title that is no part of the title (统战部分管日常工作的副部长).
    const aside = tw.asides.longestEndingAt(text, from)
    if (aside && bodyEndingAt(aside.start, byEnd)) from = aside.start
    // …or the body's other name in brackets (区工商联(总商会)主席, 欧美同学会（留学人员联谊会）会长): the title is the body's.
    const other = OTHER_NAME_BEFORE.exec(text.slice(Math.max(0, from - OTHER_NAME_MAX - 2), from))
    if (other && bodyEndingAt(from - other[0].length, byEnd)) from -= other[0].length
    // …or the body written into the title, where its region is unknown (县委 of 县委书记 on a page naming no county).
    let org = unitOrg !== undefined && !out.length && role.kind === PRESS ? unitOrg : bodyEndingAt(from, byEnd) ?? (role.body ? bodyWithin(from, at, byEnd) : null)
    let department = false
    // An organ written alone whose body is not found (…、组织部部长): the title before may be of a party whose own it is.
    let organ: string | undefined
    // The body was written elsewhere, not before the title (…市委统战部…，统战部副部长): the title begins here.
    let elsewhere = false
    if (!org) {
      // A department that is no body of its own, after a body or where a clause begins: 农工党中央参政议政部部长, ，宣传处处长.
      // Only party committees and governments have departments that are bodies (统战部, 民政局): a democratic
      // party's 宣传部 is its own (台盟中央宣传部副部长).
      // A numbered ward of a hospital's department ends a department too (妇科三区副主任).
      const ends = tw.departmentEnd.includes(text[from - 1]!) || (tw.wardEnds.includes(text[from - 1]!) && input.isNumeral(text.charCodeAt(from - 2)))
      // …or one that shares its last character with the title (组织部长: 组织部 + 部长), a democratic party's own.
      const shares = !ends && tw.departmentEnd.includes(text[from]!)
      const liaison = tw.liaisonGroups.longestEndingAt(text, from) !== undefined
      // Where an organ written alone begins (统战部 of 统战部副部长), -1 while none is.
      let organAlone = -1
      for (let d = from - 2; d >= Math.max(0, from - DEPARTMENT_AFTER_BODY_MAX); d--) {
        // A join ends the title before (秘书长兼办公室主任: 办公室主任).
        if (tw.joins.includes(text[d]!) || !isHan(text.charCodeAt(d))) break
        const b = byEnd.get(d)
        const short = from - d <= DEPARTMENT_MAX
        const opens = short && (d === 0 || CLAUSE.test(text[d - 1]!) || tw.joins.includes(text[d - 1]!) || nameAndBefore(input, d) || agentBefore(input, d))
        const own = input.organEndAt(text, d) !== from || (b !== undefined && !ORGAN_OWNERS.has(b.kind))
        if (!own && organAlone < 0) organAlone = d
        // An organ written alone after words of the clause that name no body (会议由|统战部常务副部长李全胜, dev 609) is
        // the one named before, as where the clause begins: those words are no department.
        if (organAlone >= 0 && own && !b && opens && ends) {
          org = input.near.bodyWithOrgan(text.slice(organAlone, from), from)
          if (org) { from = organAlone; elsewhere = true } else organ = text.slice(organAlone, from)
          break
        }
        // The word 政协 written before the department is the body, not part of the title (政协办公室主任: 办公室主任).
        // A longer office is no group formed for a task (市委第六换届指导督查组组长, 界别活动组委员: data/title-words.tsv
        // group-end) and writes no place (市政协独山港镇联络室主任: a body of that town, README): the title is written bare.
        // Nor is a liaison group of members, however short (榄核地方组组长: 组长; data/title-words.tsv liaison-group), nor a short
        // one that ends in a word for a group formed for a task (活动小组组长: data/title-words.tsv task-group).
        const office = ((short && tw.taskGroups.longestEndingAt(text, from) === undefined) || (!tw.groupEnds.includes(text[from - 1]!) && !placeWithin(input, d, from))) && !liaison
        // A group pointed back to (该组召集人, 本组政协委员) is no department: the title is written bare (dev 945).
        const pointer = !b && lex.functionChars.demonstrative.has(text.charCodeAt(d))
        if ((b || opens) && ends && office && every(text, d, from, isHan) && own && !pointer) {
          const cppcc = !b && text.startsWith(CPPCC, d)
          // A character naming again the institution after a join (、院儿科主任) is no part of the department: 儿科主任.
          const initial = !b && !cppcc && from - d > 2 && tw.institutionInitials.includes(text[d]!) && tw.joins.includes(text[d - 1] ?? '\n')
          org = b ?? (cppcc ? input.near.bodyOfKind('cppcc', d) : null); as = text.slice(cppcc ? d + CPPCC.length : initial ? d + 1 : d, at); from = d; department = true; break
        }
        if (shares && short && every(text, d, from, isHan) && ((b?.kind === DEMOCRATIC_PARTY) || (opens && !b))) {
          if (b) { org = b; as = text.slice(d, at); from = d; department = true } else organ = text.slice(d, from)
          break
        }
        // …its title is that of the body written right before the group (县政协城关联络组组长: 组长 of the 县政协, README).
        if (b && liaison && every(text, d, from, isHan)) { org = b; from = d; break }
        if (b) break
        // An organ written alone where a clause begins is the one named before (…市委统战部…，统战部副部长).
        if (opens && !own) { org = input.near.bodyWithOrgan(text.slice(d, from), from); if (org) { from = d; elsewhere = true } else organ = text.slice(d, from); break }
      }
    }
    let begins = org && !elsewhere ? Math.min(org.start, from) : from
    // A party title whose committee is written into it after a relative word of several characters no body was read
    // from (新疆自治区|党委书记): the relative word is the title's, as 自治区 of 自治区党委常委.
    const rel = !org && role.kind === 'party' ? relativeWordEndingAt(text, from, input.relativeWords) : undefined
    if (rel !== undefined) { as = text.slice(rel, from) + as; begins = rel }
    let unknownBody = false
    // The session of a 政协 (大会秘书长) is no body: the title is the 政协's, written alone.
    const session = org ? undefined : tw.sessions.longestEndingAt(text, from)
    if (session) begins = session.start
    // …and so is a sector of a 政协 (市政协科协界别召集人, 经济界别组长): the 政协 written before it, else the page's.
    const sector = org || session ? undefined : sectorBefore(input, from, byEnd)
    if (sector) { org = sector.org; begins = sector.start }
    if (!org && !session && !sector) {
      // A body the lexicon does not know, after another title (it is skipped, the chain goes on) or, right
      // before the name's own title, after the comma that ends the name before (…主席李文宏，县根亲文化发展中心主任孙玉莲).
      // (Not where a known body ends inside: 青岛市政协|委员联络活动工作室主任 is a department of that body.)
      const ended = tw.bodyEnd.longestEndingAt(text, from) !== undefined
      let known = false
      for (let d = from - 2; ended && d >= Math.max(1, from - UNKNOWN_BODY_MAX); d--) {
        // A place in brackets within the name (湖北得伟君尚(黄冈)律师事务所, 北京大成（上海）律师事务所): read on before it.
        const open = bracketedPlaceStart(input, d)
        if (open > 0) { d = open; continue }
        if (!isHan(text.charCodeAt(d))) break
        known ||= byEnd.has(d + 1)
        if (tw.joins.includes(text[d - 1]!) || (!out.length && !known && (LIST_COMMA.test(text[d - 1]!) || (SPACE.test(text[d - 1]!) && input.nameEnds.has(d - 1))))) { begins = d; unknownBody = true; break }
      }
      // …unless it is a commission of the democratic party's committee its sentence names before it (民盟广东省委社会与法制
      // 委员会主任王晓华、教育委员会副主任宋世斌): that committee's own, the title is the committee's; not a zone's or a firm's
      // (华侨城集团管理委员会主任: data/title-words.tsv, not-party-commission).
      const commission = unknownBody && tw.partyCommissions.longestEndingAt(text, from) && !tw.notPartyCommissions.longestEndingAt(text, from)
      const party = commission ? input.near.bodyInSentence(begins) : null
      if (party?.kind === DEMOCRATIC_PARTY) { org = party; elsewhere = true; unknownBody = false }
    }
    // A title of two bodies joined by 和/及 (提案委及社法委负责人、督查室主任徐柱) is several people's: the chain ends.
    if (out.length && org && !elsewhere && andBefore(input, org.start, byEnd)) break
    if (org && org.kind === 'party' && tw.partyTitles.has(role.role)) as = partyPrefix(text, org, input.levelChars, input.relativeWords) + as
    // …and so does one whose committee is written into the title (自治州党委|副书记 of 党委副书记) where the committee is
    // written from a relative word of several characters, as 自治州党委常委 is: 镇党委书记 stays 党委书记.
    else if (org && org.kind === 'party' && org.start < from && org.end > from && tw.partyTitles.has(text.slice(org.end, end))) {
      const prefix = relativePartyPrefix(text, org, input.levelChars, input.relativeWords)
      if (prefix) as = prefix + as.slice(org.end - from)
    }
    // A modifier before the body belongs to the title: 往届汶上县政协主席.
    const outer = org && !elsewhere ? lex.modifierEndingAt(text, org.start) : undefined
    // …and so does one the special committee's name leaves out after its 政协 (市政协原学习文史委主任 → 原主任).
    const inner = org && !elsewhere && !outer ? modifierAfterCppcc(lex, text, org) : undefined
    if (outer) { as = outer + as; begins -= outer.length }
    else if (inner) as = inner + as
    // A relative region's character the body left out is part of the title (县 of 县老年大学校长): the chain goes on before it.
    else if (org && !elsewhere && input.levelChars.includes(text[begins - 1] ?? '\n') && tw.joins.includes(text[begins - 2] ?? '\n')) begins -= 1
    // …and so is a character naming again the institution (、院党委书记): the chain goes on before it, the title bare.
    else if (!org && tw.institutionInitials.includes(text[begins - 1] ?? '\n') && tw.joins.includes(text[begins - 2] ?? '\n')) begins -= 1
    // A title written after a name, across a 、 (张三委员、企业家李四; 李明主席、律师王红), is that person's: a name
    // ends where it begins, and the chain ends after it.
    if (chained && input.nameEnds.has(begins)) break
    out.unshift({ role, as, org, start: begins, department, unknownBody, ...(unitOrg !== undefined && !out.length ? { unit: true } : {}), ...(sector ? { sector: true } : {}), ...(session ? { session: true } : {}), ...(organ !== undefined && !org ? { organ } : {}) })
    // A join other than the list mark (兼): the title after shares the body before (副主委兼秘书长).
    if (joined && !out[1]?.org) out[1] = { ...out[1]!, org }
    // A title of a region's body takes the place written before it, and the chain goes on before that
    // (民建市委会主委、台州市副市长赵跃进).
    at = (!org && !session && role.body ? input.near.placeEndingAt(begins)?.start : undefined) ?? begins
    // …and so does one whose body is written after the places it lies in (全国人大代表，甘肃省古浪县大靖镇|三台村党支部书记).
    if (org && !elsewhere) at = placesBefore(input, at)
    const join = text[at - 1] ?? ''
    if (!join || !tw.joins.includes(join)) {
      // Credits set apart by the marks of a byline are one name's (文字/摄影 曾嘉雯, 撰文 记者 沈洁).
      const credit = role.kind === PRESS ? creditJoinedBefore(lex, text, at, input.nameEnds, labelledAt(text, end)) : -1
      if (credit >= 0) { at = credit; joined = false; chained = true; continue }
      // …and so between two titles, as a body no lexicon knows (港区全国政协委员、香港新恒基国际(集团)有限公司董事局主席).
      const j = unnamedItemBefore(input, at)
      if (j < 0) break
      at = j; joined = false; chained = true; continue
    }
    joined = join !== tw.joins[0]
    chained = true
    at -= 1
  }
  // A department written alone after a democratic party's title across 、 is the party's own, no body: the title keeps
  // it whole (民建中央常委、组织部部长; 民进广东省委会秘书长、组织部长), as after the party's name (README).
  for (let k = 1; k < out.length; k++) {
    const t = out[k]!
    const before = out[k - 1]!.org
    if (t.organ !== undefined && before && OWN_DEPARTMENT_BODIES.has(before.kind)) out[k] = { ...t, as: t.organ + t.as, unknownBody: false }
  }
  // Titles of one person in groups set apart by a comma, from where the sentence begins (市政协常委、副秘书长，
  // 农工党市委专职副主委姚捷), after an opening clause that names no one (6月25日至29日，全国政协常委、副秘书长，…) or after
  // a word of capacity (作为农工党界别的市政协委员，…): the groups before are theirs too.
  if (out.length && (text[at - 1] === '，' || text[at - 1] === ',')) {
    const before = titlesBefore(input, at - 1, byEnd)
    const s = before[0]?.start ?? -1
    // A quotation closed before them ends a sentence (…平台。”全国人大代表，…村党支部书记李光霞表示): they begin the next.
    const q = clauseStart(text, s)
    const c = q < s && QUOTE_CLOSE.test(text[q]!) && SENTENCE.test(text[q - 1] ?? '') ? q + 1 : q
    if (s >= 0 && (c === 0 || SENTENCE.test(text[c - 1]!) || c > q || openingClause(input, c, byEnd)) && (c === s || tw.capacities.longestAt(text, c))) return [...before, ...out]
  }
  return out
}

/**
 * Where the places written one after another right before `at` begin (甘肃省古浪县大靖镇 before 三台村党支部), where a join
 * or a comma stands before them; else `at`.
 */
function placesBefore({ text, near, lex }: RoleInput, at: number): number {
  let p = at
  for (let place = near.placeEndingAt(p); place && place.start < p; place = near.placeEndingAt(p)) p = place.start
  return p < at && (lex.titleWords.joins.includes(text[p - 1] ?? '') || LIST_COMMA.test(text[p - 1] ?? '')) ? p : at
}

/** Where the clause holding `at` begins: after the last clause mark before it, else 0 (`at` itself where it is below 1). */
function clauseStart(text: string, at: number): number {
  let c = at
  while (c > 0 && !CLAUSE.test(text[c - 1]!)) c--
  return c
}

/**
 * Whether the clause set apart by a comma before `at` begins its sentence and names no person, title or body (a time:
 * 6月25日至29日，; 会议期间，): what follows it begins the sentence's subject, as at the sentence's start.
 */
function openingClause({ text, lex, nameEnds }: RoleInput, at: number, byEnd: ReadonlyMap<number, BodyMention>): boolean {
  if (at < 1 || !LIST_COMMA.test(text[at - 1]!)) return false
  const c = clauseStart(text, at - 1)
  if (c > 0 && !SENTENCE.test(text[c - 1]!)) return false
  for (let k = c + 1; k < at; k++) if (nameEnds.has(k) || byEnd.has(k) || lex.roleEndingAt(text, k) !== undefined) return false
  return c < at - 1
}

// The longest item between two titles of a chain that no title of the lexicon names (无党派民主人士, 中国(海南)改革发展研究院).
const UNNAMED_ITEM_MAX = 20
const ITEM_BRACKET = /[()（）]/

/**
 * Where the 、 stands that sets apart an item ending at `at` that names no title of the lexicon (a description,
 * a title or body it does not know: 人文学家, 无党派民主人士, 中国探月工程总设计师, 香港新恒基国际(集团)有限公司) from a
 * title before it (全国政协委员、): the chain of titles goes on before the 、. The item is two to UNNAMED_ITEM_MAX
 * characters of Han and brackets, with no title ending in it (a name with its own title: 秘书长、王五陪同) and no
 * character that goes on with a sentence (data/function-words.tsv subject-after: 和, 在, 的 …). -1 where there is none.
 */
function unnamedItemBefore({ text, lex }: RoleInput, at: number): number {
  const join = lex.titleWords.joins[0]!
  const stops = lex.functionChars['subject-after']
  if (!isHan(text.charCodeAt(at))) return -1
  for (let d = at - 1; d >= Math.max(0, at - UNNAMED_ITEM_MAX - 1); d--) {
    const c = text.charCodeAt(d)
    if (text[d] === join) {
      if (at - d - 1 < 2) return -1
      const title = lex.roleEndingAt(text, d)
      return title && lex.roles.get(title)?.kind !== 'address' ? d : -1
    }
    if ((!isHan(c) && !ITEM_BRACKET.test(text[d]!)) || stops.has(c)) return -1
    if (lex.roleEndingAt(text, d + 1)) return -1
  }
  return -1
}

/** Where the bracket opens that a closing bracket at `at` ends, a place the text names within and nothing else (（上海）), else -1. */
function bracketedPlaceStart(input: RoleInput, at: number): number {
  const { text } = input
  if (!CLOSE_BRACKET.test(text[at] ?? '')) return -1
  // The place begins where the text's place ending at the bracket begins: two to four Han units, an open bracket before them.
  const open = (input.near.placeEndingAt(at)?.start ?? 0) - 1
  const length = at - open - 1
  return open >= 0 && OPEN_BRACKET.test(text[open]!) && length >= BRACKETED_PLACE_MIN && length <= BRACKETED_PLACE_MAX && every(text, open + 1, at, isHan) ? open : -1
}

/** Whether a place the text names is written within [s, e). */
function placeWithin({ near }: RoleInput, s: number, e: number): boolean {
  for (let k = s + 1; k <= e; k++) if ((near.placeEndingAt(k)?.start ?? -1) >= s) return true
  return false
}

/** Whether a name and a word of 和/及 are written right before `at` (骨三科主任张明和|妇科三区副主任李晶晶): an item of a list begins. */
function nameAndBefore({ text, lex, nameEnds }: RoleInput, at: number): boolean {
  for (const w of lex.titleWords.ands) if (text.startsWith(w, at - w.length) && nameEnds.has(at - w.length)) return true
  return false
}

/**
 * Whether a preposition that brings in the agent of a clause stands alone as a word right before `at` (会议由|办公室主任王强主持):
 * the title begins after it, as after a clause's mark (data/function-words.tsv, glued-agent); not the 由 of 自由 or 理由.
 */
function agentBefore({ text, lex, wordStarts }: RoleInput, at: number): boolean {
  return at > 0 && lex.functionChars['glued-agent'].has(text.charCodeAt(at - 1)) && wordStarts[at - 1] === 1 && wordStarts[at] === 1
}

/** Whether a body written before `at` is joined to the one at `at` by a word of 和/及 (提案委|及|社法委). */
function andBefore({ text, lex }: RoleInput, at: number, byEnd: ReadonlyMap<number, BodyMention>): boolean {
  for (const w of lex.titleWords.ands) if (text.startsWith(w, at - w.length) && byEnd.has(at - w.length)) return true
  return false
}

/**
 * 区委 of 中共西塞山区委副书记, 县纪委 of 县纪委书记, 政法委 of 政法委书记: the body as written from its level's character,
 * or from the relative word of several characters that ends with it (自治区党委 of 自治区党委常委, not 区党委).
 */
function partyPrefix(text: string, org: BodyMention, levelChars: string, relativeWords: RoleInput['relativeWords']): string {
  const written = text.slice(org.start, org.end)
  const k = lastLevelChar(written, levelChars)
  if (k < 0) return written
  return written.slice(relativeWordEndingAt(written, k + 1, relativeWords) ?? k)
}

/** The committee written from a relative word of several characters (自治州党委 of 甘孜藏族自治州党委), else undefined. */
function relativePartyPrefix(text: string, org: BodyMention, levelChars: string, relativeWords: RoleInput['relativeWords']): string | undefined {
  const written = text.slice(org.start, org.end)
  const k = lastLevelChar(written, levelChars)
  const d = k < 0 ? undefined : relativeWordEndingAt(written, k + 1, relativeWords)
  return d === undefined ? undefined : written.slice(d)
}

/** Where the last level character (区, 县, 委 …) of a body as written stands, else -1. */
function lastLevelChar(written: string, levelChars: string): number {
  let k = written.length - 1
  while (k >= 0 && !levelChars.includes(written[k]!)) k--
  return k
}

/** Where a relative word of several characters ending at `at` begins (自治区 of 新疆自治区|党委书记, 自治 of 自治区党委), if one does. */
function relativeWordEndingAt(text: string, at: number, relativeWords: RoleInput['relativeWords']): number | undefined {
  for (let d = Math.max(0, at - RELATIVE_WORD_MAX); d < at - 1; d++) if (relativeWords.longestAt(text, d)?.end === at) return d
  return undefined
}

// The longest relative word of a region (自治区, 自治州: data/relative-regions.tsv).
const RELATIVE_WORD_MAX = 3

/** A title's modifier written right after the 政协 inside a special committee's mention (原 of 市政协原学习文史委). */
function modifierAfterCppcc(lex: PersonLexicon, text: string, org: BodyMention): string | undefined {
  if (org.kind !== 'cppcc-special') return undefined
  const k = text.slice(org.start, org.end).indexOf(CPPCC)
  return k < 0 ? undefined : lex.modifierAt(text, org.start + k + CPPCC.length)
}

const isCppcc = (c: BodyMention | null) => c !== null && (c.kind === 'cppcc' || c.kind === 'cppcc-special')

/**
 * Roles, body and CPPCC membership of one name mention. The body is that of the first CPPCC title
 * where there is one, else of the first title: the body written before it (市政协主席高志国 → 长春市政协),
 * the 政协 the article is about for a 委员 or 主席 written alone, or the body a title implies (副区长 →
 * 甘井子区政府, 检察长 → 汶上县检察院). A title of another body makes no CPPCC member.
 */
export function rolesOf(input: RoleInput, m: NameMention, byEnd: ReadonlyMap<number, BodyMention>): RoleFinding {
  const below = titlesBelow(input, m, byEnd)
  const before = below.length || titlesOfNameAbove(input, m.start, byEnd) ? [] : titlesBefore(input, m.start, byEnd)
  const titles = below.length ? below : titlesAround(input, m, byEnd, before)
  const f = titles.length ? ownDepartments(rolesFrom(input, m, byEnd, titles), titles, byEnd) : ledBy(input, m.start, byEnd) ?? finding([], null, false)
  const only = titles.length === 1 && titles[0]!.after ? titles[0]! : undefined
  return { ...f, closing: only !== undefined && credited(only), address: only !== undefined && !credited(only), elected: !only && titles.length === 1 && titles[0]!.elected === true, from: before[0]?.start ?? null }
}

/**
 * A department written alone (…兼组织部部长) whose title's body is one with departments of no body of their own (a
 * democratic party, a university): the department is its own and the title keeps it whole, as after the body's name
 * (README: a democratic party's own department stays whole; 副秘书长兼组织部部长 after 民进上海市委专职副主委…).
 */
function ownDepartments(f: RoleFinding, titles: readonly Title[], byEnd: ReadonlyMap<number, BodyMention>): RoleFinding {
  if (f.org === null || !titles.some((t) => t.organ !== undefined)) return f
  const kind = [...byEnd.values()].find((b) => b.name === f.org)?.kind
  if (kind === undefined || !OWN_DEPARTMENT_BODIES.has(kind)) return f
  return { ...f, roles: [...new Set(titles.map((t) => (t.organ === undefined || t.as.startsWith(t.organ) ? t.as : t.organ + t.as)))] }
}

// The most characters of a line that holds a name alone (尚 红 with the space of a name list's layout).
const NAME_LINE_MAX = 6

/**
 * The line [start, end) around position `at`, by the string's own search for the breaks (asked for names whose
 * line may be a whole paragraph: a walk one character at a time was a scan of the paragraph per name).
 */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0
  const end = text.indexOf('\n', at)
  return { start, end: end < 0 ? Math.max(at, text.length) : end }
}

// White space only, or nothing.
const blank = (text: string, s: number, e: number) => e <= s || every(text, s, e, isWhitespace)

/**
 * The titles of a line that holds titles only, in groups set apart by spaces, each ending in a title and
 * beginning with its body or a body the lexicon does not know (农工党辽宁省委主委 辽宁省人大常委会副主任;
 * 辽宁何氏医学院院长): empty where any group is something else.
 */
function titlesOfLine(input: RoleInput, start: number, end: number, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text } = input
  const out: Title[] = []
  let a = start
  while (a < end) {
    while (a < end && isWhitespace(text.charCodeAt(a))) a++
    let b = a
    while (b < end && !isWhitespace(text.charCodeAt(b))) b++
    if (b === a) break
    const titles = titlesBefore(input, b, byEnd)
    const s = titles[0]?.start ?? -1
    if (s < a || (s > a && !every(text, a, s, isHan))) return []
    out.push(...titles)
    a = b
  }
  return out
}

/**
 * Titles written on the line after a name that stands alone on its line: a list of names, each with its
 * titles on the next line (杨关林⏎农工党辽宁省委主委 辽宁省人大常委会副主任⏎尚 红⏎…).
 */
function titlesBelow(input: RoleInput, m: NameMention, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text } = input
  const line = lineAround(text, m.start)
  if (line.end >= text.length || !blank(text, line.start, m.start) || !blank(text, m.end, line.end)) return []
  const next = lineAround(text, line.end + 1)
  return titlesOfLine(input, next.start, next.end, byEnd)
}

/** Whether the titles written on the line before a name are those of a name alone on the line above them (see titlesBelow). */
function titlesOfNameAbove(input: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): boolean {
  const { text, lex } = input
  let at = start
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1)) && text[at - 1] !== '\n') at--
  if (at === 0 || text[at - 1] !== '\n' || !blank(text, lineAround(text, start).start, start)) return false
  const titles = lineAround(text, at - 1)
  if (titles.start === 0 || titles.end === titles.start) return false
  const above = lineAround(text, titles.start - 1)
  const name = text.slice(above.start, above.end).replace(/\s/g, '')
  if (name.length < 2 || name.length > NAME_LINE_MAX || !every(name, 0, name.length, isHan) || lex.roleEndingAt(name, name.length)) return false
  return titlesOfLine(input, titles.start, titles.end, byEnd).length > 0
}

// A credit (记者, 供稿, 摄影): no office in a body.
const credited = (t: Title) => t.role.kind === PRESS

/** The titles of a name: those before it, in brackets or in apposition after it, and one written right after it. */
function titlesAround(input: RoleInput, m: NameMention, byEnd: ReadonlyMap<number, BodyMention>, before: Title[]): Title[] {
  const titles = [...before]
  // Titles in brackets after the name are further titles of it (县工商联副主席周建国（县政协委员）).
  titles.push(...titlesInBrackets(input, m.end, byEnd))
  if (!titles.length) titles.push(...titlesInApposition(input, m.end, byEnd, m.start))
  const after = bodiedAfterCount(input, m.end, byEnd) ?? roleAfter(input, m.end)
  // A title given by a verb of election with its body written whole (李明当选为区科协副主席): the body is the one written there.
  // …also after titles before the name: it is one more title, of its own body (农工党濮阳市委会主委张雷当选为政协第九届濮阳市委员会副主席).
  const whole = after?.elected ? titlesElected(input, after.start, byEnd) : []
  if (whole.length) return [...titles, ...whole]
  // A form of address after a name (陈学东同志) is no title: the titles before keep their body. A title
  // after the name alone is one of the body written right before the name (致公党贵州省委史武钢副巡视员).
  // In a byline a credit after a name credited before it is the next name's (记者 林海 通讯员 陈明).
  // …unless the credit closes the byline (记者 李学仁 摄⏎, 记者陈昂摄影报道⏎): then it is this name's second credit.
  if (after && after.role.kind !== 'address' && !(credited(after) && titles.some(credited) && !closesByline(input, m.end))) titles.push(alongBody(input, after, byEnd.get(m.start) ?? null))
  // …also after the 等 and the count that close a list (于兆强等52人当选为自治州政协第十四届委员会常务委员).
  else if (!after) titles.push(...titlesElected(input, listEnd(input, m.end), byEnd))
  else if (after) titles.push(...electedAfterAddress(input, m.end, byEnd, titles.length > 0))
  if (!titles.length) titles.push(...titlesRelieved(input, m, byEnd))
  return titles
}

/**
 * A title after a name with the body written right before the name: a party committee and its 书记 are one title, as when
 * written together (市委郭元强书记 → 市委书记, as 市委书记郭元强: test/fixtures/dev-pages/README.md; gold of dev 974).
 */
function alongBody(input: RoleInput, after: Title, org: BodyMention | null): Title {
  // A title written with its own body after the name (等县委常委) keeps it.
  if (after.org) return after
  const party = org !== null && org.kind === 'party' && input.lex.titleWords.partyTitles.has(after.role.role)
  return { ...after, org, ...(party ? { as: partyPrefix(input.text, org, input.levelChars, input.relativeWords) + after.as } : {}) }
}

/**
 * The titles a person is relieved of, closed by a post word (data/title-words.tsv: post, post-of): by a verb of
 * dismissal right before the name (免去杨冬生等同志…专门委员会主任职务, 免去赵立新的市政协副秘书长职务), or by a verb of
 * leaving after it, a reason set apart by a comma allowed between (毕泗生不再担任省政协秘书长职务, 乔延春、齐乃贵因年龄原因，
 * 不再担任省政协副主席职务). The gold gives the person the titles taken (dev 937: 杨冬生 主任; 784: 毕泗生 秘书长).
 */
function titlesRelieved(input: RoleInput, m: NameMention, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text, lex } = input
  const tw = lex.titleWords
  const dismissed = tw.dismisses.longestEndingAt(text, m.start) !== undefined
  let at = tw.others.longestAt(text, m.end)?.end ?? m.end
  const address = lex.roleAt(text, at)
  if (address && lex.roles.get(address)!.kind === 'address') at += address.length
  if (!dismissed) {
    // A reason between the name and the verb (因年龄原因，): up to the comma that ends it.
    if (tw.leaveReasons.longestAt(text, at)) {
      let comma = at
      while (comma < text.length && comma - at <= REASON_MAX && !APPOSITION_END.test(text[comma]!)) comma++
      if (comma < text.length && REASON_END.test(text[comma]!)) at = comma + 1
    }
    const verb = tw.leaves.longestAt(text, at)
    if (!verb) return []
    at = verb.end
  }
  at = tw.postOf.longestAt(text, at)?.end ?? at
  let stop = at
  while (stop < text.length && stop - at <= APPOSITION_MAX && !APPOSITION_END.test(text[stop]!) && !tw.posts.longestAt(text, stop)) stop++
  if (stop === at || !tw.posts.longestAt(text, stop)) return []
  const titles = titlesBefore(input, stop, byEnd)
  return titles.length && titles[0]!.start >= at ? titles : []
}

/**
 * Where a body's term that ends at `at` begins (十一届委员会, 第十四届委员会: data/title-words.tsv, term), where a body
 * (a 政协, 市侨联) ends there; else -1.
 */
function termStart({ text, lex, isNumeral }: RoleInput, at: number, byEnd: ReadonlyMap<number, BodyMention>): number {
  const t = lex.titleWords.terms.longestEndingAt(text, at)
  if (!t) return -1
  let k = t.start
  while (k > 0 && isNumeral(text.charCodeAt(k - 1))) k--
  if (k === t.start) return -1
  if (text.startsWith(ORDINAL, k - ORDINAL.length)) k -= ORDINAL.length
  return byEnd.has(k) ? k : -1
}

/**
 * Whether the credit written after a name (across spaces) ends its byline: a mark that closes it or the line's end
 * comes right after it, or after a verb that closes a credit (摄影|报道⏎).
 */
function closesByline({ text, lex }: RoleInput, end: number): boolean {
  let at = end
  while (at < text.length && isWhitespace(text.charCodeAt(at)) && text[at] !== '\n') at++
  const word = lex.roleAt(text, at)
  if (!word) return false
  at += word.length
  const verb = lex.creditVerbAt(text, at)
  if (verb && verb !== word) at += verb.length
  const closedByVerb = (verb !== undefined && verb !== word) || lex.creditVerbAt(text, at - word.length) === word
  let next = at
  while (next < text.length && isWhitespace(text.charCodeAt(next)) && text[next] !== '\n') next++
  // A verb that closes a credit closes it also where the next sentence follows after a space the normalised text keeps
  // (记者翟健岚摄影报道 会议听取了…); after 摄 of one character the space is gone (记者 翟健岚 摄 会议…: a known gap).
  return next === text.length || BYLINE_CLOSE.test(text[next]!) || (closedByVerb && next > at)
}

/** A title given by a verb of election after a name and its form of address (王建国同志当选为县政协主席, 李明同志任秘书长). */
function electedAfterAddress(input: RoleInput, end: number, byEnd: ReadonlyMap<number, BodyMention>, titled: boolean): Title[] {
  const address = input.lex.roleAt(input.text, end)
  if (!address || input.lex.roles.get(address)!.kind !== 'address') return []
  const at = end + address.length
  const whole = titled ? [] : titlesElected(input, at, byEnd)
  if (whole.length) return whole
  const again = roleAfter(input, at)
  return again?.elected ? [again] : []
}

// The longest verb of appointment before a verb of election after a name (增补 of 增补为, 补选 of 补选为).
const APPOINT_MAX = 2

/**
 * Titles given after a name by a verb of election with their body written whole, up to where the clause
 * ends (A、B增补为政协第十三届佛山市委员会常务委员; 选举C为民革金华市委会主委): the body begins right after the verb.
 */
function titlesElected(input: RoleInput, end: number, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text, lex } = input
  let at = end
  for (let k = APPOINT_MAX; k > 0; k--) if (lex.appointsEndingAt(text, end + k) === text.slice(end, end + k)) { at = end + k; break }
  // A copula gives a title as a verb of election does, read only here (no cue of a name: 王强亦是委员).
  const verb = lex.titleWords.elects.longestAt(text, at) ?? lex.titleWords.copulas.longestAt(text, at)
  if (!verb) return []
  let stop = verb.end
  while (stop < text.length && stop - verb.end <= APPOSITION_MAX && !APPOSITION_END.test(text[stop]!)) stop++
  if (stop >= text.length || !APPOSITION_END.test(text[stop]!)) return []
  // A word of capacity (作为县医院院长) describes what the person acts as: only a CPPCC title after it is a role (作为通州区
  // 政协委员), as in roleAfter.
  const capacity = lex.titleWords.capacities.longestAt(text, at) !== undefined
  const titles = titlesBefore(input, stop, byEnd).filter((t) => !capacity || t.role.cppcc)
  // A term may come between the verb and the body (当选第五届市书协主席).
  const from = afterElectedTerm(text, verb.end)
  if (titles[0]?.start === from && titles[0].org) return titles
  // A title of a session (任主席团常务主席), also after the body and the meeting of that session (任第十四届市政协第一次会议
  // 主席团常务主席, 市政协十四届一次会议主席团…): the body's where written, else read as before a name (dev 942).
  const t = titles[0]
  if (!t?.session || t.org) return []
  if (t.start === from) return titles
  const body = sessionBody(input, from, t.start, byEnd)
  return body ? [{ ...t, org: body }, ...titles.slice(1)] : []
}

/** The body written from `from` up to a session's word at `to`, a term and a numbered meeting of the session between (市政协第一次会议). */
function sessionBody({ text, lex, isNumeral }: RoleInput, from: number, to: number, byEnd: ReadonlyMap<number, BodyMention>): BodyMention | null {
  for (let k = to; k > from; k--) {
    const b = byEnd.get(k)
    if (!b || b.start !== from) continue
    let at = afterElectedTerm(text, k)
    if (at < to && text.startsWith(ORDINAL, at)) at += ORDINAL.length
    const n = at
    while (at < to && isNumeral(text.charCodeAt(at))) at++
    if (at > n) at = lex.titleWords.meetings.longestAt(text, at)?.end ?? n
    return at === to ? b : null
  }
  return null
}

function rolesFrom(input: RoleInput, m: NameMention, byEnd: ReadonlyMap<number, BodyMention>, titles: Title[]): RoleFinding {
  const roles = [...new Set(titles.map((t) => t.as))]
  // A credit's body only where it is written right before the name (（黄冈市政协 孙泽红 供稿）), or as the unit the credit
  // names before it (图文:黄埔区政协办 廖丸谊).
  const unit = titles.find((t) => t.unit)?.org?.name ?? null
  if (titles.some(credited)) return finding(roles, titles.length === 1 && titles[0]!.after ? bodyBeforeName(input, m.start, byEnd)?.name ?? null : unit, false)
  // A department's head is staff, no office holder (政协研究室主任).
  // …and so is a title of a body the lexicon does not know (村委会主任).
  // A title that implies its body, none written (检察长, 县长): a party group's title before it is that body's (党组书记、检察长).
  // A title of a session (大会执行主席) on a page that names no 政协 but a congress is one of the congress's session.
  const congress = titles.some((t) => t.session) && !input.near.bodyOfKind('cppcc', m.start) ? input.near.bodyOfKind('congress', m.start) : null
  if (congress) return finding(roles, congress.name, false)
  const implying = titles.find((t) => t.role.body && !t.org)
  const cppccTitle = titles.find((t) => (t.role.cppcc || t.sector) && !t.department && (isCppcc(t.org) || (t.org === null && !t.unknownBody && !implying)))
  if (cppccTitle) {
    // 委员, 主席 written alone belong to the body the sentence names before them (民盟临沂市委…选举孟凡明为主任委员),
    // else to the 政协 the article is about.
    // An office written alone (主席, 党组书记) is one of the body the text has just named, if that body has such offices.
    // A member's title after the name (郭纯青委员, 林福春等界别委员) or one that names the 政协 (政协委员, 界别委员) is the 政协's:
    // the one the article is about.
    // …and so is an office that names it (政协主席, 原政协副主席 on a 县政协 page).
    const ofCppcc = (cppccTitle.role.kind === 'member' && cppccTitle.after) || cppccTitle.role.as !== cppccTitle.role.role
    // …but a member's title alone is no title of a body with no members of its own: past the school or firm the sentence
    // names before it (调研华外同文外国语学校并走访委员余琦; 县政协…组委员、县博雅服饰有限公司总经理张亚利) it is the title of a
    // party or mass organisation the sentence names (致公党杭州市委会祖统委委员、杭州市旅游形象推广中心主任叶虹), else the
    // 政协's (README).
    const inSentence = ofCppcc ? null : input.near.bodyInSentence(m.start)
    const memberless = inSentence !== null && cppccTitle.role.kind === 'member' && MEMBERLESS_BODIES.has(inSentence.kind)
    const said = cppccTitle.org ?? (memberless ? input.near.bodyInSentence(m.start, MEMBER_BODIES) : inSentence)
    const org = said ?? (!ofCppcc && cppccTitle.role.kind === 'office' ? input.near.lastOfKinds(OFFICE_BODIES, m.start) : null) ?? (ofCppcc ? input.near.mainOfKind('cppcc', m.start) : input.near.bodyOfKind('cppcc', m.start))
    if (org && isCppcc(org)) {
      const plenary = cppccTitle.org ? null : plenaryBody(input, cppccTitle, org)
      if (plenary) return finding(roles, plenary, true)
      const relative = org === cppccTitle.org && org.rank === 1
      // An office alone before the name whose sentence names no body (…副主委A、B，秘书长C) is open: its list may say whose;
      // not one that names the 政协 (政协主席).
      const open = said === null && !ofCppcc && cppccTitle.role.kind === 'office' && titles.length === 1 && cppccTitle.start < m.start
      return finding(roles, org.name, true, { relative, written: relative ? input.text.slice(org.start, org.end) : null, at: org.rank === 1 ? org.start : null, open })
    }
    if (!org && titles.every((t) => t.role.kind === 'member')) {
      // A bare 委员 in a report that names no 政协 but a party or a mass organisation is one of theirs (政协委员 stays one of a 政协).
      const other = cppccTitle.as === cppccTitle.role.role ? input.near.lastOfKinds(MEMBER_BODIES, m.start) : null
      return other ? finding(roles, other.name, false) : finding(roles, null, true)
    }
    // A title of another body first (副主任 of the hospital the sentence names) and a 政协 member's title after the name or
    // closing its list (…李晶晶四位政协委员): the member's is the first CPPCC role, of the 政协 the article is about.
    const member = titles.find((t) => t !== cppccTitle && t.role.kind === 'member' && t.org === null && t.after === true)
    const main = member ? input.near.mainOfKind('cppcc', m.start) : null
    if (main) return finding(roles, main.name, true)
    if (org && cppccTitle === titles[0]) return finding(roles, org.name, false)
    // A title that names the 政协 (政协委员、县人民医院院长) on a page that names no 政协: a member still (as 政协委员 alone),
    // the org that of the other title.
    if (!org && ofCppcc && cppccTitle.role.kind === 'member' && !cppccTitle.after && cppccTitle.org === null && titles.length > 1) {
      const rest = rolesFrom(input, m, byEnd, titles.filter((t) => t !== cppccTitle))
      return { ...rest, roles, cppcc: true }
    }
  }
  const first = titles[0]!
  // A department written alone (参政议政部部长, 秘书长兼办公室主任) is one of the body the text has just named.
  const implied = implying ? impliedBody(input, implying) ?? (implying !== first ? input.near.bodyWithOrgan(implying.role.body, m.start) : null) : null
  const said = first.org ?? implied ?? bodyOfKind(input, first, m.start)
  const org = said ?? (titles.some((t) => t.department && !t.org) ? input.near.bodyBefore(m.start) : null) ?? ownDepartmentBody(input, titles, m.start)
  // Titles before the name of no body written nor implied (副会长, 机关党委书记; not 县长 nor 村委会主任) may be of
  // the body their list names first: the stage reads the list.
  const open = said === null && first.start < m.start && !titles.some((t) => t.role.body || t.unknownBody)
  return finding(roles, org === null ? null : typeof org === 'string' ? org : org.name, false, { open })
}

/**
 * The body of a department written alone that no body of its own was read for (…秘书长陈洁、副巡视员兼组织部部长沈竹君): the
 * one its sentence names last (a democratic party first), where that body's departments are its own (a democratic party: ownDepartments keeps the
 * department in the title, dev 1297); a party committee's or a government's would be a body of its own.
 */
function ownDepartmentBody(input: RoleInput, titles: readonly Title[], pos: number): BodyMention | null {
  // Every organ a department (部, 室: data/title-words.tsv department-end), no party's name (九三学社社员 is no department's).
  const organs = titles.flatMap((t) => (t.organ === undefined ? [] : [t]))
  if (!organs.length || organs.some((t) => t.org !== null || !input.lex.titleWords.departmentEnd.includes(t.organ!.at(-1)!))) return null
  // A democratic party before any other body: a venue named after it is none of its departments (民盟市委在青岛大学召开
  // 座谈会，组织部部长李明); where the sentence names no party, the other body it names last (学校党委委员、统战部部长: dev 924).
  return input.near.bodyInSentence(pos, OWN_DEPARTMENT_PREFERRED) ?? input.near.bodyInSentence(pos, OWN_DEPARTMENT_OTHER)
}

/** Titles in brackets right after a name, and nothing else there (周建民（市政协委员）, 吴晓峰(市政协常委、县工商联主席)). */
function titlesInBrackets(input: RoleInput, end: number, byEnd: ReadonlyMap<number, BodyMention>): Title[] {
  const { text } = input
  if (text[end] !== '（' && text[end] !== '(') return []
  let close = end + 1
  while (close < text.length && close - end <= BRACKETED_MAX && !BRACKET_CLOSE.test(text[close]!)) close++
  if (text[close] !== '）' && text[close] !== ')') return []
  const titles = titlesBefore(input, close, byEnd)
  // A note may come first: 刘丽（女，市政协委员）; or titles set apart by a comma: 周兵（县政协委员，某公司总经理）.
  const s = titles[0]?.start ?? -1
  if (s === end + 1) return titles
  if (!(s > end + 1 && NOTE_END.test(text[s - 1]!))) return []
  const first = titlesBefore(input, s - 1, byEnd)
  return first[0]?.start === end + 1 ? [...first, ...titles] : titles
}

/** Titles set after a name by a comma, up to where the clause ends (张建国，市政协委员、某某公司董事长。). */
function titlesInApposition(input: RoleInput, end: number, byEnd: ReadonlyMap<number, BodyMention>, start: number): Title[] {
  const { text } = input
  let open = end + 1
  if (text[end] !== '，' && text[end] !== ',') {
    // …or by a space after a name that begins its line, as a list of names writes each one's titles (李建中 浙江金融资产交易
    // 中心股份有限公司党委书记，任…村“名誉村长”；): the titles end the clause.
    while (open - 1 < text.length && SPACE.test(text[open - 1]!)) open++
    if (open === end + 1 || !blank(text, lineAround(text, start).start, start)) return []
    open--
  }
  let stop = open
  while (stop < text.length && stop - end <= APPOSITION_MAX && !APPOSITION_END.test(text[stop]!)) stop++
  if (stop >= text.length || !APPOSITION_END.test(text[stop]!)) return []
  const titles = titlesBefore(input, stop, byEnd)
  return titles[0]?.start === open ? titles : []
}

/**
 * Names written after a body and a word for its leaders, with no title (市公安局领导潘明、王力): the body is
 * their org, and a 政协's leaders are its office holders; so is a body written right before a name.
 */
function ledBy({ text, lex }: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): RoleFinding | null {
  const w = lex.titleWords.leaders.longestEndingAt(text, start)
  const b = w ? byEnd.get(w.start) : undefined
  // The leaders of several bodies listed (市委、市人大常委会、市政府领导有A、B): the text does not say whose each is.
  if (b && LIST_MARKS.includes(text[b.start - 1] ?? '') && byEnd.has(b.start - 1)) return finding([], null, false)
  if (b) return finding([], b.name, isCppcc(b))
  // A name written right after a body, with no title (中共中山市委统战部余华涛): the body is theirs, no office in it.
  const own = byEnd.get(start)
  return own ? finding([], own.name, false) : null
}

/**
 * A title right after a name (徐勇委员), also after 等 or a count that closes a list (杨洪明等委员, 查凌宇、黄莉萍2名
 * 委员: the list's title), or given by a verb of election (选举孟凡明为主任委员, 当选为支部主委).
 */
function roleAfter(input: RoleInput, end: number): Title | null {
  const { text, lex } = input
  // A credit that closes a byline after a name and a space is the name's (（黄冈市政协 孙泽红 供稿）).
  // …and so does a credit that closes its line (罗德明 摄影报道⏎).
  let gap = end
  while (gap < text.length && isWhitespace(text.charCodeAt(gap)) && text[gap] !== '\n') gap++
  const verb = gap > end ? lex.roleAt(text, gap) : undefined
  const closing = verb !== undefined && lex.isCredit(verb) && closesByline(input, end) ? verb : undefined
  const counted = countedEnd(input, lex.titleWords.others.longestAt(text, end)?.end ?? end)
  // …or a title that is one only before a verb of speech (罗云峰代表说), no title where it says whom the person speaks for.
  const direct = lex.roleAt(text, end) ?? titleAfterCount(input, counted) ?? (counted > end ? describedMemberAt(input, counted) : undefined) ?? closing ?? lex.spokenTitleAt(text, end)
  if (direct) return { role: lex.roles.get(direct)!, as: lex.roles.get(direct)!.as, org: null, start: end, after: true }
  // A title with its modifier (车俊代省长, 张明常务副主席); not a member's title nor a credit (代委员们…).
  const mod = lex.modifierAt(text, end)
  const held = mod ? lex.roleAt(text, end + mod.length) : undefined
  const role = held ? lex.roles.get(held) : undefined
  if (mod && role && role.kind !== 'member' && role.kind !== 'press' && role.kind !== 'address') return { role, as: mod + role.as, org: null, start: end, after: true }
  const at = electedFrom(input, end, counted)
  const v = lex.electedAt(text, at)
  if (!v) return null
  // After the 等 closing a list, a preposition (为, also a verb of appointment) before a group's word (委员们: collective-speakers.txt)
  // brings in others (王强、李明等为委员们授课): no title of the list's (等为委员 stays one).
  if (counted > end && at === counted && lex.functionChars['list-preposition'].has(text.charCodeAt(at)) && lex.collective.some((g) => text.startsWith(g, v.start))) return null
  const elected = lex.roles.get(v.role)!
  // A word of capacity (作为京顺医院负责人) describes what the person acts as: only a CPPCC title makes it a role (作为通州区政协委员,
  // README: the text makes the person a member); another title after it is a description (dev 1094).
  if (!elected.cppcc && lex.titleWords.capacities.longestAt(text, at) !== undefined) return null
  return { role: elected, as: elected.as, org: null, start: at, elected: true }
}

/**
 * The member's title (as written) that closes a list after its last name, after 等 or a count (…、李晶晶四位政协委员,
 * …高治国等政协委员): every item's. Null where none, or where it is written right after the name (张明委员).
 */
export function listClosingMember(input: RoleInput, end: number): string | null {
  const { text, lex } = input
  const others = lex.titleWords.others.longestAt(text, end)?.end ?? end
  const counted = countedEnd(input, others)
  if (counted === end) return null
  const r = titleAfterCount(input, counted) ?? describedMemberAt(input, counted)
  const role = r ? lex.roles.get(r) : undefined
  return role?.kind === 'member' ? role.as : null
}

/** Whether a count closes a list right after a name (…、刘明华两位教授; not 等 alone nor a title written right after the name). */
export function countClosesList(input: RoleInput, end: number): boolean {
  return countedEnd(input, input.lex.titleWords.others.longestAt(input.text, end)?.end ?? end) > end && input.isNumeral(input.text.charCodeAt(end))
}

/** A title after the count that closes a list (黄莉萍2名委员); not a form of address, which a verb of election may follow (等3名同志当选). */
function titleAfterCount({ text, lex }: RoleInput, counted: number): string | undefined {
  const r = lex.roleAt(text, counted)
  return r && lex.roles.get(r)!.kind !== 'address' ? r : undefined
}

/** Where the 等, the count and the form of address that close a list after a name end (`end` without them). */
function listEnd(input: RoleInput, end: number): number {
  return electedFrom(input, end, countedEnd(input, input.lex.titleWords.others.longestAt(input.text, end)?.end ?? end))
}

/**
 * Where a verb of election after a name is looked for: right after it, else after the 等 and the count that close
 * a list and a form of address (王涤等49人当选为常委, 丁广鑫等135名同志当选常务委员): the title is every name's.
 */
function electedFrom({ text, lex }: RoleInput, end: number, counted: number): number {
  if (counted === end || lex.electedAt(text, end)) return end
  const address = lex.roleAt(text, counted)
  return address && lex.roles.get(address)!.kind === 'address' ? counted + address.length : counted
}

/**
 * A title after the 等 or the count that closes a list with its body written into it (A、B等县委常委、县人大常委会…领导):
 * read as if written before a name, its body kept (县委常委, org the 县委), as the description of describedMemberAt is not.
 */
function bodiedAfterCount(input: RoleInput, end: number, byEnd: ReadonlyMap<number, BodyMention>): Title | null {
  const { text, lex } = input
  const counted = countedEnd(input, lex.titleWords.others.longestAt(text, end)?.end ?? end)
  if (counted === end) return null
  for (let k = counted + 1; k <= counted + DESCRIPTION_MAX; k++) {
    const b = byEnd.get(k)
    if (!b || b.start !== counted) continue
    const r = lex.roleAt(text, k)
    const title = r ? titlesBefore(input, k + r.length, byEnd).at(-1) : undefined
    return title && title.start === counted && title.org === b ? { ...title, after: true } : null
  }
  return null
}

/** Where the places written from `at` end, one after the other (宁乡县菁华铺乡 of 宁乡县菁华铺乡籍): `at` where none is. */
function afterPlaces(input: RoleInput, at: number): number {
  for (let e = at + DESCRIBED_PLACE_MAX; e > at + 1; e--) if (input.near.placeEndingAt(e)?.start === at) return afterPlaces(input, e)
  return at
}

/**
 * A member's title after the 等 or the count that closes a list and a short description of the members
 * (等8位企业家委员, 3名女委员, 等青年委员): the list's title. Only a member's title: a description before
 * another title is no part of it (等3名县领导…).
 */
function describedMemberAt(input: RoleInput, from: number): string | undefined {
  const { text, lex } = input
  // A place written first is no part of the description's length (等4位菁华铺乡籍政协委员: the members' home, dev 948).
  const at = afterPlaces(input, from)
  // A preposition standing alone begins no description: the members it brings in are others (江海松、徐刚等对委员们提出的
  // 意见…表示肯定, 等与委员们交流: dev 1369; 等为委员们授课, 等被委员们推选: data/function-words.tsv list-preposition); 与会 of
  // 等与会委员 is one word.
  if (lex.functionChars['list-preposition'].has(text.charCodeAt(at)) && input.wordStarts[at] === 1 && input.wordStarts[at + 1] === 1) return undefined
  for (let k = at + 1; k <= at + DESCRIPTION_MAX && isHan(text.charCodeAt(k - 1)); k++) {
    // A verb of election ends the description (等135名同志|当选常务委员): the title after it is elected.
    if (lex.electedAt(text, k - 1)) return undefined
    const r = lex.roleAt(text, k)
    if (r) return lex.roles.get(r)!.kind === 'member' ? r : undefined
  }
  return undefined
}

/** The body written right before a name, across a space (黄冈市政协 孙泽红). */
export function bodyBeforeName({ text }: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): BodyMention | null {
  let at = start
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--
  return byEnd.get(at) ?? null
}

/** Where a count of the names before ends (4名 of …、黄莉萍4名委员, 九位 of 等九位委员): `at` without one. */
function countedEnd({ text, lex, isNumeral }: RoleInput, at: number): number {
  let k = at
  while (k < at + COUNT_MAX && isNumeral(text.charCodeAt(k))) k++
  return k > at ? lex.titleWords.counts.longestAt(text, k)?.end ?? at : at
}

/**
 * The body a title implies where none is written: 副区长 → <the 区>政府, written or resolved (甘井子区副区长); where the
 * page does not say which 区 (no place of its level written), as a relative body is written: 区政府, as the committees
 * stage names 区政协 (test/fixtures/dev-pages/README.md: the name stays as written, region null; persons' org follows).
 * The relative region only of a title that begins a word, or follows 、 or the text's start, or ends a place written
 * (自治区 of 广西壮族自治区副主席): not 区长 of 校区长, 园区长.
 */
function impliedBody(input: RoleInput, t: Title): string | null {
  if (!t.role.body) return null
  // A title of one national body (国务委员 → 国务院: data/roles.tsv, region national) names that body whole.
  if (t.role.region === NATIONAL_REGION) return t.role.body
  const place = input.near.placeEndingAt(t.start)
  const own = t.start === 0 || input.wordStarts[t.start] === 1 || input.text.charCodeAt(t.start - 1) === ENUMERATION_COMMA ||
    (t.role.region !== undefined && input.near.placeEndingAt(t.start + t.role.region.length) !== undefined)
  const rel = t.role.region && own ? input.relativeWords.longestAt(t.role.region, 0)?.values[0] : undefined
  const d = place?.division ?? (rel ? input.relative(t.start, rel) : null)
  return d ? d.name + t.role.body : rel ? rel.word + t.role.body : null
}

/**
 * For a title written alone that belongs to a kind of body (主委 → a democratic party): the nearest one before in the article.
 * Of several kinds (大会发言人: cppcc congress), the last named before the title, else the article's first of the first kind.
 */
function bodyOfKind({ near }: RoleInput, t: Title, pos: number): BodyMention | null {
  if (!t.role.of) return null
  const kinds = t.role.of.split(' ')
  return (kinds.length > 1 ? near.lastOfKinds(kinds, pos) : null) ?? near.bodyOfKind(kinds[0]!, pos)
}

/**
 * A 政协's own office written alone (主席, 秘书长: no special committee has one) after the text has named one of its
 * special committees is the 政协's: 贯彻落实俞正声主席…, on a page about 全国政协教科文卫体委员会 → 全国政协.
 */
function plenaryBody(input: RoleInput, t: Title, org: BodyMention): string | null {
  if (org.kind !== 'cppcc-special' || !input.lex.titleWords.plenaryOffices.has(t.role.role)) return null
  const at = org.name.indexOf(CPPCC)
  return at < 0 ? null : org.name.slice(0, at + CPPCC.length)
}
