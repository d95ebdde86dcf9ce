import { CppccNlpError } from '../errors.js'
import { reversedKey, Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import { isHan, isHanPoint, isLowSurrogate, UnitSet } from '../text/chars.js'
import { CLOSING_MARKS, HAN_SMALL, ORDINAL, TERM_SOURCE } from '../text/grammar.js'
import { nameCharScores } from './name-chars.js'

// Marks that close a quoted or bracketed word: what follows them still speaks of the word.
const CLOSING_MARK = UnitSet.of([CLOSING_MARKS])

/** A title (data/roles.tsv): CPPCC membership, kind, how it is reported, and the body it implies (区长 → 区's 政府). */
export type Role = { role: string; cppcc: boolean; kind: string; as: string; body: string; region: string; of: string }
export type PersonLexicon = {
  /** The first UTF-16 units of surnames. */
  surnameStart: UnitSet
  /** Titles that are also common given names (冠军 of 杨冠军): data/title-given-names.txt. */
  givenNameTitles: Set<string>
  /** The first UTF-16 units of Japanese family names. */
  japaneseStart: UnitSet
  /** Log prior of the surname (0 for the most common, negative for rare ones) of `length` (1 or 2) units at `at`, or undefined. */
  surnamePriorAt(text: string, at: number, length: number): number | undefined
  /** Per UTF-16 unit: log ratio of a character's use in given names over its use in other words. */
  given: Float32Array
  /** Per UTF-16 unit: log ratio of a character's use in transliterated names (克林顿) over its use in other words. */
  foreign: Float32Array
  /** Per UTF-16 unit: log ratio of a character ending proper nouns (吉隆坡, 尤伯杯) over its ending given names. */
  properEnd: Float32Array
  /** Chinese names of countries, world cities and foreign brands (data/countries.txt, former-countries.txt, world-cities.txt, foreign-brands.txt): transliterated, but no persons. */
  foreignPlaces: Set<string>
  /** Whether text[s, e) is one of `foreignPlaces` (a first-character table rejects most at once). */
  isForeignPlace(text: string, s: number, e: number): boolean
  roles: Map<string, Role>
  /** The role word starting at `at`, longest first. */
  roleAt(text: string, at: number): string | undefined
  /** The role word starting at `at` after a name-like word: roleAt, unless a word that is no title begins there (廉政|委员会主席). */
  roleAfterNameAt(text: string, at: number): string | undefined
  /** The role word ending at `at`, longest first. */
  roleEndingAt(text: string, at: number): string | undefined
  /** Whether `word` is a newsroom credit (data/roles.tsv kind press: 记者, 摄影, 供稿). */
  isCredit(word: string): boolean
  /** Whether `name` ends in a website's word after two characters or more (中宏网, 荆楚新闻网: data/site-words.txt). */
  endsInSite(name: string): boolean
  /**
   * A one-character credit ending at `at` that a credit mark joins to what follows (文 of 文/张菡, 图/李彬, 文/摄影:
   * data/mark-credits.txt), not written after a Han character other than a mark's: its role, else undefined.
   */
  markCreditEndingAt(text: string, at: number): Role | undefined
  /** A modifier of a title ending at `at` (常务 of 常务副主席, 执行, 代): data/role-modifiers.tsv. */
  modifierEndingAt(text: string, at: number): string | undefined
  /** Modifiers that make a title one of a session (执行 of 执行主席): data/role-modifiers.tsv, session. */
  sessionModifiers: ReadonlySet<string>
  /** A modifier of a title starting at `at` (代 of 车俊代省长). */
  modifierAt(text: string, at: number): string | undefined
  verbAt(text: string, at: number): string | undefined
  /** A verb of attending or leading starting at `at` (出席, 主持, 带队): data/presence-verbs.txt. */
  presenceAt(text: string, at: number): string | undefined
  /** A word ending at `at` that says a person's name follows without being a title (女儿, 男友). */
  cueEndingAt(text: string, at: number): string | undefined
  /** Characters that end names of places, works and groups, not given names (庙, 村, 杯): data/name-final-nouns.txt. */
  finalNoun: UnitSet
  /** Japanese family names (桥本, 谷口) starting at `at`, as end offsets. */
  japaneseSurnamesAt(text: string, at: number): number[]
  /** Japanese given names of two or more characters (龙太郎) starting at `at`, as end offsets. */
  japaneseGivenAt(text: string, at: number): number[]
  /** The end of the longest part of a minority name (data/minority-name-parts.txt: 扎西, 买买提) at `at`, or undefined. */
  minorityPartAt(text: string, at: number): number | undefined
  /** A word starting at `at`, or after a closing quote or bracket there, that makes the name-like word before it a place or organisation (欧佩克组织, “卡西尼”号). */
  notPersonAt(text: string, at: number): string | undefined
  /** A word starting at `at` that makes a familiar address before it (老白) a studio's or shop's name (老白工作室): data/nickname-brand-words.txt. */
  nicknameBrandAt(text: string, at: number): string | undefined
  /** A word of the government a leader heads starting at `at` (政府 of 克林顿政府): data/leader-government-words.txt. */
  leaderGovernmentAt(text: string, at: number): string | undefined
  /** A word ending at `at` that makes the name-like word after it a place (首都阿布贾, 旅游胜地帕塔亚). */
  notPersonEndingAt(text: string, at: number): string | undefined
  /** A foreign country or city ending at `at`, optionally followed by 的 (比利时的, 美国): where a transliterated name is from. */
  foreignPlaceEndingAt(text: string, at: number): string | undefined
  /** A word starting at `at` that says the name before it was a person's (等人, 一行). */
  cueAt(text: string, at: number): string | undefined
  /** A doctrine word (思想, 理论, 主义) starting or ending at `at`: data/doctrine-words.txt. */
  doctrineAt(text: string, at: number): string | undefined
  doctrineEndingAt(text: string, at: number): string | undefined
  /** A form of address or title that can follow a bare surname (陈老师, 郑某, 吕老, 汤局长), starting at `at`. */
  titleAt(text: string, at: number): string | undefined
  /** Words that are never person names (data/not-persons.txt, extend.notPersons), for blocking. */
  notPersons: Trie<true>
  /** Verbs of holding an office (曾任, 现任: data/office-verbs.txt), never a name right before a title. */
  officeVerbs: Trie<true>
  /** Function characters by what they tell around a name (data/function-words.tsv). */
  functionChars: Record<'subject-after' | 'linking' | 'object-before' | 'before-surname' | 'name-stop' | 'glued-before' | 'glued-after' | 'versus' | 'credit-mark' | 'address-before' | 'family' | 'before-presence' | 'after-name' | 'glued-agent' | 'counter' | 'numeral' | 'demonstrative' | 'list-preposition', UnitSet>
  /**
   * The grammar of titles (data/title-words.tsv): joins (、兼), elects (当选为), appoints (任命, read backwards), announces (的有,
   * read backwards), department-end, ward-end (区 of 妇科三区 after a numeral), body-end (read backwards), party-title, others (等 of 杨洪明等委员), leaders (领导 of
   * 市公安局领导A, read backwards), asides (分管日常工作的 between a body and its title, read backwards), sessions (大会 of 大会秘书长, read backwards), meetings (次会议 of 第一次会议), capacities (作为), candidacies (候选人 of 副主席候选人, read backwards), dotted-ends (当选 closes a dotted name); not-title
   * words (主席台, 委员会) hide the title they begin with from roleAt.
   */
  titleWords: { asides: Trie<string>; joins: string; elects: Trie<string>; copulas: Trie<string>; appoints: Trie<string>; announces: Trie<string>; departmentEnd: string; wardEnds: string; institutionInitials: string; bodyEnd: Trie<string>; partyCommissions: Trie<string>; notPartyCommissions: Trie<string>; partyTitles: ReadonlySet<string>; others: Trie<string>; counts: Trie<string>; ands: ReadonlySet<string>; singles: ReadonlySet<string>; leaders: Trie<string>; sessions: Trie<string>; meetings: Trie<string>; plenaryOffices: ReadonlySet<string>; capacities: Trie<string>; candidacies: Trie<string>; callings: Trie<string>; praises: Trie<string>; sectors: Trie<string>; groupEnds: string; liaisonGroups: Trie<string>; taskGroups: Trie<string>; associations: Trie<string>; dottedEnds: Trie<string>; terms: Trie<string>; dismisses: Trie<string>; leaves: Trie<string>; leaveReasons: Trie<string>; posts: Trie<string>; postOf: Trie<string> }
  /** What members bring, written as a noun after their title (智慧 of 汇聚委员智慧): data/member-qualities.txt. */
  qualities: Trie<string>
  /**
   * A verb of election and the title it gives the name before `at` (孟凡明|为主任委员, 占华|当选为支部主委): the
   * title word and where it starts, with a body the lexicon need not know in between (支部, at most four characters).
   */
  electedAt(text: string, at: number): { role: string; start: number } | undefined
  /** A word that closes a credit (摄 of 记者李明摄, 采写, 电): data/credit-verbs.txt. */
  creditVerbAt(text: string, at: number): string | undefined
  /** A verb of appointment ending at `at` that names the person it appoints (任命, 选举, 增补): title-words.tsv, appoints. */
  appointsEndingAt(text: string, at: number): string | undefined
  /** Whether a name-like word [s, e) is framed as the one compared with (像周瑜那样): data/likeness-words.tsv. */
  likenessAround(text: string, s: number, e: number): boolean
  /** The person's part (its end) of a word named after a person starting at `at` (汤 of 汤杯): data/eponyms.tsv. */
  eponymAt(text: string, at: number): number | undefined
  /** Groups that speak (委员们) and adverbs between a person and a verb of speech or presence (纷纷, 还, 分别): collective-speakers.txt, speech-adverbs.txt. */
  collective: readonly string[]
  /** Where the adverbs starting at `at` end (还, 也: speech-adverbs.txt), `at` where there are none. */
  afterAdverbs(text: string, at: number): number
  /**
   * A title starting at `at` that is one only before a verb of speech, also behind adverbs (代表 of 罗云峰代表说,
   * 王吉代表还认为): title-words.tsv, spoken. Such titles are in `roles` but no other look-up finds them.
   */
  spokenTitleAt(text: string, at: number): string | undefined
}

// Between a verb of election and its title, a body the lexicon need not know (当选为支部主委): at most this long.
const ELECTED_BODY_MAX = 4
// A term between a verb of election and the body (第五届, 十四届, 第5届), at most this long.
const ELECTED_TERM = new RegExp(`^${TERM_SOURCE.replace(ORDINAL, `${ORDINAL}?`).replace(`[${HAN_SMALL}]`, `[${HAN_SMALL}0-9０-９]`)}`)
const ELECTED_TERM_MAX = 5

/** Where the body after a verb of election ending at `at` begins: after a term written there (当选第五届|市书协主席), else at `at`. */
export function afterElectedTerm(text: string, at: number): number {
  return at + (ELECTED_TERM.exec(text.slice(at, at + ELECTED_TERM_MAX))?.[0].length ?? 0)
}
// …or this long where it ends in the word of a group formed for a task (第一视察分团 of 为第一视察分团团长).
const ELECTED_GROUP_MAX = 8
const NO_ENDS: number[] = []
const ends = (ms: Array<[number, unknown]>) => (ms.length ? ms.map(([end]) => end) : NO_ENDS)

/** data/roles.tsv and the user's roles (kind other, no CPPCC membership). */
export function loadRoles(ext: Extension): Map<string, Role> {
  const roles = new Map<string, Role>()
  for (const { cells } of dataFiles.tsv('roles.tsv', 3)) roles.set(cells[0]!, { role: cells[0]!, cppcc: cells[1] === '1', kind: cells[2]!, as: cells[3] || cells[0]!, body: cells[4] ?? '', region: cells[5] ?? '', of: cells[6] ?? '' })
  for (const r of ext.roles) if (!roles.has(r)) roles.set(r, { role: r, cppcc: false, kind: 'other', as: r, body: '', region: '', of: '' })
  return roles
}

/**
 * The credits of data/mark-credits.txt (its text): one unit each, as they are looked up by the one unit before a credit
 * mark; a longer row would silently never match, so it is an E_DATA error naming file:line.
 */
export function markCreditRows(text: string, file = 'data/mark-credits.txt'): string[] {
  const rows: string[] = []
  text.split('\n').forEach((l, i) => {
    const w = l.trim()
    if (!w || w.startsWith('#')) return
    if (w.length !== 1) throw new CppccNlpError('E_DATA', `invalid entry in ${file}:${i + 1}: expected a credit of one unit, got ${w}`)
    rows.push(w)
  })
  return rows
}

/**
 * data/surnames.txt, surname-stats.tsv, name-chars.tsv, countries.txt, former-countries.txt, world-cities.txt, foreign-brands.txt, speech-verbs.txt,
 * person-cues.txt, person-cues-after.txt, credit-verbs.txt, doctrine-words.txt, not-person-after.txt, leader-government-words.txt, not-person-before.txt, surname-titles.txt, name-final-nouns.txt,
 * japanese-surnames.txt, japanese-given-names.txt, not-persons.txt (with extend.notPersons), office-verbs.txt, and the roles.
 */
export function loadPersonLexicon(roles: Map<string, Role>, ext: Extension): PersonLexicon {
  const readList = dataFiles.list
  const readTsv = dataFiles.tsv
  const stats = new Map(readTsv('surname-stats.tsv', 2).map(({ cells }) => [cells[0]!, Number(cells[1])]))
  const max = Math.max(...stats.values())
  const surnames = new Map<string, number>()
  for (const s of readList('surnames.txt').flatMap((l) => l.split(/\s+/))) {
    surnames.set(s, Math.max(-3, 0.5 * Math.log(((stats.get(s) ?? 0) + 1) / max)))
  }
  const surnameStart = new UnitSet()
  const single = new Float32Array(65536).fill(Number.NaN)
  const compoundStart = new UnitSet()
  for (const [s, prior] of surnames) {
    surnameStart.add(s.charCodeAt(0))
    if (s.length === 1) single[s.charCodeAt(0)] = prior
    else compoundStart.add(s.charCodeAt(0))
  }
  const surnamePriorAt = (text: string, at: number, length: number) => {
    if (length === 1) {
      const p = single[text.charCodeAt(at)]!
      return Number.isNaN(p) ? undefined : p
    }
    // Compound surnames (欧阳, 司马) are few: their first unit is checked before a string is built.
    return compoundStart.has(text.charCodeAt(at)) ? surnames.get(text.slice(at, at + length)) : undefined
  }
  const { given, foreign, properEnd } = nameCharScores(dataFiles.text('name-chars.tsv'), 'data/name-chars.tsv')
  const places = [...readList('countries.txt'), ...readList('former-countries.txt'), ...readList('world-cities.txt')]
  const foreignPlaces = new Set([...places, ...readList('foreign-brands.txt')])
  const tw = readTsv('title-words.tsv', 2).map(({ cells }) => ({ word: cells[0]!, role: cells[1]! }))
  const words = (role: string) => tw.filter((w) => w.role === role).map((w) => w.word)
  // A title spoken only before a verb of speech (代表) is read by spokenTitleAt alone.
  const spoken = new Set(words('spoken'))
  const roleForms = [...roles.keys()].filter((r) => !spoken.has(r))
  const speechVerbs = readList('speech-verbs.txt')
  const roleTrie = new Trie<string>()
  const roleBack = new Trie<string>()
  for (const r of roleForms) { roleTrie.add(r, r); roleBack.add(reversedKey(r), r) }
  const modifierBack = new Trie<string>()
  const modifierTrie = new Trie<string>()
  const sessionModifiers = new Set<string>()
  for (const { cells: [m = '', kind] } of readTsv('role-modifiers.tsv', 2)) {
    modifierBack.add(reversedKey(m), m); modifierTrie.add(m, m)
    if (kind === 'session') sessionModifiers.add(m)
  }
  const verbTrie = new Trie<string>()
  for (const v of speechVerbs) verbTrie.add(v, v)
  const presenceTrie = new Trie<string>()
  for (const v of readList('presence-verbs.txt')) presenceTrie.add(v, v)
  const cueBack = new Trie<string>()
  for (const c of readList('person-cues.txt')) cueBack.add(reversedKey(c), c)
  const cueTrie = new Trie<string>()
  for (const c of readList('person-cues-after.txt')) cueTrie.add(c, c)
  const finalNoun = UnitSet.of(readList('name-final-nouns.txt').map((c) => c[0]!))
  const siteWords = readList('site-words.txt')
  const placeFirst = UnitSet.of([...foreignPlaces].map((p) => p[0]!))
  const isForeignPlace = (text: string, s: number, e: number) => placeFirst.has(text.charCodeAt(s)) && foreignPlaces.has(text.slice(s, e))
  const placeBack = new Trie<string>()
  for (const p of places) placeBack.add(reversedKey(p), p)
  const jpSurnames = new Trie<true>()
  const japaneseStart = new UnitSet()
  for (const n of readList('japanese-surnames.txt')) { jpSurnames.add(n, true); japaneseStart.add(n.charCodeAt(0)) }
  const jpGiven = new Trie<true>()
  for (const n of readList('japanese-given-names.txt')) if (n.length >= 2) jpGiven.add(n, true)
  const minorityParts = new Trie<true>()
  for (const n of readList('minority-name-parts.txt')) minorityParts.add(n, true)
  const notPersonTrie = new Trie<string>()
  for (const c of readList('not-person-after.txt')) notPersonTrie.add(c, c)
  const nicknameBrands = new Trie<string>()
  for (const c of readList('nickname-brand-words.txt')) nicknameBrands.add(c, c)
  const notPersonBack = new Trie<string>()
  for (const c of readList('not-person-before.txt')) notPersonBack.add(reversedKey(c), c)
  // After a bare surname: the forms of address in surname-titles.txt and the titles of offices.
  const titleTrie = new Trie<string>()
  for (const t of readList('surname-titles.txt')) titleTrie.add(t, t)
  for (const r of roles.values()) if (r.kind !== 'member' && r.kind !== 'press' && r.role.length >= 2 && !spoken.has(r.role)) titleTrie.add(r.role, r.role)
  const givenNameTitles = new Set(readList('title-given-names.txt'))
  const functionChars = Object.fromEntries(readTsv('function-words.tsv', 2).map(({ cells }) => [cells[1]!, UnitSet.of([cells[0]!])])) as PersonLexicon['functionChars']
  const trie = (ws: string[], back = false) => { const t = new Trie<string>(); for (const w of ws) t.add(back ? reversedKey(w) : w, w); return t }
  const doctrines = trie(readList('doctrine-words.txt'))
  const doctrinesBack = trie(readList('doctrine-words.txt'), true)
  const leaderGovernments = trie(readList('leader-government-words.txt'))
  const titleWords = {
    joins: words('joins').join(''), elects: trie(words('elects')), copulas: trie(words('copula')), appoints: trie(words('appoints'), true), announces: trie(words('announces'), true),
    departmentEnd: words('department-end').join(''), wardEnds: words('ward-end').join(''), institutionInitials: words('institution-initial').join(''), groupEnds: words('group-end').join(''), liaisonGroups: trie(words('liaison-group'), true), taskGroups: trie(words('task-group'), true), associations: trie(words('association')), bodyEnd: trie(words('body-end'), true), partyCommissions: trie(words('party-commission'), true), notPartyCommissions: trie(words('not-party-commission'), true), partyTitles: new Set(words('party-title')),
    others: trie(words('others')), counts: trie(words('count')), ands: new Set(words('and')), singles: new Set(words('single')), leaders: trie(words('leaders'), true), asides: trie(words('aside'), true), sessions: trie(words('session'), true), meetings: trie(words('meeting')), plenaryOffices: new Set(words('plenary-office')), capacities: trie(words('capacity')), candidacies: trie(words('candidacy'), true), callings: trie(words('calling'), true), praises: trie(words('praise'), true), sectors: trie(words('sector'), true), dottedEnds: trie(words('dotted-end')), terms: trie(words('term'), true),
    dismisses: trie(words('dismisses'), true), leaves: trie(words('leaves')), leaveReasons: trie(words('leave-reason')), posts: trie(words('post')), postOf: trie(words('post-of')),
  }
  const qualities = trie(readList('member-qualities.txt'))
  const electedAt = (text: string, at: number) => {
    const v = titleWords.elects.longestAt(text, at)
    if (!v) return undefined
    // A term may come before the body (当选第五届市书协主席): the body is measured from after it.
    const from = afterElectedTerm(text, v.end)
    for (let k = v.end; k <= from + ELECTED_GROUP_MAX && k < text.length; k++) {
      // A title that begins a word that is none (委员 of 为提案委员会主任) is no title here: the body goes on.
      const r = roleAt(text, k)
      // A longer run before the title is the group the person heads (为第一视察分团团长), ending in a group's word.
      const near = k <= from + ELECTED_BODY_MAX || titleWords.groupEnds.includes(text[k - 1]!)
      if (r && near && (k === v.end || roles.get(r)!.kind !== 'press')) return { role: r, start: k }
      if (!isHan(text.charCodeAt(k))) break
    }
    return undefined
  }
  const notTitles = trie(words('not-title'))
  const creditVerbs = trie(readList('credit-verbs.txt'))
  const markCredits = new Map<string, Role>(markCreditRows(dataFiles.text('mark-credits.txt')).map((w) => [w, { role: w, cppcc: false, kind: 'press', as: w, body: '', region: '', of: '' }]))
  const markCreditEndingAt = (text: string, at: number): Role | undefined => {
    const role = markCredits.get(text[at - 1] ?? '')
    if (!role) return undefined
    // The character before it read whole: an astral one (𠀀文/) ends in a low surrogate.
    const before = at >= 3 && isLowSurrogate(text.charCodeAt(at - 2)) ? text.codePointAt(at - 3)! : text.charCodeAt(at - 2)
    if (isHanPoint(before)) return undefined
    // …and a credit mark after it, spaces around it allowed (文 / 张菡).
    let k = at
    while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++
    return functionChars['credit-mark'].has(text.charCodeAt(k)) ? role : undefined
  }
  const adverbs = trie(readList('speech-adverbs.txt'))
  const afterAdverbs = (text: string, at: number) => {
    for (let a = adverbs.longestAt(text, at); a; a = adverbs.longestAt(text, at)) at = a.end
    return at
  }
  const spokenTitles = trie([...spoken])
  const likeness = readTsv('likeness-words.tsv', 2).map(({ cells }) => ({ word: cells[0]!, side: cells[1]! }))
  const likeBefore = trie(likeness.filter((l) => l.side === 'before').map((l) => l.word), true)
  const likeAfter = trie(likeness.filter((l) => l.side === 'after').map((l) => l.word))
  const likenessAround = (text: string, s: number, e: number) => likeAfter.longestAt(text, e) !== undefined && likeBefore.longestEndingAt(text, s) !== undefined
  const eponyms = new Trie<number>()
  for (const { cells, where } of readTsv('eponyms.tsv', 2)) {
    if (!cells[0]!.startsWith(cells[1]!) || cells[1]!.length >= cells[0]!.length) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected the person's part to begin the word, got ${cells[1]} of ${cells[0]}`)
    eponyms.add(cells[0]!, cells[1]!.length)
  }
  const notPersons = new Trie<true>()
  for (const w of [...readList('not-persons.txt'), ...ext.notPersons]) notPersons.add(w, true)
  const officeVerbs = new Trie<true>()
  for (const w of readList('office-verbs.txt')) officeVerbs.add(w, true)
  const roleAt = (text: string, at: number) => {
    const r = roleTrie.longestAt(text, at)
    // A word that begins with a title and is none (主席台, 委员会) hides it.
    return r && !((notTitles.longestAt(text, at)?.end ?? 0) > r.end) ? r.values[0] : undefined
  }
  return {
    notPersons, officeVerbs, functionChars, titleWords, qualities, collective: readList('collective-speakers.txt'),
    likenessAround,
    eponymAt: (text, at) => { const m = eponyms.longestAt(text, at); return m ? at + m.values[0]! : undefined },
    electedAt, afterAdverbs,
    spokenTitleAt: (text, at) => {
      const t = spokenTitles.longestAt(text, at)
      return t && verbTrie.longestAt(text, afterAdverbs(text, t.end)) ? t.values[0] : undefined
    },
    creditVerbAt: (text, at) => creditVerbs.longestAt(text, at)?.values[0],
    appointsEndingAt: (text, at) => titleWords.appoints.longestEndingAt(text, at)?.values[0],
    surnameStart, japaneseStart, surnamePriorAt, given, foreign, properEnd, foreignPlaces, isForeignPlace, roles, finalNoun,
    roleAt,
    // After a name-like word, a title that begins with a word that is none (委员会主席 of 廉政委员会主席) is
    // the title of the body that word names.
    // (roleAt's own check for a word that is none is answered already: one look-up of notTitles, not two.)
    // …and a title that an association's word follows names its members (华中 + 总裁联合会会长), no title of the name.
    roleAfterNameAt: (text, at) => {
      if (notTitles.longestAt(text, at)) return undefined
      const r = roleTrie.longestAt(text, at)
      return r && !titleWords.associations.longestAt(text, r.end) ? r.values[0] : undefined
    },
    verbAt: (text, at) => verbTrie.longestAt(text, at)?.values[0],
    presenceAt: (text, at) => presenceTrie.longestAt(text, at)?.values[0],
    roleEndingAt: (text, at) => roleBack.longestEndingAt(text, at)?.values[0],
    isCredit: (word) => roles.get(word)?.kind === 'press',
    endsInSite: (name) => siteWords.some((w) => name.length >= w.length + 2 && name.endsWith(w)),
    markCreditEndingAt,
    modifierEndingAt: (text, at) => modifierBack.longestEndingAt(text, at)?.values[0],
    sessionModifiers,
    modifierAt: (text, at) => modifierTrie.longestAt(text, at)?.values[0],
    cueEndingAt: (text, at) => cueBack.longestEndingAt(text, at)?.values[0],
    cueAt: (text, at) => cueTrie.longestAt(text, at)?.values[0],
    doctrineAt: (text, at) => doctrines.longestAt(text, at)?.values[0],
    doctrineEndingAt: (text, at) => doctrinesBack.longestEndingAt(text, at)?.values[0],
    foreignPlaceEndingAt: (text, at) => placeBack.longestEndingAt(text, text[at - 1] === '的' ? at - 1 : at)?.values[0],
    leaderGovernmentAt: (text, at) => leaderGovernments.longestAt(text, at)?.values[0],
    nicknameBrandAt: (text, at) => nicknameBrands.longestAt(text, at)?.values[0],
    // …also behind the closing quote or bracket of the word (“卡西尼”号, （欧佩克）成员国).
    notPersonAt: (text, at) => notPersonTrie.longestAt(text, CLOSING_MARK.has(text.charCodeAt(at)) ? at + 1 : at)?.values[0],
    notPersonEndingAt: (text, at) => notPersonBack.longestEndingAt(text, at)?.values[0],
    japaneseSurnamesAt: (text, at) => ends(jpSurnames.matchesAt(text, at)),
    japaneseGivenAt: (text, at) => ends(jpGiven.matchesAt(text, at)),
    minorityPartAt: (text, at) => minorityParts.longestAt(text, at)?.end,
    titleAt: (text, at) => titleTrie.longestAt(text, at)?.values[0],
    givenNameTitles,
  }
}
