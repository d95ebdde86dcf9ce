import { CppccNlpError } from '../errors.js'
import { reversedKey, Trie } from '../lexicon/trie.js'
import { triesByRole } from '../lexicon/by-role.js'
import { dataFiles, type TsvRow } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import { CommitteeKindSchema, type CommitteeKind } from '../schema/result.js'
import { isHan, UnitSet } from '../text/chars.js'

/** A body written after a region (政协, 委, 发改委, 工商联): data/bodies.tsv. */
export type Organ = {
  form: string; kind: CommitteeKind; id: string; short: boolean
  /** The place written before it stays as written: part of its own name (汉中军分区). */
  asWritten: boolean
  /** A body only after a place written before it, kept as written (掇刀 + 分局: some bureau's branch in that county); after a relative word it names none (区分局). */
  placed?: boolean
  /** A party department written without 委 that is a body only where the page writes its region's party committee (县社工部). */
  withCommittee?: boolean
  /** A body only with its region written right before it, in full or as a relative word (县医院, 上杭县医院): none written
   * bare, as an item of a list, or after a place written short (朝阳医院, 中山医院 are hospitals' own names). */
  adjoined?: boolean
  /** A body only of a township (办事处: data/bodies.tsv short t); after a relative word only where that word stands alone
   * (，街道办事处; 到街道办事处), not as the end of a name the page does not resolve (城北庄街道办事处: the name's own head). */
  township?: boolean
  /** A party committee written 党委 that, of a county or a prefecture, is that region's 委 (县党委 ≡ 县委: data/bodies.tsv short u),
   * except of a region whose name ends in one of these, which keeps its 党委 (自治州, 自治县, 自治旗: data/own-party-committee-regions.txt). */
  keepsPartyCommitteeIn?: readonly string[]
}
/** A part written after an organ (统战部 after 委, 文史委 after 政协): data/body-parts.tsv. */
export type Part = { form: string; after: string; kind: CommitteeKind; id: string }
/** A word before a region (民进, 中共, 团) and the organs that end its bodies: data/body-prefixes.tsv. */
export type Prefix = {
  form: string; party: string; kind: CommitteeKind; keep: boolean; organs: Trie<string>; national: Trie<string>
  /** The region stays as written: it is part of an agency's or a company's own name (国网南昌供电公司). */
  asWritten: boolean
  /** A short form that names its party only on a page that writes `full`, and is then named by it (社 → 九三学社). */
  full: string | null
}
/** A body written whole, with no region before it (全国政协, 教育部, 全国妇联): data/national-bodies.tsv. */
export type Named = {
  form: string; kind: CommitteeKind; id: string; short: boolean
  /** An institution with no region (中国科学院): short i in data/national-bodies.tsv. */
  regionless?: boolean
}
/** What may come before a head word (data/body-heads.tsv, column phrase): the one list the type and the loader read. */
const PHRASES = ['any', 'local', 'placed', 'region', 'zone', 'proper', 'named', 'school', 'firm', 'coded', 'held'] as const
/** A word that ends a body named by the phrase before it (大学, 村委会): data/body-heads.tsv. */
export type Head = {
  word: string; kind: CommitteeKind; phrase: (typeof PHRASES)[number]; whole: boolean
  /** A body only where a title follows the head (博物馆馆长); a venue elsewhere (参观了X博物馆). */
  titled: boolean
  /** The local word a local body's head begins with (街道 of 街道办: 城南 + 街道办 is the office of 城南街道), or ''. */
  lead: string
}
/** A word by which a report names a body again before a title (我校, 该局): the ends of that body's name and its kind. */
export type SelfWord = { ends: readonly string[]; kind: string }
/** Bodies written bare that are the article's own region's (data/home-bodies.tsv); notBefore keys reversed. */
export type HomeBodies = { forms: Trie<true>; notAfter: Trie<true>; notBefore: Trie<true> }
const isPhrase = (p: string): p is Head['phrase'] => (PHRASES as readonly string[]).includes(p)

export type BodyLexicon = {
  organs: Trie<Organ>
  parts: Trie<Part>
  prefixes: Trie<Prefix>
  /** The democratic parties' names (民建, 九三学社), as data/body-prefixes.tsv writes them in its party column. */
  partyNames: ReadonlySet<string>
  named: Trie<Named>
  heads: Trie<Head>
  /** The last unit of every head word: a word ending in another unit ends in no head. */
  headEnds: UnitSet
  /** Words for a member of a body written right after it (代表 of 全国人大代表): data/member-words.txt. */
  members: Trie<true>
  /** Words for an inner organ of a body glued to its name by the segmenter (政治局 of 中共中央政治局): data/body-inner-organs.txt. */
  innerOrgans: Trie<true>
  /** Words for a sector of a CPPCC committee written after a party (界别 of 农工党界别): data/sector-words.txt. */
  sectors: Trie<true>
  /** Words after a democratic party's bare name that make it its members or work in a region (党员, 组织): data/party-collective-words.txt. */
  collectives: Trie<boolean>
  /** Words that begin with 委 and are no committee (委员, 委托): data/not-committees.txt. */
  notCommittees: Trie<true>
  /** Words that begin with the last unit of any organ or part and end no body (部门 of 县统战部门): data/generic-body-ends.txt. */
  genericEnds: Trie<boolean>
  /** A newspaper named after the organ's last unit (协报 of 重庆政协报) and the words after which it ends there (报道 of
   * 政协报报道): data/newspaper-words.tsv. */
  newspapers: { names: Trie<true>; after: Trie<true> }
  /** Ordinary words that end a short association form where the segmenter joins them to it (协拍, 联合): data/association-run-ons.txt. */
  runOns: Trie<true>
  /** Counts of listed places with their level (四市, 两县, 三区县): data/place-count-words.txt. */
  placeCounts: Trie<true>
  /** Words for a website after a body's name (网 of 临澧政府网): data/site-words.txt. */
  siteWords: Trie<true>
  /** Words of a historic site after a body's name (旧址 of 中共宁都县委旧址): data/former-site-words.txt. */
  formerSites: Trie<true>
  /** Bodies written right after a party committee as one word (政府 of 镇党委政府): data/paired-bodies.txt. */
  pairedAfter: Trie<true>
  /** Words that end a special committee the lexicon does not list (专委会): data/special-committee-words.txt. */
  specialEnds: Trie<true>
  /** The same words as a list, shortest first (委, 专委会, 委员会, 专门委员会): the endings one committee's stem may take. */
  specialEndWords: readonly string[]
  /** Words that end a congress's committee the lexicon does not list (工作委员会, 工委): data/congress-committee-words.txt. */
  congressEnds: Trie<true>
  /** Words never within the stem of a special committee the lexicon does not list: data/not-special-committees.txt. */
  notSpecial: Trie<true>
  /** Words a special committee's stem may be made of alone (民族宗教 华侨 外事): data/special-committee-fields.txt. */
  specialFields: Trie<true>
  /** Members written after a relative party committee that make it a democratic party's (市委 + 委员): data/own-member-words.txt. */
  ownMembers: Trie<true>
  /** One-character verbs the segmenter glues to the name before them (率 of 李华率): data/glued-verbs.txt. */
  gluedVerbs: UnitSet
  /** Words right before a higher committee of a party that make it the agent over the lower one before it (被 of
   * …基层委被农工党杭州市委会评为), keyed reversed: data/higher-committee-agent-words.txt. */
  agentWords: Trie<true>
  /** Ids of special committees a street's liaison body is named as too (联络委): data/liaison-special-committees.txt. */
  liaisonSpecial: Trie<true>
  /** Words of a credit line naming the unit a report comes from (data/credit-source-words.tsv): the labels before its
   * colon (来源, 供稿), keyed reversed; the office words after a special committee (办, 工作处); and the verbs that close
   * the credit after it (data/credit-verbs.txt: 供稿). */
  creditLabels: Trie<true>
  creditOffices: Trie<true>
  creditVerbs: Trie<true>
  /** Ids of special committees whose names other bodies bear too (经济委): data/shared-special-committees.txt. */
  sharedSpecial: Trie<true>
  /** The section of a site's breadcrumb that gathers its special committees (专委会工作 /): data/special-committee-sections.txt, keyed reversed. */
  specialSections: Trie<true>
  /** Words beginning with a party committee's 委, and whether it stays the party's (委会议) or not (委会): data/committee-hui.tsv. */
  committeeWords: Trie<boolean>
  /**
   * What may stand before a relative region word that does not start a word of its own: 该市政协, and a
   * preposition or verb of motion the segmenter joins to it (到市/人民检察院): before-relative in data/function-words.tsv.
   */
  beforeRelative: UnitSet
  /** Relative words that name a body only where they resolve to a division the page writes (盟 of 盟委): data/written-level-words.txt. */
  writtenLevel: ReadonlySet<string>
  /** A party's short committee word that is also a league's party committee (盟委), the province of such leagues and the titles of theirs only: data/league-word-bodies.tsv. */
  leagueWords: ReadonlyMap<string, { province: string; titles: Trie<string> }>
  /** A preposition or conjunction the segmenter glues to a body's name in a word it does not know (及杏滨/x): glued-to-body in data/function-words.tsv. */
  gluedToBody: UnitSet
  /** The marks and words that join two titles of one person (、兼): joins in data/title-words.tsv. */
  titleJoins: UnitSet
  /** Words that end the name of a zone (高新区, 科技城): data/zone-words.txt. */
  zoneEnds: Trie<true>
  /** Zone words that name no one zone alone (园区 of 园区管委会, 片区): data/generic-zone-words.txt. */
  genericZones: ReadonlySet<string>
  /** Words tagged as time that name a kind of zone (现代 of 现代产业园, 未来 of 未来科技城): data/zone-era-words.txt. */
  zoneEraWords: ReadonlySet<string>
  /**
   * Words after a body that needs its region adjoined that make it the class (县医院 + 改革): data/adjoined-class-words.txt;
   * false for a word that does so only at a clause's end (加快县医院建设, not 县医院建设路: written with $ there).
   */
  adjoinedClass: Trie<boolean>
  /** Verbs of going to, visiting or greeting, no word of a body's name (参观, 走访, 到, 祝贺): data/visit-verbs.tsv (stops 1). */
  visitVerbs: ReadonlySet<string>
  /** Titles of a calling or learning, no post of the body before them (农委 + 专家): data/calling-titles.txt. */
  callingTitles: ReadonlySet<string>
  /** A faculty's head words and the words that end its university's name (学院 of 上海大学生命科学院): data/university-faculties.tsv, reversed. */
  faculties: Record<'faculty' | 'university' | 'short', Trie<true>>
  /** The academies and universities that hold institutes named only after them, and those heads: data/held-institutes.tsv (holders reversed). */
  held: Record<'academy' | 'university' | 'centre' | 'short' | 'hospital', Trie<true>>
  /** The ids of the organs a zone has of its own (党工委): data/zone-organs.txt. */
  zoneOrgans: ReadonlySet<string>
  /** One id for the forms of a democratic party's organ (基层委员会 ≡ 基层委, 总支委员会 ≡ 总支; not 总支部委员会, see the file's header): data/party-organ-ids.tsv. */
  partyOrganIds: ReadonlyMap<string, string>
  /** The level of each organ of a democratic party's body of a whole region (委 over 总支 over 支部; none for 第一支部): data/party-organ-levels.tsv. */
  partyOrganLevels: ReadonlyMap<string, number>
  /** Words between an institute and the hospital or school attached to it (附属): data/attached-institution-words.txt. */
  attachedWords: Trie<true>
  /** Words that end the name of a local place (村, 社区, 街道): data/local-places.txt. */
  localEnds: Trie<true>
  /** Words between a democratic party's committee and a unit under it (直属 of 民革金华市委会直属兰溪市支部, 省直 of 省直工委): data/party-unit-words.txt. */
  unitWords: Trie<true>
  /** The same words with keys reversed, read backwards from where a unit word ends (市直 of 民建阜阳市直一支部). */
  unitWordsBack: Trie<true>
  /** The sector a branch of a democratic party gathers (教育 of 民进三台县教育支部): data/party-sector-words.txt. */
  sectorWords: Trie<true>
  /** Short forms of institutions that end a party branch's host (师大 of 华东师大委员会, 医科院): data/party-host-heads.txt. */
  hostHeads: Trie<true>
  /** Words that make the phrase before a head generic (基层 of 上海市基层商会): data/generic-body-words.txt. */
  genericWords: Trie<true>
  /** Characters that end an office's name written as an item of a list of a region's departments (委, 办, 局): data/list-item-finals.txt. */
  listFinals: ReadonlySet<string>
  /** Words that make such an item no one office (各, 有关: 县直有关委办局): data/list-item-stops.txt. */
  listStops: readonly string[]
  /**
   * What a school named from a township's stem needs (town-schools.ts): the township suffixes of
   * data/division-suffixes.tsv, longest first, the words schools are named by everywhere (data/school-lead-words.txt), and the
   * words for a kind of institution that begin a word the segmenter knows whole (儿童 of 儿童医院: data/institution-kind-words.txt).
   */
  townSchools: { suffixes: readonly string[]; leads: ReadonlySet<string>; kinds: ReadonlySet<string> }
  /** Bodies that, written bare, are the article's own region's (工商联), and the words around that make them none: data/home-bodies.tsv. */
  homeBodies: HomeBodies
  /** Words that end a unit of a national ministry written after it (局 of 国台办交流局): data/national-unit-words.txt. */
  nationalUnits: Trie<true>
  /** Words that begin a national body's own name (中国 of 中国老龄事业发展基金会): data/national-name-prefixes.txt. */
  nationalPrefixes: Trie<true>
  /** Words that end a department of a national ministry after a stem of any words (司 of 教育部基础教育司): data/national-department-words.txt. */
  nationalDepartments: Trie<true>
  /** Words that end a department's stem: titles (data/roles.tsv: 发言人) and data/department-stem-stops.txt (会同). */
  departmentStops: ReadonlySet<string>
  /** Words that end the name of an enterprise (有限公司, 集团, 厂), keys reversed: data/enterprise-words.txt. */
  enterpriseEnds: Trie<true>
  /**
   * Words before a relative region word that make it name every region of a kind (设区 + 市政协), keys reversed,
   * and whether a numeral must come before (个 of 90个县政协): data/level-qualifiers.tsv.
   */
  levelWords: Trie<boolean>
  /** Relative words written glued before one shared organ (省市 of 省市政协委员), and the words before them that make them a level
   * of committees (部分), keys reversed, and the words after the organ that make it several acting together (联席 of 省市政协联席会议):
   * data/glued-level-lists.tsv. */
  gluedLevels: { chains: Trie<true>; notAfter: Trie<true>; notBefore: Trie<true> }
  /** Words by which an organisation's own report names itself (本党, 本社), keys reversed: data/own-party-words.txt. */
  ownWords: Trie<true>
  /** Words by which a report names again an institution it has named (我校, 学院), with the ends of the names they may mean: data/self-institution-words.tsv. */
  selfInstitutions: Trie<SelfWord>
  /** Titles only a democratic party's committee gives (主委, 副主委): the roles of data/roles.tsv whose body is one. */
  partyTitles: ReadonlySet<string>
  /** The Communist Party's titles (书记, 党工委副书记: roles.tsv kind party). */
  cpcTitles: ReadonlySet<string>
  /** Words written before a title that belong to it (专职 of 专职副主委): data/role-modifiers.tsv. */
  titleModifiers: Trie<true>
  /** Words of former office written between a 政协 and its special committee (原 of 市政协原学习文史委主任): data/role-modifiers.tsv, former. */
  formerWords: Trie<true>
  /**
   * A government's office stationed elsewhere (驻 + 上海 + 办事处), a bureau's branch (桐城 + 分局) and a national
   * association's chapter in a province (西藏 + 分会) and a procuratorate's or a court's branch (济源 + 分院, 第一 + 分院):
   * data/station-words.tsv, the word before the place, the office words, the branch words, the chapter words and the
   * bench words.
   */
  stations: { before: Trie<true>; offices: Trie<true>; branches: Trie<true>; chapters: Trie<true>; benches: Trie<true> }
  /** A CPPCC's working committees in a township (工委, 工作委员会) and the words that make them generic (各, keys reversed): data/township-cppcc-bodies.tsv. */
  township: { bodies: Trie<true>; generic: Trie<true> }
  /** Words that end in a head word and name no body (大局, 当局), keys reversed: data/not-body-heads.txt. */
  notHeads: Trie<true>
  /** End of the longest organ at `at` that can end there (委 is no body in 委员) and needs no region adjoined nor is a township's only (办事处: an office before a title, 办事处主任), or -1. */
  organEndAt(text: string, at: number): number
  /** End of the prefix written at `at` before a body's region (中共, 民建, 九三学社), or -1. */
  prefixEndAt(text: string, at: number): number
}

const DEMOCRATIC_PARTY: CommitteeKind = 'democratic-party'
const GOVERNMENT_KIND: CommitteeKind = 'government'
const CPC_KIND: CommitteeKind = 'party'

const kindOf = (row: TsvRow, cell: string | undefined): CommitteeKind => {
  const k = CommitteeKindSchema.safeParse(cell)
  if (!k.success) throw new CppccNlpError('E_DATA', `invalid entry in ${row.where}: kind ${cell} is not one of ${CommitteeKindSchema.options.join(', ')}`)
  return k.data
}

/**
 * Whether the organ `o` may end at `end`: not where its last unit begins another word (委 of 委员, 委托;
 * 办 of 县委办公楼, 办理: data/not-committees.txt), unless the organ is a commission named by more units
 * than one organ and its last unit (住建委 + 派人, 发改委 + 派员; but 市委 + 派, 县委办 + 公楼, 政府办 + 理)
 * and no member word begins there (政法委员 is a title, 城管委员会 no 城管委).
 */
export const organEnds = (lex: Pick<BodyLexicon, 'notCommittees' | 'genericEnds' | 'newspapers' | 'organs' | 'members'>, text: string) => (end: number, o: Organ) =>
  !genericEndAt(lex, text, end) && (lex.notCommittees.longestAt(text, end - 1) === undefined
  || o.form.length > 2 && !lex.organs.matchesAt(o.form, 0).some(([e]) => e === o.form.length - 1) && lex.members.longestAt(text, end - 1) === undefined)

/**
 * Whether a body ending at `end` is cut out of a generic word (data/generic-body-ends.txt): one beginning at its last
 * unit (统战部 + 门), or at the unit before it and going beyond (人民代表 + 大会制度), unless a longer word of
 * data/not-generic-body-ends.txt begins there (组织部 + 门口).
 */
export const genericEndAt = (lex: Pick<BodyLexicon, 'genericEnds' | 'newspapers'>, text: string, end: number): boolean => {
  const last = lex.genericEnds.longestAt(text, end - 1)
  if (last) return last.values[0]!
  const before = end >= 2 ? lex.genericEnds.longestAt(text, end - 2) : undefined
  return (before !== undefined && before.end > end && before.values[0]!) || newspaperAt(lex, text, end)
}

/**
 * Whether a body ending at `end` is cut out of its newspaper's name (重庆政协 + 报 of 重庆政协报): a name of
 * data/newspaper-words.tsv begins at its last unit and the word ends with it, at the end of the text, before a
 * character that is not Han, or before a word of role `after` (报道); before any other word (报送, 报党组) it is none.
 */
const newspaperAt = (lex: Pick<BodyLexicon, 'newspapers'>, text: string, end: number): boolean => {
  const name = lex.newspapers.names.longestAt(text, end - 1)
  if (!name) return false
  const e = name.end
  return e >= text.length || !isHan(text.charCodeAt(e)) || lex.newspapers.after.longestAt(text, e) !== undefined
}

/**
 * Whether the 委 ending at `end` is 委会, the committee of a democratic party (省委会调研部 of the party
 * named before), not the party committee 委 (市委会议, 市委会同): data/committee-hui.tsv.
 */
export const partyCommitteeOfParty = (lex: Pick<BodyLexicon, 'committeeWords'>, text: string, end: number): boolean =>
  lex.committeeWords.longestAt(text, end - 1)?.values[0] === false

/** The local word a head begins with (街道 of 街道办), or '': `localEnds` holds the words reversed (data/local-places.txt). */
function localLead(localEnds: Trie<true>, word: string): string {
  for (let e = word.length - 1; e > 0; e--) if (localEnds.longestEndingAt(word, e)?.start === 0) return word.slice(0, e)
  return ''
}

// Where a row of data/bodies.tsv takes an ordinal (第#小学), and the highest it takes.
const ORDINAL_SLOT = '#'
// A bureau or office read bare is of 3 characters or more: not 台办, 侨办, which name a party office too.
const BUREAU_MIN = 3
const ORDINAL_MAX = 99
// A word of data/adjoined-class-words.txt written with $ after it: a class word only at a clause's end.
const CLAUSE_END_ONLY = /\$$/

/** The Chinese ordinals one to ORDINAL_MAX (一, 十一, 二十三), in the plain digits and ten of data/numerals.tsv. */
function chineseOrdinals(): string[] {
  const digits: string[] = []
  let ten = ''
  for (const r of dataFiles.tsv('numerals.tsv', 3)) {
    const [char = '', kind, value, formal] = r.cells
    if (formal === '1') continue
    const v = Number(value)
    // The first plain form of each digit (二, not 两, which counts and numbers nothing).
    if (kind === 'digit' && v > 0 && digits[v] === undefined) digits[v] = char
    if (kind === 'unit' && v === 10) ten = char
  }
  const out: string[] = []
  for (let n = 1; n <= ORDINAL_MAX; n++) {
    const [tens, ones] = [Math.floor(n / 10), n % 10]
    out.push((tens > 1 ? digits[tens]! : '') + (tens > 0 ? ten : '') + (ones ? digits[ones]! : ''))
  }
  return out
}

/** data/bodies.tsv, body-parts.tsv, body-prefixes.tsv, national-bodies.tsv, body-heads.tsv and the user's bodies. */
// The level of a township's rows in data/division-suffixes.tsv.
const TOWNSHIP_LEVEL = 'township'

export function loadBodyLexicon(ext: Extension): BodyLexicon {
  const organs = new Trie<Organ>()
  const ordinals = chineseOrdinals()
  const governmentForms: string[] = []
  const ownPartyCommittees = dataFiles.list('own-party-committee-regions.txt')
  for (const r of dataFiles.tsv('bodies.tsv', 2)) {
    const [written = '', kind, writtenId, short] = r.cells
    // A row with # stands for one row per ordinal (第#小学: 第一小学 … 第九十九小学).
    for (const n of written.includes(ORDINAL_SLOT) ? ordinals : ['']) {
      const form = written.replace(ORDINAL_SLOT, n)
      organs.add(form, { form, kind: kindOf(r, kind), id: (writtenId || written).replace(ORDINAL_SLOT, n), short: short === '1' || short === 'c', asWritten: short === 'w' || short === 'b' || short === 'r', withCommittee: short === 'c', ...(short === 'b' ? { placed: true } : {}), ...(short === 'r' ? { adjoined: true } : {}), ...(short === 't' ? { township: true } : {}), ...(short === 'u' ? { keepsPartyCommitteeIn: ownPartyCommittees } : {}) })
    }
    if (kind === GOVERNMENT_KIND && short !== 'w' && short !== 'b' && !written.includes(ORDINAL_SLOT)) governmentForms.push(written)
  }
  const parts = new Trie<Part>()
  for (const r of dataFiles.tsv('body-parts.tsv', 3)) {
    const [form = '', after = '', kind, id] = r.cells
    parts.add(form, { form, after, kind: kindOf(r, kind), id: id || form })
  }
  const prefixes = new Trie<Prefix>()
  const partyNames = new Set<string>()
  for (const r of dataFiles.tsv('body-prefixes.tsv', 5)) {
    const [form = '', party = '', kind, keep, organWords = '', national = '', full = ''] = r.cells
    const words = (s: string) => { const t = new Trie<string>(); for (const w of s.split(' ').filter(Boolean)) t.add(w, w); return t }
    const k = kindOf(r, kind)
    prefixes.add(form, { form, party, kind: k, keep: keep === '1' || keep === 'w', asWritten: keep === 'w', organs: words(organWords), national: words(national), full: full || null })
    if (k === 'democratic-party') partyNames.add(party)
  }
  const named = new Trie<Named>()
  for (const r of dataFiles.tsv('national-bodies.tsv', 2)) {
    const [form = '', kind, id, short] = r.cells
    named.add(form, { form, kind: kindOf(r, kind), id: id || form, short: short === '1', ...(short === 'i' ? { regionless: true } : {}) })
  }
  // The user's bodies are found after a region (市大数据局) and written whole.
  for (const b of ext.bodies) {
    organs.add(b.name, { form: b.name, kind: b.kind, id: b.name, short: false, asWritten: false })
    named.add(b.name, { form: b.name, kind: b.kind, id: b.name, short: false })
  }
  // The words of a file (true), those written with $ after them counting only at a clause's end (false).
  const clauseEndWords = (file: string) => {
    const t = new Trie<boolean>()
    for (const w of dataFiles.list(file)) t.add(w.replace(CLAUSE_END_ONLY, ''), !CLAUSE_END_ONLY.test(w))
    return t
  }
  const words = (file: string, reversed = false) => {
    const t = new Trie<true>()
    for (const w of dataFiles.list(file)) t.add(reversed ? reversedKey(w) : w, true)
    return t
  }
  // data/role-modifiers.tsv: all its words, or those of one kind (former: 原, 前).
  const modifiers = (keep: (kind: string) => boolean) => {
    const t = new Trie<true>()
    for (const { cells } of dataFiles.tsv('role-modifiers.tsv', 2)) if (keep(cells[1]!)) t.add(cells[0]!, true)
    return t
  }
  const localEnds = words('local-places.txt', true)
  const heads = new Trie<Head>()
  const headEnds = new UnitSet()
  for (const r of dataFiles.tsv('body-heads.tsv', 4)) {
    const [word = '', kind, phrase = '', whole, titled] = r.cells
    if (!isPhrase(phrase)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: phrase must be ${PHRASES.slice(0, -1).join(', ')} or ${PHRASES.at(-1)}`)
    heads.add(word, { word, kind: kindOf(r, kind), phrase, whole: whole === '1', titled: titled === '1', lead: phrase === 'local' ? localLead(localEnds, word) : '' })
    headEnds.add(word.charCodeAt(word.length - 1))
  }
  const notCommittees = words('not-committees.txt')
  const creditWords = () => {
    const creditLabels = new Trie<true>()
    const creditOffices = new Trie<true>()
    for (const r of dataFiles.tsv('credit-source-words.tsv', 2)) {
      const [word = '', kind] = r.cells
      if (kind === 'label') creditLabels.add(reversedKey(word), true)
      else if (kind === 'office') creditOffices.add(word, true)
      else throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: kind must be label or office, got ${kind}`)
    }
    return { creditLabels, creditOffices }
  }
  // The words of a file (true) and the longer words of its exceptions that begin like them but are none (false).
  const wordsExcept = (file: string, exceptions: string) => {
    const t = new Trie<boolean>()
    for (const w of dataFiles.list(file)) t.add(w, true)
    for (const w of dataFiles.list(exceptions)) t.add(w, false)
    return t
  }
  const collectives = wordsExcept('party-collective-words.txt', 'not-party-collective-words.txt')
  const genericEnds = wordsExcept('generic-body-ends.txt', 'not-generic-body-ends.txt')
  const np = triesByRole('newspaper-words.tsv', ['name', 'after'] as const)
  const newspapers = { names: np.name, after: np.after }
  const members = words('member-words.txt')
  const innerOrgans = words('body-inner-organs.txt')
  const st = triesByRole('station-words.tsv', ['before', 'office', 'branch', 'chapter', 'bench'] as const)
  const stations = { before: st.before, offices: st.office, branches: st.branch, chapters: st.chapter, benches: st.bench }
  const tw = triesByRole('township-cppcc-bodies.tsv', ['body', 'generic'] as const, ['generic'])
  const township = { bodies: tw.body, generic: tw.generic }
  const committeeWords = new Trie<boolean>()
  for (const r of dataFiles.tsv('committee-hui.tsv', 2)) committeeWords.add(r.cells[0] ?? '', r.cells[1] === '1')
  const levelWords = new Trie<boolean>()
  for (const r of dataFiles.tsv('level-qualifiers.tsv', 2)) levelWords.add(reversedKey(r.cells[0] ?? ''), r.cells[1] === '1')
  const gl = triesByRole('glued-level-lists.tsv', ['chain', 'not-after', 'not-before'] as const, ['not-after'])
  const gluedLevels = { chains: gl.chain, notAfter: gl['not-after'], notBefore: gl['not-before'] }
  const roles = dataFiles.tsv('roles.tsv', 3)
  const partyTitles = new Set(roles.filter((r) => r.cells[6] === DEMOCRATIC_PARTY).map((r) => r.cells[0]!))
  const cpcTitles = new Set(roles.filter((r) => r.cells[2] === CPC_KIND).map((r) => r.cells[0]!))
  const functionWords = dataFiles.tsv('function-words.tsv', 2)
  const beforeRelative = UnitSet.of(functionWords.filter((r) => r.cells[1] === 'before-relative').map((r) => r.cells[0]!))
  const gluedToBody = UnitSet.of(functionWords.filter((r) => r.cells[1] === 'glued-to-body').map((r) => r.cells[0]!))
  const titleJoins = UnitSet.of(dataFiles.tsv('title-words.tsv', 2).filter((r) => r.cells[1] === 'joins').map((r) => r.cells[0]!))
  const hb = triesByRole('home-bodies.tsv', ['body', 'ending', 'not-after', 'not-before'] as const, ['ending', 'not-before'])
  // With them, the bureaus and offices of data/bodies.tsv: a government's form of BUREAU_MIN units or more that ends in
  // a word of role ending (局, 办, 办公室), but those of data/not-home-bodies.txt (header of data/home-bodies.tsv).
  const never = new Set(dataFiles.list('not-home-bodies.txt'))
  for (const o of governmentForms) if (o.length >= BUREAU_MIN && !never.has(o) && hb.ending.longestEndingAt(o, o.length)?.start !== undefined) hb.body.add(o, true)
  const homeBodies: HomeBodies = { forms: hb.body, notAfter: hb['not-after'], notBefore: hb['not-before'] }
  return {
    homeBodies,
    organs,
    parts,
    prefixes,
    partyNames,
    named,
    heads,
    headEnds,
    members,
    innerOrgans,
    runOns: words('association-run-ons.txt'),
    placeCounts: words('place-count-words.txt'),
    sectors: words('sector-words.txt'),
    collectives,
    notCommittees,
    siteWords: words('site-words.txt'),
    formerSites: words('former-site-words.txt'),
    pairedAfter: words('paired-bodies.txt'),
    notSpecial: words('not-special-committees.txt'),
    genericEnds,
    newspapers,
    sharedSpecial: words('shared-special-committees.txt'),
    specialSections: words('special-committee-sections.txt', true),
    specialEnds: words('special-committee-words.txt'),
    specialEndWords: [...dataFiles.list('special-committee-words.txt')].sort((a, b) => a.length - b.length),
    congressEnds: words('congress-committee-words.txt'),
    specialFields: words('special-committee-fields.txt'),
    ownMembers: words('own-member-words.txt'),
    writtenLevel: new Set(dataFiles.list('written-level-words.txt')),
    leagueWords: new Map(dataFiles.tsv('league-word-bodies.tsv', 3).map(({ cells: [form = '', province = '', titles = ''] }) => {
      const t = new Trie<string>()
      for (const w of titles.split(' ').filter(Boolean)) t.add(w, w)
      return [form, { province, titles: t }]
    })),
    gluedVerbs: UnitSet.of(dataFiles.list('glued-verbs.txt')),
    agentWords: words('higher-committee-agent-words.txt', true),
    liaisonSpecial: words('liaison-special-committees.txt'),
    ...creditWords(),
    creditVerbs: words('credit-verbs.txt'),
    committeeWords,
    localEnds,
    genericWords: words('generic-body-words.txt', true),
    listFinals: new Set(dataFiles.list('list-item-finals.txt')),
    listStops: [...dataFiles.list('list-item-stops.txt')],
    nationalUnits: words('national-unit-words.txt'),
    nationalDepartments: words('national-department-words.txt'),
    nationalPrefixes: words('national-name-prefixes.txt'),
    departmentStops: new Set([...roles.map((r) => r.cells[0]!), ...dataFiles.list('department-stem-stops.txt')]),
    enterpriseEnds: words('enterprise-words.txt', true),
    partyTitles,
    cpcTitles,
    titleModifiers: modifiers(() => true),
    formerWords: modifiers((kind) => kind === 'former'),
    ownWords: words('own-party-words.txt', true),
    selfInstitutions: selfInstitutionWords(),
    levelWords,
    gluedLevels,
    notHeads: words('not-body-heads.txt', true),
    unitWords: words('party-unit-words.txt'),
    unitWordsBack: words('party-unit-words.txt', true),
    sectorWords: words('party-sector-words.txt'),
    hostHeads: words('party-host-heads.txt'),
    zoneEnds: words('zone-words.txt', true),
    genericZones: new Set(dataFiles.list('generic-zone-words.txt')),
    zoneEraWords: new Set(dataFiles.list('zone-era-words.txt')),
    adjoinedClass: clauseEndWords('adjoined-class-words.txt'),
    callingTitles: new Set(dataFiles.list('calling-titles.txt')),
    visitVerbs: new Set(dataFiles.tsv('visit-verbs.tsv', 3).filter((r) => r.cells[1] === '1').map((r) => r.cells[0]!)),
    faculties: triesByRole('university-faculties.tsv', ['faculty', 'university', 'short'] as const, ['faculty', 'university', 'short']),
    held: triesByRole('held-institutes.tsv', ['academy', 'university', 'centre', 'short', 'hospital'] as const, ['academy', 'university']),
    zoneOrgans: new Set(dataFiles.list('zone-organs.txt')),
    partyOrganIds: new Map(dataFiles.tsv('party-organ-ids.tsv', 2).map((r) => [r.cells[0]!, r.cells[1]!] as const)),
    partyOrganLevels: new Map(dataFiles.tsv('party-organ-levels.tsv', 2).map((r) => [r.cells[0]!, Number(r.cells[1])] as const)),
    attachedWords: words('attached-institution-words.txt'),
    beforeRelative,
    gluedToBody,
    titleJoins,
    stations,
    township,
    townSchools: {
      suffixes: dataFiles.tsv('division-suffixes.tsv', 3).filter((r) => r.cells[2]!.split(' ').includes(TOWNSHIP_LEVEL)).map((r) => r.cells[0]!).sort((a, b) => b.length - a.length),
      leads: new Set(dataFiles.list('school-lead-words.txt')),
      kinds: new Set(dataFiles.list('institution-kind-words.txt')),
    },
    // An organ that needs its region adjoined (医院 of 县医院) is no evidence of a place before it: 中山医院, 朝阳医院 are names.
    organEndAt: (text, at) => { const m = longest(organs, text, at, organEnds({ notCommittees, genericEnds, newspapers, organs, members }, text)); return m && !m.value.adjoined && !m.value.township ? m.end : -1 },
    // A short prefix (社) is no prefix a place may follow inside one word: 社会同 is no 会同县.
    prefixEndAt: (text, at) => { const p = prefixes.longestAt(text, at); return p && !p.values[0]!.full ? p.end : -1 },
  }
}

/** The longest entry of `trie` starting at `at` (that `ok` accepts). */
export function longest<V>(trie: Trie<V>, text: string, at: number, ok?: (end: number, v: V) => boolean): { end: number; value: V } | null {
  if (!ok) {
    const m = trie.longestAt(text, at)
    return m ? { end: m.end, value: m.values[0]! } : null
  }
  const ms = trie.matchesAt(text, at)
  for (let k = ms.length - 1; k >= 0; k--) {
    const [end, vs] = ms[k]!
    for (const v of vs) if (ok(end, v)) return { end, value: v }
  }
  return null
}

/** data/self-institution-words.tsv: each word with the ends of the institutions' names it may mean. */
function selfInstitutionWords(): Trie<SelfWord> {
  const t = new Trie<SelfWord>()
  for (const r of dataFiles.tsv('self-institution-words.tsv', 3)) t.add(r.cells[0]!, { ends: r.cells[1]!.split(' '), kind: r.cells[2]! })
  return t
}
