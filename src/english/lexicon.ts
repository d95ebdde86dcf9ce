import { CppccNlpError } from '../errors.js'
import type { Gazetteer } from '../places/gazetteer.js'
import type { Division } from '../places/types.js'
import { dataFiles, TsvRow } from '../resources/data-files.js'
import { CommitteeKindSchema, PlaceLevelSchema, type CommitteeKind, type PlaceLevel } from '../schema/result.js'
import { LEVEL_ADJECTIVE, loadEnBodyLexicon, type EnBodyLexicon } from './bodies.js'
import { organisationTest } from './latin.js'
import { enDateGrammar, type EnDateGrammar } from './dates.js'
import { enFigureWords, type EnFigureWords } from './figure-words.js'
import { compromiseOnCall } from './nlp.js'
import { nounsAndNumbers, type NounsAndNumbers } from './terms.js'
import { PinyinRows } from './pinyin-rows.js'
import { TitlePattern, titleEnds } from './title-pattern.js'
import { pinyinKey } from './words.js'
import { alternation, escapeRegExp } from '../text/regexp.js'

/**
 * A word after a division's name that tells its level (Province, Municipal, towns); `ends`: the endings of the Chinese
 * names it names (County: 县), or none.
 */
export type LevelWord = { levels: readonly PlaceLevel[]; noun: boolean; plural: boolean; ends: readonly string[] }

/** The English side's data (data/en-*.tsv and the pinyin tables), read the first time a document has English text. */
export type EnglishLexicon = {
  /** The divisions whose stem's pinyin, as one lower-case word, is `key` (yangquan → 阳泉市), or undefined. */
  byPinyin(key: string): readonly Division[] | undefined
  /** Divisions by English names that are not their pinyin (Tibet, Inner Mongolia), by phrase. */
  readonly placeNames: ReadonlyMap<string, Division>
  /** The division a stem of two divisions of one level names where the page decides nothing (suzhou → 苏州市), by pinyin key. */
  readonly stemDefaults: ReadonlyMap<string, Division>
  /** Stems that alone name something else (Xinhua, the news agency). */
  readonly notPlaces: ReadonlySet<string>
  /** Words after a name that make it a river's, a lake's or a mountain's (River, rivers, Lake). */
  readonly features: ReadonlySet<string>
  readonly levelWords: ReadonlyMap<string, LevelWord>
  /** Surnames in pinyin, as one lower-case word (wang, ouyang). */
  readonly surnames: ReadonlySet<string>
  /** Surnames as Hong Kong and Macao romanise them, where no pinyin surname is spelt so (Chan, Wong: data/en-romanised-surnames.txt). */
  readonly romanisedSurnames: ReadonlySet<string>
  /** What keeps a romanised surname from opening a name (data/en-romanised-not-names.tsv): places and firms, body nouns. */
  readonly romanisedNotNames: { readonly places: ReadonlySet<string>; readonly bodies: ReadonlySet<string> }
  /** English given names written before a Chinese name (Henry Tang Ying-yen, Justin Yifu Lin: data/en-given-names.txt). */
  readonly givenNames: ReadonlySet<string>
  /** English words spelt as pinyin that are never a given name after a surname (Han Chinese: data/en-not-given-names.txt). */
  readonly notGivenNames: ReadonlySet<string>
  /** Common nouns of persons written before a name that compromise does not tag #Actor (billionaire: data/en-person-nouns.txt), lower case. */
  readonly personNouns: ReadonlySet<string>
  /** Honorifics written before a name, no part of it (Hon, Madam, Ms: data/en-honorifics.txt). */
  readonly honorifics: ReadonlySet<string>
  /** Whether a word is one to three pinyin syllables (Jianhua, Huning, Jian-hua). */
  isPinyin(word: string): boolean
  /** Whether a word is one romanised syllable of a Chinese name: pinyin, or Wade-Giles or Cantonese (Chi, Hwa, Jeou, Hin: data/en-romanised-syllables.txt, data/en-romanised-surnames.txt). */
  isRomanisedSyllable(word: string): boolean
  /** A level word right at the start of a text, after spaces (" Municipal Committee" → " Municipal"). */
  readonly levelAfter: RegExp
  readonly bodies: EnBodyLexicon
  readonly roles: EnRoles
  /** Whether a Latin run inside Chinese text names an organisation (data/latin-organisations.txt, compromise). */
  isLatinOrganisation(run: string): boolean
  /** Words around figures (data/en-figure-words.tsv). */
  readonly figures: EnFigureWords
  /** Month names (data/en-months.tsv) and the date grammar. */
  readonly dates: EnDateGrammar
  /** compromise's reads of number words and counted nouns, made with the first page that has figures and kept for the analyzer. */
  figureReads(): NounsAndNumbers
}

export function loadEnglishLexicon(g: Gazetteer): EnglishLexicon {
  // Rows by pinyin, as offsets into the file: a division is made only for a word of a page that needs it.
  const rows = new PinyinRows(dataFiles.text('divisions-pinyin.tsv'))
  const pinyinText = rows.text
  // ü written u, as English text mostly prints it (Lushunkou for Lüshunkou, lv shun kou): read so where no name is so written.
  const asU = new Map<string, number[]>()
  for (const key of rows.keysWithV) asU.set(key.replace(/v/g, 'u'), [...(asU.get(key.replace(/v/g, 'u')) ?? []), ...rows.starts(key)!])
  const resolved = new Map<string, readonly Division[]>()
  const byPinyin = (key: string) => {
    let ds = resolved.get(key)
    const starts = ds === undefined ? rows.starts(key) ?? asU.get(key) : undefined
    if (starts) {
      ds = starts.flatMap((at) => {
        const [code, name] = pinyinText.slice(at, pinyinText.indexOf('\n', at)).split('\t')
        // A division the gazetteer of this version does not hold is skipped.
        return g.byName(name!).filter((d) => d.code === code)
      })
      resolved.set(key, ds)
    }
    return ds
  }
  const placeNames = new Map<string, Division>()
  for (const { cells, where } of dataFiles.tsv('en-place-names.tsv', 2)) placeNames.set(cells[0]!, divisionNamed(g, cells[1]!, where))
  const stemDefaults = new Map<string, Division>()
  for (const { cells, where } of dataFiles.tsv('en-stem-defaults.tsv', 2)) {
    const d = divisionNamed(g, cells[1]!, where)
    if (!byPinyin(pinyinKey(cells[0]!))?.includes(d)) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: ${cells[1]} is not named ${cells[0]} in data/divisions-pinyin.tsv`)
    stemDefaults.set(pinyinKey(cells[0]!), d)
  }
  const levelWords = new Map<string, LevelWord>()
  for (const { cells, where } of dataFiles.tsv('en-division-words.tsv', 3)) {
    const levels = cells[1]!.split(' ').map((l) => PlaceLevelSchema.safeParse(l))
    if (levels.some((l) => !l.success) || !['noun', 'adjective'].includes(cells[2]!)) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected levels (${PlaceLevelSchema.options.join(' ')}) and noun or adjective`)
    levelWords.set(cells[0]!, { levels: levels.map((l) => l.data!), noun: cells[2] === 'noun', plural: /s$/.test(cells[0]!) && cells[0] === cells[0]!.toLowerCase(), ends: cells[3]?.split(' ').filter(Boolean) ?? [] })
  }
  const surnames = new Set(dataFiles.tsv('surnames-pinyin.tsv', 2).map((r) => r.cells[1]!.replace(/ /g, '')))
  const syllables = new Set(dataFiles.list('pinyin-syllables.txt'))
  const figureWords = dataFiles.tsv('en-figure-words.tsv', 3)
  const romanisedSurnames = new Set(dataFiles.list('en-romanised-surnames.txt'))
  const romanisedSyllables = new Set([...dataFiles.list('en-romanised-syllables.txt'), ...romanisedSurnames].map((w) => w.toLowerCase()))
  const levels = [...levelWords.keys()].sort((a, b) => b.length - a.length).join('|')
  let figureReads: NounsAndNumbers | undefined
  return {
    byPinyin, placeNames, stemDefaults, levelWords, surnames,
    notPlaces: new Set(dataFiles.list('en-not-places.txt')),
    givenNames: new Set(dataFiles.list('en-given-names.txt')),
    romanisedSurnames,
    romanisedNotNames: romanisedNotNames(dataFiles.tsv('en-romanised-not-names.tsv', 2)),
    personNouns: new Set(dataFiles.list('en-person-nouns.txt')),
    notGivenNames: new Set(dataFiles.list('en-not-given-names.txt')),
    honorifics: new Set(dataFiles.list('en-honorifics.txt')),
    features: new Set(dataFiles.list('en-features.txt')),
    isPinyin: (w) => w.split('-').every((part) => syllableCount(pinyinKey(part), syllables) > 0),
    isRomanisedSyllable: (w) => syllables.has(pinyinKey(w)) || romanisedSyllables.has(w.toLowerCase()),
    levelAfter: new RegExp(`^\\s+(?:${levels})(?![A-Za-z])`),
    bodies: loadEnBodyLexicon(g),
    roles: enRoles(dataFiles.tsv('en-roles.tsv', 2), dataFiles.tsv('en-credits.tsv', 2), dataFiles.tsv('en-person-cues.tsv', 2), dataFiles.list('en-shared-titles.txt'), dataFiles.tsv('en-credits-after.tsv', 2), dataFiles.tsv('en-credit-agencies.tsv', 1).map((r) => r.cells[0]!), dataFiles.tsv('en-title-abbreviations.tsv', 2), dataFiles.list('en-credit-outlet-words.txt')),
    isLatinOrganisation: organisationTest(new Set(dataFiles.list('latin-organisations.txt'))),
    figures: enFigureWords(figureWords),
    // …an issue's label (data/en-figure-words.tsv, label issue): no day right after it (Issue 12 March 5).
    dates: enDateGrammar(dataFiles.tsv('en-months.tsv', 2), figureWords.filter((r) => r.cells[1] === 'label' && r.cells[2] === 'issue').map((r) => r.cells[0]!)),
    figureReads: () => (figureReads ??= nounsAndNumbers(compromiseOnCall)),
  }
}

/** The rows of data/en-romanised-not-names.tsv by kind (place, body). */
function romanisedNotNames(rows: readonly { cells: readonly string[]; where: string }[]): EnglishLexicon['romanisedNotNames'] {
  const places = new Set<string>()
  const bodies = new Set<string>()
  for (const { cells, where } of rows) {
    if (cells[1] === 'place') places.add(cells[0]!)
    else if (cells[1] === 'body') bodies.add(cells[0]!)
    else throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected kind place or body`)
  }
  return { places, bodies }
}

/** The fewest syllables a word splits into (1 to 3), or 0 where it does not split. */
function syllableCount(w: string, syllables: ReadonlySet<string>): number {
  if (w.length === 0 || w.length > 18) return 0
  // best[i]: fewest syllables covering w[0, i)
  const best = new Array<number>(w.length + 1).fill(Infinity)
  best[0] = 0
  for (let i = 1; i <= w.length; i++) {
    for (let k = Math.max(0, i - 6); k < i; k++) if (best[k]! + 1 < best[i]! && syllables.has(w.slice(k, i))) best[i] = best[k]! + 1
  }
  const n = best[w.length]!
  return n <= 3 ? n : 0
}

/** The division of an official name, or of a chain from the province down (珠海市横琴镇). */
function divisionNamed(g: Gazetteer, name: string, where: string): Division {
  const exact = g.byName(name)
  if (exact.length === 1) return exact[0]!
  for (let k = 2; k < name.length - 1; k++) {
    const parents = g.byName(name.slice(0, k))
    const found = g.byName(name.slice(k)).filter((d) => parents.some((p) => isWithin(d, p)))
    if (found.length === 1) return found[0]!
  }
  throw new CppccNlpError('E_DATA', `invalid entry in ${where}: ${name} is not the official name of one division`)
}

export const isWithin = (d: Division, ancestor: Division): boolean => {
  for (let x = d.parent; x; x = x.parent) if (x === ancestor) return true
  return false
}

/** A title in English (data/en-roles.tsv): whether it makes its holder a CPPCC member, and the singular of a plural. */
export type EnRole = { cppcc: 'always' | 'with-body' | 'page' | 'no'; singular: string | null; body: CommitteeKind | null; abbreviated?: true }
export type EnRoles = {
  readonly roles: ReadonlyMap<string, EnRole>
  /** A title at the start of a text (case-insensitive, whole words). */
  readonly roleAt: TitlePattern
  /** A title ending a text, before a name (spokesperson │Liu Jieyi). */
  readonly roleBefore: TitlePattern
  /** A title after the word CPPCC, ending a text with a comma before a name (CPPCC Chairman, │Jia Qinlin). */
  readonly roleCommaBefore: TitlePattern
  /** A title, its complement and a comma ending a text, before a name or a list (the standing chairmen of the presidium, │Ge Huijun, …). */
  readonly roleListBefore: TitlePattern
  /** A title, its complement (of, for, at, from or to a body) and a word that introduces examples, before a name (political advisors including │Li Ming and …; deputies to the Municipal People's Congress including │…). */
  readonly roleIncludingBefore: TitlePattern
  /** An institution no body list names as the subject right before a group's title, at the end of a text (The chamber has six │vice chairmen, including …). */
  readonly institutionSubjectBefore: RegExp
  /** A title with a colon at the start of a line, before a name (Vice-chairpersons: │Wang Gang, …). */
  readonly roleColonBefore: TitlePattern
  /** A credit ending a text, before a list of names (Photo by │Li Wenke and Shi Tao; a colon after "by" or not: Proofread by: │Li Ming), and its role. */
  readonly creditBefore: RegExp
  readonly credits: ReadonlyMap<string, string>
  /** A credit line with a bar for the colon (or a colon, no photo's) and its list of names, one to three capitalised words each (Editor | Wing, Steven): global, the list in group 1; the credit as the data writes it. */
  readonly creditBarLine: RegExp
  /** The agencies of data/en-credit-agencies.tsv, in lower case: no person's name on a credit line (Photo by Xinhua). */
  readonly creditAgencies: ReadonlySet<string>
  /** Words of an outlet's or a staff byline's name, in lower case (data/en-credit-outlet-words.txt): no person's name after "by" (Photo by Beijing Youth Daily). */
  readonly creditOutletWords: ReadonlySet<string>
  /**
   * A credit under a photo with the name in capitals, then a mark and the agency in capitals, closed by a bracket or the
   * line's end ([GUO XULEI/XINHUA], (Photo: LI MING/XINHUA)): global; the name in group 1, the mark in group 2.
   */
  readonly capsCreditAfter: RegExp
  /** The role a mark of `capsCreditAfter` gives (data/en-credits-after.tsv). */
  readonly creditsAfter: ReadonlyMap<string, string>
  /**
   * After a name that opens a line: a mark of data/en-credits-after.tsv (group 1) and an agency of data/en-credit-agencies.tsv
   * only, to the line's end, a closing bracket or bar allowed before it (Zhang Haifeng / Ti Gong; [Zou Hong / China Daily]; (Zou Hong / China Daily);
   * Wang Jing / China Daily |), not a title or a body (Zhang Hao / Vice Chairman).
   */
  readonly lineCreditAfter: RegExp
  /** Titles several hold at once, shared by a list of names after them in the singular (data/en-shared-titles.txt). */
  readonly sharedTitles: ReadonlySet<string>
  /** An election verb ending a text, before a name or a list (The session elected │A as chairman). */
  readonly electBefore: RegExp
  /** The link between an elected name or list and its title, starting a text (A│ as the chairman). */
  readonly electLink: RegExp
  /** A passive verb of appointment or removal with "as" and an article after a name, at the start of a text (A│ was chosen as the │chairman; A│ was removed as a │member). */
  readonly passiveAt: RegExp
  /** A clause that gives the names before it the title after it, at the start of a text, also in the future (he│ will serve as │chairman; A│ will be │…) (A, B and C│ were elected as the │vice
   * chairmen; she│ currently serves as │director; A│ is also │a member; A│ has long served as │…): the adverbs of time from data/en-person-cues.tsv (adverb). */
  readonly predicateAt: RegExp
  /** A post the name is removed from, at the start of a text (A│ was relieved of his post as │mayor; remove A│ from the post of │…). */
  readonly fromPostAt: RegExp
  /** A pronoun opening a sentence (… 1957. │She is …), global: its end is where the sentence's predicate starts. */
  readonly pronoun: RegExp
  /** A sentence naming the members of a group titled in the sentence before (They are A, B and C). */
  readonly groupNamed: RegExp
  /** A heading line closed by a colon over the lines of names after it (… are as follows:│), global. */
  readonly listHeading: RegExp
  /** An election verb and what may stand before the title it gives (elected │, named as the │), global. */
  readonly electTitle: RegExp
  /** A roster whose holders' title follows it (the list of │members of …), global. */
  readonly rosterTitle: RegExp
  /** What closes a sentence whose subject is a list of a group titled in the sentence before (A and B │are among them), global. */
  readonly amongGroup: RegExp
  /** What closes a sentence whose subject holds the plural title after it (A and B are among the newly elected │vice-chairpersons;
   * A is one of the most prominent figures among the │…), global: its end is where the title starts. */
  readonly amongTitle: RegExp
  /** A speaker for a sector at a CPPCC session, at the start of a text after a name (A│, who spoke for the …; A│, representing
   * the news and publishing sector). */
  readonly sectorSpeakerAt: RegExp
  /** A sector noun anywhere in a text (the science and technology │sector). */
  readonly sectorWord: RegExp
  /** A reporting or main verb opening a clause of its own subject, global (A │said B was among …). */
  readonly clauseVerb: RegExp
  /** "as a" after a personal pronoun in one sentence (for you as a │political advisor), global: its end is where the titles start. */
  readonly asAfterPronoun: RegExp
  /** Words that describe the holder before a title in apposition, at the start of a text (a │new │member of …). */
  readonly describerAt: RegExp
  /** Words that describe a holder before a next title of a chain, no level among them (a newly elected member; another member). */
  readonly holderDescriberAt: RegExp
  /** A word naming the level of a body left unwritten and the spaces after it, at the start of a text, any case (of the │district │CPPCC). */
  readonly levelAt: RegExp
  /** A pronoun at the start of a text, any case (…, │he …). */
  readonly pronounAt: RegExp
  /** A fronting word and an article opening a sentence (│As a member of …, he …), global: its end is where the titles start. */
  readonly fronted: RegExp
  /** A title's complement that is a company or an institution named by its noun, at the start of a text (chairman│ of the company). */
  readonly ofInstitution: RegExp
  /** A firm named after a title, at the start of a text: its name in group 1 (chairman│ of the Zhejiang Geely Holding Group). */
  readonly firmAfter: RegExp
  /** A name ending in words of a working group, no firm (the Leading Group). */
  readonly notFirm: RegExp
  /** A firm's or an institution's word ending a name, or heading it before "of" (Hang Seng Bank, Institute of Urban Design). */
  readonly firmHead: RegExp
  /** A body's own party group and the link after it, at the start of a text, any case (secretary of the│ Party leadership group of │X). */
  readonly organOfAt: RegExp
  /** An office in lower case and the link to its body, at the start of a text after a title's connector (director of the│ social development department at │X). */
  readonly officeOfAt: RegExp
  /** A word after a name that makes it the name of a doctrine, at the start of a text, case-sensitive (Xi Jinping│ Thought). */
  readonly doctrineAfter: RegExp
  /** The same word after a possessive, any case, at the start of a text (Xi Jinping│'s thought). */
  readonly doctrineAfterPossessive: RegExp
}

// A name on a credit line: one to three capitalised words of letters (Abby; Holly Wang).
const BAR_NAME = '[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}'
// A name in capitals under a photo, two or three words (GUO XULEI, OUYANG JIAN-HUA), and an agency in capitals, one to
// four words (XINHUA, CHINA DAILY, FOR CHINA DAILY).
const CAPS_NAME = '(?<![A-Za-z])[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2}'
const CAPS_WORDS = '[A-Z]{2,}(?:[ \\t]+[A-Z]{2,}){0,3}'

/** The level words a party title may hold before "party" (district party secretary), as one group; and that title's end. */
const LEVEL_IN_TITLE = `(?:${LEVEL_ADJECTIVE})`
const PARTY_TITLE_END = /(?:^|(?<= ))party (?:chief|secretary)$/
/** A party title written with its level word, without it (deputy district party chief → deputy party chief). */
export const withoutTitleLevel = (title: string) => title.replace(new RegExp(`(?:^|(?<= ))${LEVEL_IN_TITLE} (?=party (?:chief|secretary)$)`), '')

// The start of a career before the verb of a résumé's posts (Chen began his career in August 1991 and served successively as
// …; She began her first job in July 1992 and …: 参加工作 … 历任, as translated résumés write it).
const CAREER_OPENING = '(?:(?:began|started)\\s+(?:his|her|their)\\s+(?:first\\s+job|career|working\\s+life)\\s+in\\s+(?:[A-Z][a-z]+\\.?\\s+)?\\d{4}\\s+and\\s+(?=(?:was|were|has|had|served|acted)\\s))?'

export function enRoles(rows: ReadonlyArray<{ cells: string[] }>, credits: ReadonlyArray<{ cells: string[] }>, cues: ReadonlyArray<{ cells: string[] }>, shared: readonly string[] = [], after: ReadonlyArray<{ cells: string[] }> = [], agencies: readonly string[] = [], abbreviations: ReadonlyArray<{ cells: string[] }> = [], outletWords: readonly string[] = []): EnRoles {
  const cue = (...uses: string[]) => alternation(cues.filter((c) => uses.includes(c.cells[1]!)).map((c) => c.cells[0]!))
  const adverbs = cue('adverb')
  // A sentence opens at the start of the text, after a full stop (and a closing quote) or a line break.
  const OPENS = '(?<=(?:^|[.!?]["”’]?\\s+|\\n\\s*))'
  const roles = new Map(rows.map((r) => {
    const body = r.cells[3] ? CommitteeKindSchema.safeParse(r.cells[3]) : null
    if (body && !body.success) throw new CppccNlpError('E_DATA', `invalid entry in ${r instanceof TsvRow ? r.where : 'data/en-roles.tsv'}: expected a body kind (${CommitteeKindSchema.options.join(', ')}), got ${r.cells[3]}`)
    return [r.cells[0]!.toLowerCase(), { cppcc: r.cells[1] === 'always' ? 'always' : r.cells[1] === 'page' ? 'page' : r.cells[1] === '1' ? 'with-body' : 'no', singular: r.cells[2] || null, body: body?.data ?? null } as EnRole]
  }))
  // An abbreviated title (Prof. → professor, data/en-title-abbreviations.tsv): the full title's entry, its role the full title.
  for (const a of abbreviations) {
    const full = roles.get(a.cells[1]!.toLowerCase())
    if (full) roles.set(a.cells[0]!.toLowerCase(), { ...full, singular: a.cells[1]!.toLowerCase(), abbreviated: true })
  }
  // A second-rank title written "deputy" is one written "vice" too (vice head as deputy head: data/en-person-cues.tsv, second); as written.
  const [first, ...others] = cues.filter((c) => c.cells[1] === 'second').map((c) => c.cells[0]!.toLowerCase())
  const withSecond = (w: string, rest: string) => (w.endsWith('-') ? `${w}${rest}` : `${w} ${rest}`)
  for (const [role, e] of first ? [...roles] : []) {
    if (!role.startsWith(`${first} `)) continue
    const rest = role.slice(first!.length + 1)
    const single = e.singular?.startsWith(`${first} `) ? e.singular.slice(first!.length + 1) : null
    for (const w of others) if (!roles.has(withSecond(w, rest))) roles.set(withSecond(w, rest), { ...e, singular: single ? withSecond(w, single) : e.singular })
  }
  // The titles as the data writes them, before the modifiers add theirs.
  // A hyphen inside a title may have a space or line break after it, as a title split at a line's end prints it (vice- chairman):
  // the key drops it (titleKey).
  const titles = alternation([...roles.keys()]).replaceAll('\\-', '-\\s?')
  // A modifier before a title belongs to it (former chairman, as 原主任): the title's entry with the modifier.
  const modifiers = cues.filter((c) => c.cells[1] === 'modifier').map((c) => c.cells[0]!.toLowerCase())
  for (const m of modifiers) {
    // …written with a hyphen too (ex-commissioner, ex-police commissioner).
    const join = (r: string) => (m.endsWith('-') ? `${m}${r}` : `${m} ${r}`)
    for (const [role, e] of [...roles]) if (!roles.has(join(role))) roles.set(join(role), { ...e, singular: e.singular ? join(e.singular) : null })
  }
  // The titles with their modifiers, each optional, in the order the loop above stacks them (honorary acting former
  // mayor): the words of the map's keys, longest first as an alternation of every key would try them, in an eighth of
  // its size. V8 compiles each of the patterns below to machine code of its own; with every key spelled out they took
  // some 4 MB of it.
  // A party title with a level word inside (Deputy District Party Chief, municipal party secretary: 区委副书记, 市委书记):
  // the title without it (titleKey drops it), tried before the shorter titles it opens with (deputy).
  const levelled = [...roles.keys()].filter((r) => PARTY_TITLE_END.test(r)).sort((a, b) => b.length - a.length)
    .map((r) => { const end = PARTY_TITLE_END.exec(r)!; return `${escapeRegExp(r.slice(0, end.index))}${LEVEL_IN_TITLE} ${escapeRegExp(end[0])}` }).join('|')
  // The patterns on it run only on a text that writes a title's last word (title-pattern.ts).
  const ends = titleEnds(roles.keys())
  const alt = `${[...modifiers].reverse().map((m) => `(?:${escapeRegExp(m)}${m.endsWith('-') ? '' : ' '})?`).join('')}(?:${levelled ? `${levelled}|` : ''}${titles})`
  // A colon as written or as normalizing widens it (Editor: → Editor：), or a bar printed for it (Editor | Wing, Steven).
  const creditAlt = credits.map((c) => c.cells[0]!).sort((a, b) => b.length - a.length).map((c) => escapeRegExp(c).replace(/:/g, '(?:[:：]|[ \\t]*\\|)').replace(/ by$/i, ' by[:：]?')).join('|')
  const barCredits = credits.map((c) => c.cells[0]!).filter((c) => c.endsWith(':')).map((c) => escapeRegExp(c.slice(0, -1)))
  // …and with its colon, on a line of its own (Editor: Miranda; Editor: Cherry Peng), save a photo's (Photo: Xinhua names an agency).
  const colonCredits = credits.filter((c) => c.cells[0]!.endsWith(':') && c.cells[1] !== 'photographer').map((c) => escapeRegExp(c.cells[0]!.slice(0, -1)))
  // …and "by" on a line of its own (Translated by Ada; Proofread by Letizia Vallini; Photo by John Smith and Jane Doe).
  const byCredits = credits.map((c) => c.cells[0]!).filter((c) => / by$/.test(c)).map(escapeRegExp)
  return {
    roles,
    roleAt: new TitlePattern(`^(?:${alt})(?![A-Za-z])`, 'i', ends),
    roleBefore: new TitlePattern(`(?<![A-Za-z])(${alt})\\s+$`, 'i', ends, { lastOnly: true }),
    roleCommaBefore: new TitlePattern(`(?<![A-Za-z])CPPCC\\s+(${alt}),\\s+$`, 'i', ends, { lastOnly: true }),
    // …or a dash before the list (seven Vice Chairmen — A, B and C), or a colon inside a sentence (elected three vice chairmen: A, B and C).
    roleListBefore: new TitlePattern(`(?<![A-Za-z])(${alt})((?:\\s+(?:of|for|at)\\s+[^,.;:!?\\n]{1,120})?)(?:,|\\s*[—–:：])\\s*$`, 'i', ends),
    // …a description of the holders may stand between (six vice chairmen, including noted local businessmen like │A and B).
    roleIncludingBefore: new TitlePattern(`(?<![A-Za-z])(${alt})((?:\\s+(?:of|for|at|from|to)\\s+[^,.;:!?\\n]{1,120})?),?\\s+(?:including|such\\s+as|namely|among\\s+them|among\\s+whom)(?:\\s+(?:[a-z]+\\s+){1,3}(?:like|such\\s+as))?\\s+$`, 'i', ends),
    institutionSubjectBefore: new RegExp(`(?<![A-Za-z])(?:the|its|this|that)\\s+(?:${cue('institution')})(?:['’]s)?\\s+(?:[a-z]+\\s+){0,3}$`, 'i'),
    roleColonBefore: new TitlePattern(`(?:^|\\n)[ \\t]*(${alt})\\s*[:：]\\s*$`, 'i', ends, { lastOnly: true }),
    creditBefore: new RegExp(`(?<![A-Za-z])(${creditAlt})\\s*$`, 'i'),
    credits: new Map(credits.flatMap((c) => { const k = c.cells[0]!.toLowerCase(); return k.endsWith(':') ? [[k, c.cells[1]!], [`${k.slice(0, -1)} |`, c.cells[1]!], [`${k.slice(0, -1)}|`, c.cells[1]!]] : k.endsWith(' by') ? [[k, c.cells[1]!], [`${k}:`, c.cells[1]!]] : [[k, c.cells[1]!]] })),
    creditBarLine: new RegExp(`(?:^|\\n)[ \\t]*(?:(?:${barCredits.join('|')})[ \\t]*\\||(?:${colonCredits.join('|')})[:：]|(?:${byCredits.join('|')})[:：]?[ \\t])[ \\t]*(${BAR_NAME}(?:(?:,|,?[ \\t]+and)[ \\t]*${BAR_NAME})*)[ \\t]*\\.?[ \\t]*(?=\\n|$)`, 'g'),
    capsCreditAfter: new RegExp(`(${CAPS_NAME})[ \\t]*(${after.length ? alternation(after.map((a) => a.cells[0]!)) : '(?!)'})[ \\t]*${CAPS_WORDS}[ \\t]*(?=[\\])]|\\n|$)`, 'g'),
    creditAgencies: new Set(agencies.map((a) => a.toLowerCase())),
    creditOutletWords: new Set(outletWords.map((w) => w.toLowerCase())),
    creditsAfter: new Map(after.map((a) => [a.cells[0]!, a.cells[1]!])),
    lineCreditAfter: new RegExp(`^[ \\t]*(${after.length ? alternation(after.map((a) => a.cells[0]!)) : '(?!)'})[ \\t]*(?:for[ \\t]+)?(?:${agencies.length ? alternation(agencies) : '(?!)'})[ \\t]*[\\])|]?[ \\t]*(?:\\r?\\n|$)`, 'i'),
    sharedTitles: new Set(shared),
    electBefore: new RegExp(`(?<![A-Za-z-])(?:${cue('elect')})\\s+$`, 'i'),
    electLink: new RegExp(`^\\s+(?:(?:${cue('link')})\\s+)?(?:(?:${cue('article')})\\s+)?`, 'i'),
    fromPostAt: new RegExp(`^,?\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:${cue('removal')})\\s+)?(?:from|of)\\s+(?:the|his|her|their)\\s+(?:posts?|positions?|offices?)\\s+(?:of|as)\\s+(?:(?:${cue('article')})\\s+)?`, 'i'),
    passiveAt: new RegExp(`^,?\\s*(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:${cue('passive', 'removal')})\\s+(?:${cue('link')})\\s+(?:(?:${cue('article')})\\s+)?`, 'i'),
    predicateAt: new RegExp(`^,?\\s*${CAREER_OPENING}(?:(?:(?:was|were|is|are|has\\s+been|have\\s+been)\\s+(?:(?:${adverbs}|both|all|[a-z]+ly)\\s+)?(?:on\\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\\s+\\d{1,2})\\s+)?(?:[a-z]+\\s+to\\s+be\\s+)?)?(?:(?:will|would|shall)\\s+)?(?:(?:${adverbs})\\s+)?(?:elected|re-elected|appointed|named|invited|served|serves|serve|serving|acted|acts)\\s+(?:(?:in|on)\\s+[A-Z][a-z]+(?:\\s+\\d{1,2})?\\s+)?(?:(?:${adverbs}|[a-z]+ly)\\s+(?=as\\s|to\\s+be\\s))?(?:as\\s+|to\\s+be\\s+)?|(?:has|have|had)\\s+(?:(?:${adverbs}|[a-z]+ly)\\s+)?(?:served|acted)\\s+(?:(?:${adverbs}|[a-z]+ly)\\s+)?as\\s+|(?:worked|works|working)\\s+as\\s+|(?:is|are|was|were|became|becomes|remains|has\\s+been|have\\s+been|had\\s+been|will\\s+be|would\\s+be|will\\s+become|would\\s+become)\\s+(?:(?:${adverbs}|both|all)\\s+)?)(?:(?:the|a|an)\\s+)?(?:(?:\\d+|[a-z]+)(?:st|nd|rd|th)\\s+(?=[a-z]))?`),
    pronoun: new RegExp(`${OPENS}(?:${cue('pronoun')})(?=\\s)`, 'g'),
    electTitle: new RegExp(`(?<![A-Za-z-])(?:${cue('elect')})\\s+(?:(?:${cue('link')})\\s+)?(?:(?:${cue('article')})\\s+)?`, 'gi'),
    rosterTitle: new RegExp(`(?<![A-Za-z-])(?:${cue('roster')})\\s+(?:of|for)\\s+(?:(?:${cue('article')})\\s+)?`, 'gi'),
    amongTitle: new RegExp(`(?<![A-Za-z])(?:is|are|was|were)\\s+(?:also\\s+)?(?:(?:one|two|three|some|each)\\s+of\\s+the\\s+[a-z -]{0,40}?\\s+)?among\\s+the\\s+(?:(?:${cue('describer')})\\s+){0,2}`, 'gi'),
    sectorSpeakerAt: new RegExp(`^,\\s+(?:who\\s+(?:spoke|speaks|has\\s+spoken)\\s+for\\s+the\\s+([^,.;:!?()\\n]{3,60})(?=[,.;]|\\s+(?:said|proposed|suggested|called)\\s)|(?:who\\s+(?:spoke|speaks)\\s+(?:for|on\\s+behalf\\s+of)|representing|speaking\\s+(?:for|on\\s+behalf\\s+of)|on\\s+behalf\\s+of)\\s+the\\s+[a-z ,-]{3,60}?\\s(?:${cue('sector')})(?![A-Za-z]))`),
    clauseVerb: new RegExp(`(?<![A-Za-z])(?:${cue('clause')})(?![A-Za-z])`, 'g'),
    sectorWord: new RegExp(`(?<![A-Za-z])(?:${cue('sector')})(?![A-Za-z])`),
    amongGroup: new RegExp(`(?<![A-Za-z])(?:is|are|was|were)\\s+(?:also\\s+)?among\\s+(?:${cue('group')})(?![A-Za-z])`, 'gi'),
    listHeading: new RegExp(`(?<![A-Za-z])(?:${cue('heading')})\\s*[:：][ \\t]*(?=\\n|$)`, 'gi'),
    groupNamed: new RegExp(`${OPENS}(?:${cue('group')})\\s+(?:are|were|include|included)\\s+`, 'g'),
    asAfterPronoun: new RegExp(`(?<![A-Za-z'’])(?:${cue('person')})(?![A-Za-z'’])[^.!?\\n“”"]{0,40}?(?<![A-Za-z])as\\s+(?:${cue('article')})\\s+`, 'g'),
    describerAt: new RegExp(`^(?:(?:${cue('describer', 'level')})\\s+){0,2}`, 'i'),
    holderDescriberAt: new RegExp(`^(?:(?:${cue('describer')})\\s+){0,2}`, 'i'),
    levelAt: new RegExp(`^(?:${cue('level')})\\s+`, 'i'),
    pronounAt: new RegExp(`^(?:${cue('pronoun')})(?![A-Za-z])`, 'i'),
    fronted: new RegExp(`${OPENS}(?:${cue('fronted')})\\s+(?:${cue('article')})\\s+`, 'g'),
    // Capitalised words (a bracketed place among them: Xinwei Communications (Jiangsu) Co., Ltd.), then a firm's end word.
    firmAfter: new RegExp(`^\\s+(?:of|at|with)\\s+(?:the\\s+)?((?:(?:[A-Z][A-Za-z'’&-]*|\\([A-Z][A-Za-z]*\\))\\s+){0,7}?(?:${cue('firm')}))(?![A-Za-z])`),
    notFirm: new RegExp(`(?:^|\\s)(?:${cue('not-firm')})$`),
    firmHead: new RegExp(`(?:^|\\s)(?:${cue('firm', 'institution')})(?:$|\\s+(?:of|for)\\s)`, 'i'),
    organOfAt: new RegExp(`^\\s+(?:${cue('organ')})\\s+of(?![A-Za-z])`, 'i'),
    // Lower-case words of the office's name, no small word among them (member of the committee and head of …: no office).
    officeOfAt: new RegExp(`^(?:(?!(?:and|or|of|the|a|an|for|with)\\s)[a-z]+[\\s-]+){0,4}?(?:${cue('office')})\\s+(?:of|at|under|in)\\s+(?:the\\s+)?`),
    ofInstitution: new RegExp(`^\\s+(?:of|at)\\s+(?:the|this|that|his|her|its|a|an)\\s+(?:[a-z]+\\s+)?(?:${cue('institution')})(?![A-Za-z])`, 'i'),
    // Capitalised as the data writes it: not "thought" as a verb after the name.
    doctrineAfter: new RegExp(`^\\s+(?:${cue('doctrine')})(?![A-Za-z])`),
    // …after a possessive in any case (Xi Jinping's thought of socialism): a noun there.
    doctrineAfterPossessive: new RegExp(`^['’]s\\s+(?:${cue('doctrine')})(?![A-Za-z])`, 'i'),
  }
}
