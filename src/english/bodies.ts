import type { BodyMention } from '../committees/types.js'
import { CppccNlpError } from '../errors.js'
import { isAncestor, type Gazetteer } from '../places/gazetteer.js'
import type { Division, PlaceMention } from '../places/types.js'
import { dataFiles } from '../resources/data-files.js'
import { CommitteeKindSchema, type CommitteeKind, type PlaceLevel } from '../schema/result.js'
import { NATIONAL } from '../text/grammar.js'
import { containedIn, Coverage, overlapsAny } from '../spans/index.js'
import { placeIndex } from './place-index.js'
import { spacesBefore } from '../text/chars.js'
import { partitionPoint } from '../text/bisect.js'
import { containing } from '../structure/types.js'
import { escapeRegExp } from '../text/regexp.js'
import { FormsByLetter } from './forms-by-letter.js'

/** A body with a fixed English name (data/en-bodies.tsv). */
type FixedBody = { kind: CommitteeKind; region: string; division: Division | null; id: string }

/** The English body grammar's words (data/en-bodies.tsv, data/en-body-words.tsv), as patterns. */
export type EnBodyLexicon = {
  /** A party's central committee (Central Committee of the China Democratic League, CDL Central Committee): the party itself; the CPC's Central Committee: the fixed CPC Central Committee. */
  readonly central: RegExp
  /** The names of data/en-bodies.tsv (fixedByForm's forms), as written. */
  readonly fixed: FormsByLetter
  /** A foreign country, capital or demonym right before a fixed name, possessive or not (Ghana's │Ministry of Health; data/en-foreign-places.txt). */
  readonly foreignBefore: RegExp
  /** …or after it with in or of (Northeastern University│ in Boston): a foreign namesake, no Chinese body. */
  readonly foreignAfter: RegExp
  readonly fixedByForm: ReadonlyMap<string, FixedBody>
  /** An owner right before a position (CPPCC │Yangquan Municipal Committee), with an ordinal before it and its acronym after it, possessive or not (Jiusan Society's │Guangdong Provincial Committee). */
  readonly ownerBefore: RegExp
  /**
   * An owner's committee of an institution written by its acronym (CPC SUIBE Committee: a university's party committee):
   * group 1 the owner, 2 the acronym; global.
   */
  readonly ownerAcronymCommittee: RegExp
  /** A committee of an owner named before its region (Fourteenth Committee of CPC │Huadu District). */
  readonly committeeOfBefore: RegExp
  /** A body named before its region: a head of its own kind or a department, then "of" (People's Government of │Guangdong Province, Education Bureau of │Shenzhen). */
  readonly headOfBefore: RegExp
  /** A head right after a place and its level word (…│ Municipal Committee of the CPPCC). */
  readonly headAfter: RegExp
  readonly headAfterAnyCase: RegExp
  /** Whether a text holds the last word of a head or department, in any case: else headAfterAnyCase finds nothing in it. */
  holdsHeadWord(text: string): boolean
  /** The kind of a head or owner as written (’ and ' alike); null for a head that takes its owner's. */
  kindOf(word: string): CommitteeKind | null | undefined
  /**
   * The kind of the department word a name of capitalised words ends in: a department word of several words at its end
   * (Guangdong High-tech Industry Chamber of Commerce), else its last word before an "of" or "for" part (Bureau of Statistics).
   */
  departmentKind(words: string): CommitteeKind | null | undefined
  readonly relative: RegExp
  /** A second relative head joined to one by "and", of no article or level word of its own (the Municipal NPC│ and CPPCC): group 1 the head. */
  readonly relativeAnd: RegExp
  /** A relative head after the region's possessive (the city's politics and law committee): group 1 the level noun, 2 the head as written. */
  readonly relativeOwn: RegExp
  /** A department of the region the page is about, in lower case (the provincial department of education, the municipal health commission); group 1 as written, 2 the level. */
  readonly relativeDepartment: RegExp
  /** A department of the region after its possessive, in any case (the city's Development and Reform Commission); groups as relativeDepartment's. */
  readonly possessiveDepartment: RegExp
  /**
   * …or capitalised, as translated local pages write it (the District Meteorological Bureau, the District Association
   * for Science and Technology), also after a lower-case level word (the provincial Taiwan Affairs Office): group 1 as
   * written, 2 the level, 3 the department's words after it.
   */
  readonly relativeCapitalDepartment: RegExp
  /**
   * A capitalised level and an owner word without an article (Provincial CPPCC Chairman Li Wei; Autonomous Region CPPCC):
   * groups 1 written, 2 level, 3 owner; or, as machine translation writes 自治区政协, the owner before the level noun,
   * after an article or not (the 13th CPPCC Autonomous Region): groups 4 written, 5 owner, 6 level.
   */
  readonly relativeBare: RegExp
  /** A mass organisation's capitalised head alone after "the" (the local Women's Federation), the head in group 1: global. */
  readonly massAlone: RegExp
  /** An office of a national body (Information Office of the State Council; Publicity Department of the CPC Central Committee), also without "the" (United Front Work Department of CPC Central Committee). */
  readonly officeOf: RegExp
  /** A development zone's administration (management committee of Changchun Economic and Technological Development Zone), in either case: global. */
  readonly zoneCommittee: RegExp
  /** Committees of several regions under one plural head (the CPPCC Chengdu and Deyang municipal committees; the Chengdu and Deyang Municipal Committees of the CPPCC). */
  readonly pluralBefore: RegExp
  readonly pluralAfter: RegExp
  /**
   * A head of its own kind in the plural before "of" and several regions (the People's Congresses of Hunan, Yunnan, Jilin
   * and other provinces: group 1 the plural head, 2 the regions), or after them and their level (Hunan and Yunnan
   * Provincial People's Congresses: group 1 the regions, 2 the level, 3 the plural head). One body per region, its head
   * in the singular.
   */
  readonly pluralHeadOf: RegExp
  readonly pluralHeadAfter: RegExp
  /** The singular of a plural head as written (People's Congresses → People's Congress). */
  singularHead(plural: string): string
  /** A national institution named without a region: China, Chinese, All-China, National or State, capitalised words, a department word (China Academy of Space Technology), not running into the next name of a list (…, Wuhan University); group 1 that word. */
  readonly national: RegExp
  /** Whether a division is named as a city at any level (data/relative-regions.tsv): Shanghai, a municipality, is the city of "the municipal government". */
  isCity(d: Division): boolean
  /** Whether a head is an owner's own name (CPPCC in Shuangliu CPPCC). */
  isOwner(head: string): boolean
  /** Whether a name ends in a venue's words (Harbin International Conference Center): a place, not a body. */
  isVenue(name: string): boolean
  /**
   * The key part of a head that names a body beside the principal one of its kind in a region (Politics and Law
   * Committee beside the Provincial CPC Committee: data/en-organ-heads.tsv): its organ, one for all the forms of that
   * organ (Commission for Discipline Inspection, Discipline Inspection Commission); '' for any other head.
   */
  organPart(head: string): string
  /** Ministries by what follows "Ministry of", in lower case (education → Ministry of Education). */
  readonly ministries: ReadonlyMap<string, string>
  /**
   * A special committee named by its field words alone (Committee on Proposals, Foreign Affairs Committee,
   * data/en-special-committee-words.txt), not after a capitalised word inside a sentence (China Foreign Affairs …).
   */
  readonly specialBare: RegExp
  /** …or in lower case after "its" (its social and legal committee), the field run and committee in group 1: global. */
  readonly specialOwn: RegExp
  /** A special committee named by field words before "of" and its CPPCC body, ending a text (Proposals Committee of the │CPPCC Fujian Committee). */
  readonly specialFieldBefore: RegExp
  /** …and a congress's committee or commission by its field words (data/en-congress-committee-words.txt) before "of" and the congress (Financial and Economic Affairs Committee of the 12th │National People's Congress), the whole capitalised run (not Law Committee in Politics and Law Committee). */
  readonly congressFieldBefore: RegExp
  /** The national CPPCC committee's name with its head in lower case and a field after it, the head and field in group 1 (CPPCC National │committee on culture, history and study): global. */
  readonly nationalSpecialLower: RegExp
  /** A capitalised special committee and a comma before its CPPCC committee (the Economic Committee, │CPPCC National Committee). */
  readonly specialFieldComma: RegExp
  /** The full owner name of a CPPCC committee, alone (Chinese People's Political Consultative Conference; not the acronym, which a page uses for its own committee too): global. */
  readonly cppccOwner: RegExp
  /** …or right after its CPPCC body, possessive or not, starting a text (CPPCC Beijing Municipal Committee's│ Economic Committee; District CPPCC│ Proposal Committee). */
  readonly specialFieldAfter: RegExp
  /** A CPPCC owner's acronym as a word (the CPPCC, Chairman of the CPPCC, the 12th CPPCC): global. */
  readonly cppccAcronym: RegExp
  /** A congress's capitalised head alone after "the", no region or level with it (members of the People's Congress): global. */
  readonly congressAlone: RegExp
  /** The acronyms a national congress is written with (NPC), against a relative congress of the page. */
  readonly congressAcronyms: ReadonlySet<string>
  /** A word of a visit right before a place, ending a text (inspected │Guangdong, a research trip to │Hebi): data/en-visit-words.txt. */
  readonly visitBefore: RegExp
  /**
   * A party committee's department written without its committee (the Organization Department, the provincial United
   * Front Work Department: data/en-party-departments.txt), after no capitalised word and before no "of" but that of the
   * region's noun (the United Front Work Department of the province): global; group 1 the lower-case level word, if
   * any, 2 that noun.
   */
  readonly partyDepartment: RegExp
  /** A party committee's organ (data/en-organ-heads.tsv of kind party) before "of" and its committee, ending a text (Politics and Law Committee of the │CPC Jiangxi Committee); group 1 the organ. */
  readonly organOfBefore: RegExp
  /** A party department right after a region and its level, in either case (Hainan provincial │organization department); group 1 the department. */
  readonly partyDepartmentAfter: RegExp
  /**
   * A party department's name, or its name without its last word (United Front Work, as in "United Front Work Minister"),
   * written right before a title as its modifier, ending a text (United Front Work │Minister; Organization Department │head):
   * group 1 the words.
   */
  readonly partyDepartmentBefore: RegExp
  /** Whether a department's words are a party committee's department (Organization Department: data/en-party-departments.txt). */
  isPartyDepartment(words: string): boolean
}

// …and the straight double quote some sites print for it (People"s Bank of China), only before a word-final s.
const APOSTROPHE = `(?:['’]|"(?=s(?![A-Za-z])))`
// A hyphen between two capitalised words of a form, which some sites print as a space (All China Women's Federation).
const CAPS_HYPHEN = /(?<=[A-Z][A-Za-z]*)-(?=[A-Z])/g
/**
 * A form as a pattern: ’ and ' alike, "and" also written "&", a hyphen between capitalised words also a space, and a
 * parenthesised acronym allowed between its words.
 */
const pattern = (form: string) => form.split(' ').map((w) => (w === 'and' ? '(?:and|&)' : escapeRegExp(w.replace(CAPS_HYPHEN, ' ')).replace(/ /g, '(?:-|\\s+)').replace(/'/g, APOSTROPHE))).join(WORD_GAP)
/** A form's last run of Latin letters, lower case (People's Congress: congress). */
const lastWord = (form: string) => {
  const w = /[A-Za-z]+(?=[^A-Za-z]*$)/.exec(form)?.[0]
  if (w === undefined) throw new CppccNlpError('E_DATA', `invalid entry in data/en-body-words.tsv or data/en-bodies.tsv: expected Latin letters in ${form}`)
  return w.toLowerCase()
}
/** Whether a run of Latin letters of the text, in lower case, is one of `words`. */
function holdsWord(text: string, words: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(/[A-Za-z]+/g)) if (words.has(m[0].toLowerCase())) return true
  return false
}
/** What stands between two words of a form: spaces, and a parenthesised acronym maybe. */
const WORD_GAP = '(?:\\s+\\([A-Z]{2,8}\\))?\\s+'
/** The forms' patterns in the order an alternation tries them: longest first, so that a form wins over its prefix. */
const patterns = (forms: Iterable<string>) => [...forms].sort((a, b) => b.length - a.length).map(pattern)
const alternation = (forms: Iterable<string>) => patterns(forms).join('|')
/** A form as the table keys it: parenthesised acronyms dropped, ’ (and " for it) as ', spaces single, & as and. */
export const formKey = (s: string) => s.replace(/\s*\([A-Z]{2,8}\)/g, '').replace(/’|(?<=[A-Za-z])"(?=s(?![A-Za-z]))/g, "'").replace(/\s+/g, ' ').replace(/ & /g, ' and ')
/** A special committee's own words as a key: one body whether its field is written singular or plural, its sub-committee hyphened or not (Proposals Sub-Committee, Proposal Sub-committee). */
const specialKey = (s: string) => formKey(s).toLowerCase().replace(/s(?=\s+(?:sub-?)?committee(?![a-z]))/, '').replace(/sub-committee/g, 'subcommittee')
/** A term's ordinal word (the ninth central committee); its place in the list is its number less one. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const ORDINAL_WORDS = ORDINALS.join('|')
/** A body's name as written: apostrophes and an acronym inside it as printed, spaces single, no leading article. */
const asWritten = (s: string) => s.replace(/\s+/g, ' ').replace(/^the /, '')

// The adjectives of a region's level before a body's head (the municipal health commission, the provincial government).
/** The head words of lex.officeOf (Information Office of the State Council), shared with its prefilter OFFICE_OF. */
export const OFFICE_HEADS = ['Office', 'Bureau', 'Department', 'Commission', 'Administration', 'Center', 'Centre', 'Leading Group']
const OFFICE_HEAD = OFFICE_HEADS.map((h) => h.replace(/ /g, '\\s+')).join('|')
/** The words of lex.central (CPC Central Committee), shared with its prefilter CENTRAL_COMMITTEE. */
const CENTRAL_COMMITTEE_WORDS = '[Cc]entral\\s+[Cc]ommittee'
/** The words of lex.committeeOfBefore (Committee of), shared with its prefilter COMMITTEE_OF. */
const COMMITTEE_OF_WORDS = 'Committee\\s+of\\s+'
/** The end of lex.headOfBefore's text (of the), shared with its prefilter OF_AT_END. */
const OF_END = '\\s+of\\s+(?:the\\s+)?$'

const LEVEL_ADJECTIVES = ['city', 'municipal', 'provincial', 'regional', 'prefectural', 'county', 'district']
/** The lower-case level words before a body (the provincial …), as one alternation; party titles hold them too (lexicon.ts). */
export const LEVEL_ADJECTIVE = LEVEL_ADJECTIVES.join('|')
const LEVEL_ADJECTIVE_CAPITALISED = LEVEL_ADJECTIVES.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')

export function loadEnBodyLexicon(g: Gazetteer): EnBodyLexicon {
  const fixedByForm = new Map<string, FixedBody>()
  const owners = new Map<string, CommitteeKind>()
  for (const { cells, where } of dataFiles.tsv('en-bodies.tsv', 4)) {
    const [form, kind, region, id] = cells as [string, string, string, string]
    const k = CommitteeKindSchema.safeParse(kind)
    const division = region === NATIONAL ? null : g.byName(region)[0]
    if (!k.success || division === undefined) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected a kind (${CommitteeKindSchema.options.join(', ')}) and a region (an official name or ${NATIONAL})`)
    fixedByForm.set(formKey(form), { kind: k.data, region, division, id })
    // …and as some sites print it, a space for the hyphen between capitalised words (All China Women's Federation).
    if (!fixedByForm.has(formKey(form.replace(CAPS_HYPHEN, ' ')))) fixedByForm.set(formKey(form.replace(CAPS_HYPHEN, ' ')), { kind: k.data, region, division, id })
    // A party's own name owns its committees (Jilin Provincial Committee of the China Democratic League).
    if (k.data === 'democratic-party') owners.set(form, k.data)
  }
  const heads = new Map<string, CommitteeKind | null>()
  const relative: string[] = []
  const relativeOnly = new Map<string, CommitteeKind | null>()
  const possessives: string[] = []
  for (const { cells, where } of dataFiles.tsv('en-body-words.tsv', 3)) {
    const [word, use, kind] = cells as [string, string, string]
    const k = kind === '-' ? null : CommitteeKindSchema.safeParse(kind).data
    if (k === undefined || !['owner', 'head', 'relative', 'relative-only', 'department', 'possessive'].includes(use) || (use === 'owner' && k === null)) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected owner, head, department, relative, relative-only or possessive and a kind`)
    if (use === 'possessive') possessives.push(word)
    else if (use === 'owner') owners.set(word, k!)
    else if (use === 'relative') { relative.push(word); heads.set(word, k) }
    else if (use === 'relative-only') { relative.push(word); relativeOnly.set(word, k) }
    else if (use === 'head') heads.set(word, k)
    else heads.set(`${word}`, k)
  }
  // …and heads one after a region and its level (Dalian Municipal Jiusan Society Committee), or before "of" and the
  // region, with any committee head that takes its owner's kind (Jiusan Society Primary Committee of │Lushun District).
  const ownerless = [...heads].filter(([h, k]) => k === null && /^[A-Z]/.test(h)).map(([h]) => h)
  const partyForms = [...owners].filter(([, k]) => k === 'democratic-party').map(([form]) => form)
  const partyHeads = new Set(partyForms.flatMap((form) => ownerless.map((h) => `${form} ${h}`)))
  for (const h of partyHeads) heads.set(h, 'democratic-party')
  // In the patterns those heads are written as the parties' alternation and then the heads' (before the other heads), not
  // every pair spelled out, which made the head patterns several times longer.
  const partyHeadsAlt = (parties: readonly string[], hs: readonly string[]) => (parties.length && hs.length ? `(?:${alternation(parties)})${WORD_GAP}(?:${alternation(hs)})` : '')
  const orParty = (party: string, rest: string) => [party, rest].filter((a) => a !== '').join('|')
  const kinds = new Map<string, CommitteeKind | null>([...relativeOnly, ...heads, ...owners].map(([w, k]) => [formKey(w), k]))
  const ownerAlt = alternation(owners.keys())
  const departments = [...dataFiles.tsv('en-body-words.tsv', 3)].filter((r) => r.cells[1] === 'department').map((r) => r.cells[0]!)
  const headAlt = orParty(partyHeadsAlt(partyForms, ownerless), alternation([...heads.keys()].filter((h) => !departments.includes(h) && !partyHeads.has(h))))
  // Every match of headAfter(AnyCase) holds the last word of a head (a party's ones end in an ownerless head) or of a
  // department, between non-letters.
  const headEnds = new Set([...heads.keys(), ...departments].map(lastWord))
  const longDepartments = departments.filter((d) => d.includes(' '))
  const longDepartmentEnd = longDepartments.length ? new RegExp(`(?<![A-Za-z])(?:${longDepartments.map((d) => d.replace(/ /g, '\\s+')).join('|')})$`) : null
  // A capitalised word of a name; an apostrophe only inside a word (O'Brien), never a possessive 's but that of persons a
  // name holds (Children's Hospital: data/en-body-words.tsv, possessive).
  // …no possessive branch when the data lists none (an empty one would match anywhere).
  const possessiveCap = possessives.length ? `(?:${alternation(possessives)})(?![A-Za-z])|` : ''
  const CAP = `(?:${possessiveCap}[A-Z][A-Za-z-]*(?:['’](?!s(?![A-Za-z]))[A-Za-z]+)?)`
  // A capitalised word of a name's "of" part: not a verb a headline writes after the name (… of Health and Family Planning│ Held Forum).
  const OFCAP = `(?!(?:${alternation(dataFiles.list('en-headline-verbs.txt'))})(?![A-Za-z]))${CAP}`
  const ofRun = `(?:\\s+(?:and\\s+)?${OFCAP}|(?:,\\s+${OFCAP}(?:\\s+${OFCAP})?){1,3},?\\s+and\\s+${OFCAP}){0,4}`
  const parties = [...fixedByForm].filter(([, b]) => b.kind === 'democratic-party').map(([form]) => form)
  const partyAlt = alternation(parties)
  // The party whose fixed name is its central committee's (CPC of CPC Central Committee): possessive only, as the fixed form reads the rest.
  const CENTRAL = ' Central Committee'
  const HEAD = ' Committee'
  const centralAlt = alternation([...fixedByForm].filter(([form, b]) => b.kind === 'party' && b.region === NATIONAL && form.endsWith(CENTRAL)).map(([form]) => form.slice(0, -CENTRAL.length)))
  const names = "[A-Z][A-Za-z'’]*(?:(?:,\\s+|,?\\s+and\\s+)[A-Z][A-Za-z'’]*)+"
  const levels = '[Mm]unicipal|[Pp]rovincial|[Cc]ounty|[Dd]istrict|[Cc]ity|[Pp]refectural'
  const national = [...fixedByForm].filter(([form, b]) => b.region === NATIONAL && (b.kind === 'government' || b.kind === 'party') && !/^[A-Z]+$/.test(form)).map(([form]) => form)
  const venues = dataFiles.list('en-venues.txt')
  const partyDepartmentForms = dataFiles.list('en-party-departments.txt')
  const partyDepartmentKeys = new Set(partyDepartmentForms.map((f) => formKey(f).toLowerCase()))
  const organRows = dataFiles.tsv('en-organ-heads.tsv', 2).map((r) => r.cells as [string, string])
  const organs = new Map(organRows.map(([form, organ]) => [formKey(form).toLowerCase(), organ]))
  const foreign = dataFiles.list('en-foreign-places.txt')
  // Field words of special committees, joined by spaces, commas, "and" or "with" (Liaison with Hong Kong, Macao …); also in
  // lower case, as some pages write a special committee before its CPPCC body (the economic committee of the CPPCC National Committee).
  const fieldWords = dataFiles.list('en-special-committee-words.txt')
  const fieldRun = fieldRunOf(fieldWords)
  const fieldRunLower = fieldRunOf(fieldWords.map((w) => w.toLowerCase()))
  const congressRun = fieldRunOf(dataFiles.list('en-congress-committee-words.txt'))
  // The words a national institution's name opens with; a new one starts a new name (… and China Aerospace …).
  const NATION = '(?:All-China|China|Chinese|National|State)'
  // Heads that give their own kind (People's Government, Women's Federation), not their owner's.
  const ownHeads = orParty(partyHeadsAlt(partyForms, ownerless), alternation([...heads].filter(([h, k]) => k !== null && /^[A-Z]/.test(h) && !departments.includes(h) && !partyHeads.has(h)).map(([h]) => h)))
  const deptAlt = departments.map((d) => d.replace(/ /g, '\\s+')).join('|')
  // The plural of a head of its own kind and no "of" part (People's Congress → People's Congresses, People's Government →
  // People's Governments), as a list of regions writes it.
  const pluralOf = (h: string) => h.replace(/(?<=(?:s|x|ch|sh))$/, 'e') + 's'
  const noOf = (h: string) => !h.includes(' of ')
  const singularOf = new Map([...heads].filter(([h, k]) => k !== null && /^[A-Z]/.test(h) && noOf(h) && !departments.includes(h)).map(([h]) => [pluralOf(h), h]))
  const pluralHeads = orParty(partyHeadsAlt(partyForms.filter(noOf), ownerless.filter(noOf).map(pluralOf)), alternation([...singularOf].filter(([, h]) => !partyHeads.has(h)).map(([p]) => p)))
  // Regions of a list, each of one or two capitalised words (Hunan, Inner Mongolia and Jilin).
  const namesMulti = "[A-Z][A-Za-z'’]*(?:\\s+[A-Z][A-Za-z'’]*)?(?:(?:,\\s+|,?\\s+and\\s+)[A-Z][A-Za-z'’]*(?:\\s+[A-Z][A-Za-z'’]*)?)+"
  // The suffix of the word that means a city at provincial and prefectural level alike.
  const citySuffix = dataFiles.tsv('relative-regions.tsv', 2).find((r) => /province/.test(r.cells[1]!) && /prefecture/.test(r.cells[1]!))?.cells[2] ?? null
  const ownerKeys = new Set([...owners.keys()].map(formKey))
  const ownerAcronyms = alternation([...owners.keys()].filter((o) => /^[A-Z]+$/.test(o)))
  // The acronyms a CPPCC owner is written with (CPPCC).
  const cppccAcronyms = alternation([...owners].filter(([o, k]) => k === 'cppcc' && /^[A-Z]+$/.test(o)).map(([o]) => o))
  // Government department words in lower case (department, bureau …) and a lower-case word that is not a small word.
  const govDepartments = departments.filter((d) => heads.get(d) === 'government').map((d) => d.toLowerCase()).join('|')
  const LOWER = `(?!(?:the|a|an|to|for|on|in|at|with|by|from|of|and|or|is|was|are|were|has|have|had|will|would|said|says|that|which|who|as|its|their|this|these|and|${govDepartments})(?![a-z]))[a-z]+`
  // A zone's name after "of": capitalised words and the lower-case words zones are named with, ending in a zone's head
  // word (data/en-zone-words.tsv); the shortest such run.
  const zoneRows = dataFiles.tsv('en-zone-words.tsv', 2).map((r) => r.cells as [string, string])
  const zoneWord = `(?:[A-Z][A-Za-z'’-]*|${alternation(zoneRows.filter(([, u]) => u === 'inner').map(([w]) => w))})`
  const zoneHead = alternation(zoneRows.filter(([, u]) => u === 'head').map(([w]) => w))
  const zoneHeadAlone = alternation(zoneRows.filter(([, u]) => u === 'head-alone').map(([w]) => w))
  // An inner word in either case, "and" aside: a plain head needs one (Suzhou Industrial Park; not Wanda Theme Park).
  const zoneInner = zoneRows.filter(([w, u]) => u === 'inner' && w !== 'and').map(([w]) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')
  return {
    zoneCommittee: new RegExp(`(?<![A-Za-z])(?:[Mm]anagement|[Aa]dministrat(?:ion|ive))\\s+[Cc]ommittee\\s+of\\s+(?:the\\s+)?(?:[A-Z][A-Za-z'’-]*(?:\\s+${zoneWord}){0,6}?\\s+(?:${zoneHeadAlone})|[A-Z][A-Za-z'’-]*(?:\\s+${zoneWord}){0,5}?\\s+(?:${zoneInner})(?:\\s+${zoneWord}){0,5}?\\s+(?:${zoneHead}))(?![A-Za-z])`, 'g'),
    isCity: (d) => citySuffix !== null && citySuffix !== '' && d.name.endsWith(citySuffix),
    isOwner: (h) => ownerKeys.has(formKey(h)),
    // …also a pair of countries (China-Cuba Friendship Association).
    // …not "Chinese" of overseas Chinese, the people an office serves (│Overseas Chinese and Taiwan Affairs Office).
    national: new RegExp(`(?<![A-Za-z'’-])(?<![Oo]verseas\\s+)${NATION}(?:-${CAP})?(?:\\s+(?:and\\s+)?${CAP}){0,6}?\\s+(${deptAlt})(?:\\s+(?:of|for)\\s+(?:the\\s+)?${OFCAP}(?:,?\\s+(?:and\\s+)?(?!${NATION}\\s)(?!(?:${CAP}\\s+){1,3}(?:${deptAlt})(?![A-Za-z]))${OFCAP}){0,4})?(?![A-Za-z])`, 'g'),
    isVenue: (name) => venues.some((v) => name.endsWith(` ${v}`) || name === v),
    organPart: (head) => {
      const organ = organs.get(formKey(head).toLowerCase().replace(/\s+/g, ' '))
      return organ === undefined ? '' : `|${organ}`
    },
    // The Political Bureau is the Central Committee's own organ, kept under it as in the Chinese lists.
    // …with "and" inside (Hong Kong and Macao Work Office) and the SAR it works in (Liaison Office of the Central People's Government in the Hong Kong SAR).
    // …also where a scraped page glues it to the word before (the briefingincluded│Political and Legal Commission of the CPC Central Committee).
    officeOf: new RegExp(`(?:(?<![A-Za-z])|(?<=[a-z]{4})(?=[A-Z][a-z]))((?!The\\s|Political\\s+Bureau\\s)(?:${CAP}\\s+(?:and\\s+)?){1,5}(?:${OFFICE_HEAD}))\\s+of\\s+(?:the\\s+)?(${alternation(national)})(?:\\s+of\\s+China|\\s+in\\s+the\\s+(?:Hong\\s+Kong|Macao|Macau)\\s+(?:Special\\s+Administrative\\s+Region|SAR))?(?![A-Za-z])`, 'g'),
    pluralBefore: new RegExp(`(?<![A-Za-z])(${ownerAlt})\\s+(${names})\\s+(${levels})\\s+committees(?![A-Za-z])`, 'g'),
    pluralAfter: new RegExp(`(?<![A-Za-z])(${names})\\s+(${levels})\\s+[Cc]ommittees\\s+of\\s+(?:the\\s+)?(${ownerAlt})(?![A-Za-z])`, 'g'),
    pluralHeadOf: new RegExp(`(?<![A-Za-z'’-])(${pluralHeads})\\s+of\\s+(${namesMulti})(?![A-Za-z'’-])`, 'g'),
    pluralHeadAfter: new RegExp(`(?<![A-Za-z'’-])(${namesMulti})\\s+(${levels.replace(/\[([A-Z])[a-z]\]/g, '$1')})\\s+(${pluralHeads})(?![A-Za-z'’-])`, 'g'),
    singularHead: (plural) => singularOf.get(plural.replace(/\s+/g, ' ').replace(/’/g, "'")) ?? plural,
    // Central Committee of the CDL, the central committee of Jiusan Society, CDL Central Committee
    // …possessive, with its term between, in either case (the CDL's 10th Central Committee, the CNDCA's ninth central committee,
    // the CNDCA central committee). Groups: 1 and 2 the party, 3 its 's, 4 the term, 5 the CPC, 6 its term; 'd' gives where the term stands.
    central: new RegExp(`(?<![A-Za-z])(?:${CENTRAL_COMMITTEE_WORDS}\\s+of\\s+(?:the\\s+)?(${partyAlt})|(${partyAlt})(['’]s)?\\s+(?:(\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})\\s+)?${CENTRAL_COMMITTEE_WORDS}|(${centralAlt})['’]s\\s+(?:(\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})\\s+)?${CENTRAL_COMMITTEE_WORDS})(?![A-Za-z])`, 'gd'),
    fixed: new FormsByLetter(patterns(fixedByForm.keys()), 'data/en-bodies.tsv'),
    fixedByForm,
    foreignBefore: new RegExp(`(?<![A-Za-z.])(?:${alternation(foreign)})(?:['’]s?)?\\s+(?:the\\s+)?$`),
    foreignAfter: new RegExp(`^,?\\s+(?:in|of)\\s+(?:the\\s+)?(?:${alternation(foreign)})(?![A-Za-z])`),
    // …also right after the CPPCC acronym's possessive, the only capitalised word that may stand before it (the CPPCC's │Proposals Sub-Committee).
    specialBare: new RegExp(`(?<![A-Za-z'’-])(?:(?:Sub-?)?[Cc]ommittee\\s+(?:on|for)\\s+(?:the\\s+)?${fieldRun}|(?<![A-Za-z'’-]\\s+(?!(?:${cppccAcronyms})['’]s\\s)[A-Z][A-Za-z'’-]*\\s+)${fieldRun}\\s+(?:Sub-?)?[Cc]ommittee)(?![A-Za-z'’-])`, 'g'),
    specialOwn: new RegExp(`(?<![A-Za-z'’-])its\\s+(${fieldRunLower}\\s+(?:sub-?)?committee)(?![A-Za-z'’-])`, 'g'),
    specialFieldBefore: new RegExp(`(?<![A-Za-z'’-])((?:${fieldRun}|${fieldRunLower})\\s+(?:[Ss]ub-?)?[Cc]ommittee\\s+(?:of|under|with)\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?)$`),
    congressFieldBefore: new RegExp(`(?<![A-Za-z'’-])(?<!(?:^|[^A-Za-z'’-])(?!The\\s)[A-Z][A-Za-z'’-]*,?\\s+(?:and\\s+)?)(${congressRun}\\s+(?:Committee|Commission)\\s+(?:of|under)\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?)$`),
    nationalSpecialLower: new RegExp(`(?<![A-Za-z'’-])(?:${alternation([...fixedByForm].filter(([form, b]) => b.kind === 'cppcc' && b.region === NATIONAL && form.endsWith(HEAD)).map(([form]) => form.slice(0, -HEAD.length)))})\\s+(committee\\s+(?:on|for)\\s+(?:the\\s+)?${fieldRunLower})(?![A-Za-z'’-])`, 'g'),
    specialFieldComma: new RegExp(`(?<![A-Za-z'’-])(${fieldRun}\\s+(?:Sub-?)?Committee,\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?)$`),
    cppccOwner: new RegExp(`(?<![A-Za-z'’-])(?:${alternation([...owners].filter(([o, k]) => k === 'cppcc' && !/^[A-Z]+$/.test(o)).map(([o]) => o))})(?![A-Za-z'’-])`, 'g'),
    specialFieldAfter: new RegExp(`^(?:['’]s)?\\s+(${fieldRun}\\s+(?:Sub-?)?Committee)(?![A-Za-z'’-])`),
    cppccAcronym: new RegExp(`(?<![A-Za-z'’-])(?:${cppccAcronyms})(?![A-Za-z-])`, 'g'),
    // …not a name's first words (the People's Congress Standing Committee) nor before its region (the People's Congress of Hefei).
    congressAlone: new RegExp(`(?<![A-Za-z])[Tt]he\\s+(?:${alternation([...heads].filter(([h, k]) => k === 'congress' && /^[A-Z][a-z]/.test(h)).map(([h]) => h))})(?![A-Za-z'’-])(?!\\s+(?:of|in)\\s|\\s+\\(|\\s+[A-Z])`, 'g'),
    congressAcronyms: new Set([...fixedByForm].filter(([form, b]) => b.kind === 'congress' && b.region === NATIONAL && /^[A-Z]+$/.test(form)).map(([form]) => form)),
    visitBefore: new RegExp(`(?<![A-Za-z-])(?:${dataFiles.list('en-visit-words.txt').map((v) => escapeRegExp(v).replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i'),
    partyDepartmentAfter: new RegExp(`^\\s+(${alternation(partyDepartmentForms)})(?![A-Za-z'’-])`, 'i'),
    isPartyDepartment: (words) => partyDepartmentKeys.has(formKey(words).toLowerCase()),
    // …a form whose last word is a department word (Department, Commission) also without it (United Front Work Minister).
    partyDepartmentBefore: new RegExp(`(?<![A-Za-z'’-])(${alternation([...partyDepartmentForms, ...partyDepartmentForms.filter((f) => departments.includes(f.split(' ').at(-1)!)).map((f) => f.slice(0, f.lastIndexOf(' ')))])})\\s+$`),
    organOfBefore: new RegExp(`(?<![A-Za-z'’-])(${alternation(organRows.map(([form]) => form).filter((h) => kinds.get(formKey(h)) === 'party'))})\\s+of\\s+(?:the\\s+)?$`),
    partyDepartment: new RegExp(`(?<![A-Za-z'’-])(?:(provincial|municipal|city|county|district)\\s+)?(?:${alternation(partyDepartmentForms)})(?![A-Za-z'’-])(?:\\s+of\\s+the\\s+(?:(province|city|county|district)|([Pp]arty\\s+[Cc]ommittee))(?![A-Za-z'’-]))?(?!\\s+of\\s)`, 'g'),
    ministries: new Map([...fixedByForm.keys()].filter((f) => f.startsWith('Ministry of ')).map((f) => [f.slice(12).toLowerCase(), f])),
    // …a department with its own "of" part first (Department of Education of │Zhejiang Province).
    headOfBefore: new RegExp(`(?<![A-Za-z])((?:(?!The\\s)${CAP},?\\s+(?:and\\s+)?){0,6}?(?:${ownHeads}|(?:${deptAlt})(?:\\s+of\\s+(?!the\\s)${OFCAP}${ofRun})?))${OF_END}`),
    ownerAcronymCommittee: new RegExp(`(?<![A-Za-z'’-])(${ownerAlt})\\s+([A-Z]{2,8})\\s+Committee(?![A-Za-z'’-])`, 'g'),
    committeeOfBefore: new RegExp(`(?:(?:\\d+|[A-Z][a-z]+)(?:st|nd|rd|th)\\s+)?((?:Standing\\s+)?${COMMITTEE_OF_WORDS}(?:the\\s+)?(${ownerAlt}))\\s+$`),
    // …with its acronym after it: Chinese People's Political Consultative Conference (CPPCC) │Shanghai Committee.
    ownerBefore: new RegExp(`(?:(\\d+)(?:st|nd|rd|th)\\s+)?(${ownerAlt})(?:['’]s)?(?:\\s+\\([A-Z]{2,8}\\))?\\s+$`),
    // The words after a department's "of": capitalised words, "and" between them, and a comma list only where "and"
    // closes it (Bureau of Science, Technology and Information); a comma and no "and" ends the name (the Department of
    // Education, │Qin Yinlin, a member …), as a list of persons or bodies follows it.
    // head: a grammar head, or capitalised words ending in a department word (Health Commission,
    // Bureau of Statistics), no department word before it (Wuhan University │and Nanjing …); owner: "of (the) OWNER" after it.
    headAfter: new RegExp(`^\\s+(?:(${headAlt})|((?:(?!(?:${departments.join('|')})[\\s,])${CAP},?\\s+(?:and\\s+)?){0,6}(?:${departments.join('|')})(?:\\s+of\\s+${OFCAP}${ofRun})?))(?![A-Za-z])(?:\\s+of\\s+(?:the\\s+)?(${ownerAlt})(?![A-Za-z]))?`),
    headAfterAnyCase: new RegExp(`^\\s+(?:(${headAlt})|((?:(?!(?:${departments.join('|')})[\\s,])${CAP},?\\s+(?:and\\s+)?){0,6}(?:${departments.join('|')})(?:\\s+of\\s+${OFCAP}${ofRun})?))(?![A-Za-z])(?:\\s+of\\s+(?:the\\s+)?(${ownerAlt})(?![A-Za-z]))?`, 'i'),
    holdsHeadWord: (text) => holdsWord(text, headEnds),
    kindOf: (word) => kinds.get(formKey(word)),
    departmentKind: (words) => kinds.get(formKey(longDepartmentEnd?.exec(words)?.[0] ?? words.replace(/\s+(?:of|for)\s+.*$/, '').split(/\s+/).at(-1)!)),
    // the city government; the 13th Provincial CPPCC; the CPC District Committee (names keep their capitals)
    massAlone: new RegExp(`(?<![A-Za-z])[Tt]he\\s+(?:local\\s+)?(${alternation([...heads].filter(([h, k]) => k === 'mass-organisation' && /^[A-Z]/.test(h) && !departments.includes(h)).map(([h]) => h))})(?![A-Za-z'’-])(?!\\s+(?:of|in)\\s)`, 'g'),
    relativeBare: new RegExp(`(?<![A-Za-z-])(?:(?<!(?:[A-Z][A-Za-z'’-]*|[Tt]he)\\s+)((City|Municipal|Provincial|Regional|Prefectural|County|District|Town|Township|${AUTONOMOUS_REGION})\\s+(${ownerAcronyms}))|(?<!(?:^|[^A-Za-z'’-])(?!The\\s)[A-Z][A-Za-z'’-]*\\s+)((${ownerAcronyms})\\s+(${AUTONOMOUS_REGION})(?!\\s+[A-Z])))(?![A-Za-z'’-])`, 'g'),
    // the provincial department of education, the municipal health commission, the city's education bureau: lower-case
    // words (not a small word, nor a verb form in -ed after "of") around a government department word.
    relativeDepartment: new RegExp(`(?<![A-Za-z])[Tt]he\\s+((${LEVEL_ADJECTIVE})\\s+(?:${LOWER}\\s+(?:and\\s+)?){0,3}(?:${govDepartments})(?:\\s+of\\s+${LOWER}(?<!ed)(?:,?\\s+(?:and\\s+)?${LOWER}(?<!ed)){0,4})?)(?![A-Za-z])`, 'g'),
    // …after the region's possessive, in any case (the city's health commission, the city's Development and Reform Commission),
    // not a department word alone (the province's commission members), which says no department.
    possessiveDepartment: new RegExp(`(?<![A-Za-z])the\\s+((city|province|county|district)['’]s\\s+(?!(?:${govDepartments})(?![A-Za-z])(?!\\s+of\\s))(?:${LOWER}\\s+(?:and\\s+)?){0,3}(?:${govDepartments})(?:\\s+of\\s+${LOWER}(?<!ed)(?:,?\\s+(?:and\\s+)?${LOWER}(?<!ed)){0,4})?)(?![A-Za-z])`, 'gi'),
    relativeCapitalDepartment: new RegExp(`(?<![A-Za-z])[Tt]he\\s+((${LEVEL_ADJECTIVE_CAPITALISED}|${LEVEL_ADJECTIVE})\\s+((?:(?!(?:${departments.join('|')})[\\s,])${CAP},?\\s+(?:and\\s+)?){0,4}(?:${departments.join('|')})(?:\\s+(?:of|for)\\s+${OFCAP}(?:,?\\s+(?:and\\s+)?${OFCAP}){0,4})?))(?![A-Za-z'’-])`, 'g'),
    // the city's intermediate people's court: the body of that level, named by its head.
    // …and a second joined by "and" (the city's intermediate people's court and procuratorate): group 3.
    relativeOwn: new RegExp(`(?<![A-Za-z])[Tt]he\\s+(city|province|county|district)['’]s\\s+(${alternation(relative)})(?![A-Za-z-])(?:\\s+and\\s+(${alternation(relative)})(?![A-Za-z-]))?`, 'g'),
    // …also the second of two joined by "and", an item of a list (the district court, district procuratorate, …), and
    // after of/by/from with no article, as translated local pages write them (on behalf of municipal government, leaders of
    // district court); not after other prepositions, where the words more often name a kind (worked for provincial
    // government agencies, with city government taking the lead).
    // …with its owner before the level or after "of" (the Jiusan Society Provincial Committee, the Provincial Committee of
    // the China Democratic League): group 2 and group 5.
    relativeAnd: new RegExp(`^\\s+and\\s+(${alternation(relative)})(?![A-Za-z'’-])`, 'i'),
    relative: new RegExp(`(?:(?<![A-Za-z])(?:the|and|of|by|from)|,)\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?(((?:${ownerAlt})\\s+)?(${LEVEL_ADJECTIVE}|town|township|${AUTONOMOUS_REGION})\\s+(${alternation(relative)}|committee)(?![A-Za-z])(?:\\s+of\\s+(?:the\\s+)?(${ownerAlt}))?)(?![A-Za-z])`, 'gi'),
  }
}

/** The level noun of an autonomous region written as a relative level word, as machine translation writes it (the Autonomous Region CPPCC). */
const AUTONOMOUS_REGION = 'Autonomous\\s+Region'

// How far before or after a fixed name a foreign place is looked for (the longest names, Saint Vincent and the Grenadines).
const FOREIGN_WITHIN = 48
// A ministry written field first (Education Ministry) after a level word (the provincial │Education Ministry, a county
// Health Ministry): a local department written loosely, no national ministry.
const FIELD_FIRST = /\sMinistry$/
const LEVEL_BEFORE = new RegExp(`(?<![A-Za-z])(?:${LEVEL_ADJECTIVE}|${LEVEL_ADJECTIVE_CAPITALISED})\\s+$`)

// An autonomous region is of provincial level: the regional government of Tibet. The nouns of a possessive or of "of the
// province" name their level too (the province's people's congress, the United Front Work Department of the province).
const LEVEL_OF: Record<string, PlaceLevel> = { city: 'prefecture', municipal: 'prefecture', provincial: 'province', province: 'province', regional: 'province', 'autonomous region': 'province', prefectural: 'prefecture', county: 'county', district: 'county', town: 'township', township: 'township' }
/** A level word as LEVEL_OF keys it. */
const levelKey = (level: string) => level.toLowerCase().replace(/\s+/g, ' ')

/** What finding English bodies reads: the text, the English paragraphs and the places found in them. */
export type EnBodyInput = {
  text: string
  paragraphs: ReadonlyArray<{ start: number; end: number }>
  places: readonly PlaceMention[]
  /** The level words after a place (Municipal, Province), longest first, as one pattern anchored at the start. */
  levelAfter: RegExp
  /** Divisions that have no CPPCC committee of their own (data/outside-regions.txt): Hong Kong CPPCC members sit on others. */
  outside: ReadonlySet<string>
  /** Where persons' names start (findEnglishNames): a national institution's name does not run over a comma into one. */
  nameStarts?: ReadonlySet<number>
}

// Words that every match of lex.central and lex.officeOf holds, built from the same parts as those patterns: a paragraph
// without them is not searched with the patterns (some 10 KB each, whose first search costs tens of milliseconds), which
// find nothing there.
const CENTRAL_COMMITTEE = new RegExp(CENTRAL_COMMITTEE_WORDS)
const OFFICE_OF = new RegExp(`(?:${OFFICE_HEAD})\\s+of\\s`)
// …and every text where lex.committeeOfBefore or lex.headOfBefore matches holds their words too (as above, 4 and 10 KB).
const COMMITTEE_OF = new RegExp(COMMITTEE_OF_WORDS)
const OF_AT_END = new RegExp(OF_END)

/**
 * Public bodies named in English: fixed names (CPPCC National Committee, Ministry of Finance), bodies
 * of a region (Yangquan Municipal Committee of the CPPCC, CPPCC Yangquan Municipal Committee, Zhongshan
 * CPPCC, Guangdong Provincial People's Congress, Yangquan Municipal Bureau of Statistics), special
 * committees of a CPPCC body (subcommittee for handling proposals of the CPPCC National Committee), and
 * relative mentions (the city government) with the region the page is about. Each is named as written,
 * without a leading article or term (the 14th …); mentions of one body share a key.
 */
export function findEnglishBodies(input: EnBodyInput, lex: EnBodyLexicon): BodyMention[] {
  const { text } = input
  // Every reading of every stretch first; where two overlap the longer one is the name (the Jilin
  // Provincial Committee of the China Democratic League, not the party in it).
  const found: BodyMention[] = []
  // National institutions last: a fixed name of the same stretch (All-China Women's Federation) keeps its own key.
  const nationals: BodyMention[] = []
  const placeIx = placeIndex(input.places)
  // For each place, the next place (in text order) of the same division written after "and": read once, from the last.
  const againAfter: (PlaceMention | undefined)[] = []
  const nextAnd = new Map<Division, PlaceMention>()
  for (let i = input.places.length - 1; i >= 0; i--) {
    const q = input.places[i]!
    againAfter[i] = nextAnd.get(q.division!)
    if (AND_BEFORE.test(text.slice(q.start - 8, q.start))) nextAnd.set(q.division!, q)
  }
  for (const [i, pl] of input.places.entries()) {
    const d = pl.division!
    // After "the" and a lower-case level word a place's name is a department's field, not its region (the provincial
    // │Taiwan Affairs Office: 省台办), which the relative reading names.
    if (LEVEL_WORD_BEFORE.test(text.slice(Math.max(0, pl.start - 24), pl.start))) continue
    // …nor where the department's words follow it right away (│Taiwan Affairs Office of Huangpu District: 黄埔区台办;
    // │Taiwan Work Office): the office is of the region written before or after it, or none. Only a place the mainland's
    // offices serve as a field (Taiwan, Hong Kong, Macao: data/outside-regions.txt); another's office is its own (Hangzhou
    // Affairs Office in Beijing: 杭州市驻京办).
    if (input.outside.has(d.name) && FIELD_AFTER.test(text.slice(pl.end, pl.end + 16))) continue
    const before = lex.ownerBefore.exec(text.slice(Math.max(0, pl.start - 80), pl.start))
    let at = pl.end
    // A name runs on to the end of its paragraph at most (a source line and the first words of the text under it:
    // From:Beijing Municipal Commission of Health and Family Planning│ ⏎⏎ On January 19 …), and not over "and" and
    // its own region again, which opens the next name of a list (Shanghai Institute of Mechanical Engineering│ and
    // Shanghai University of Engineering).
    const paragraphEnd = input.paragraphs[containing(input.paragraphs, pl.start)]?.end ?? text.length
    const again = againAfter[i] !== undefined && againAfter[i]!.start < paragraphEnd ? againAfter[i] : undefined
    const limit = again ? again.start - /,?\s+and\s+$/.exec(text.slice(again.start - 8, again.start))![0].length : paragraphEnd
    const rest = (from: number) => text.slice(from, Math.max(from, limit))
    // A level word that is a head as well (Luohu People's Political Consultative Conference) ends the name as its head.
    // Only a head of the grammar does so: a department's capitalised name may begin with the level word
    // (Shenzhen Municipal Bureau of Commerce), which is skipped as for any other head.
    const direct = lex.headAfter.exec(rest(at))
    const level = direct?.[1] !== undefined ? null : input.levelAfter.exec(rest(at))
    if (level) at += level[0].length
    // An institution numbered within its region (Chongqing No 1 Intermediate People's Court, Hangzhou No 2 High School):
    // the number stands between the region (and its level word) and a capitalised head, and keys the body.
    const numbered = direct && !level ? null : NUMBERED.exec(rest(at))
    const numberedHead = numbered ? lex.headAfter.exec(rest(at + numbered[0].length)) : null
    const number = numberedHead ? numbered![1]! : null
    if (numberedHead) at += numbered![0].length
    // After an owner (CPPCC Zhoushan committee), or with its owner after it (Nantong municipal committee of the
    // CPPCC), a head may be written in lower case.
    const upper = numberedHead ?? (level ? lex.headAfter.exec(rest(at)) : direct)
    // …searched only where a head's word is (the pattern is some 17 KB, whose first search costs tens of milliseconds).
    const lower = upper || !lex.holdsHeadWord(rest(at)) ? null : lex.headAfterAnyCase.exec(rest(at))
    // CPPCC Shanghai Jing'an District Committee: a place above the region written right before it belongs to the name,
    // and so does an owner before that place.
    const lead = before ? undefined : placeIx.firstEndingIn(spacesBefore(text, pl.start), pl.start, (q) => q.division !== null && q.division !== d && isAncestor(q.division, d))
    const from = lead?.start ?? pl.start
    const owned = before ?? (lead ? lex.ownerBefore.exec(text.slice(Math.max(0, from - 80), from)) : null)
    const head = upper ?? (owned || lower?.[3] !== undefined ? lower : null)
    // Hainan provincial organization department: a party department in lower case after the region and its level.
    const pd = !head && level ? lex.partyDepartmentAfter.exec(rest(at)) : null
    if (pd) {
      const end = at + pd[0].length
      found.push(mention(from, end, text.slice(from, end), `en:party|${d.name}|${formKey(pd[1]!)}`, 2, 'party', d.name, d, termBefore(text, from), 'english:region'))
      continue
    }
    if (!head) {
      // Committee of CPC Huadu District: the owner's committee of the region, named as written.
      const preceding = text.slice(Math.max(0, pl.start - 120), pl.start)
      const of = COMMITTEE_OF.test(preceding) ? lex.committeeOfBefore.exec(preceding) : null
      const kind = of ? lex.kindOf(of[2]!) : null
      if (of && kind) {
        const start = pl.start - of[0].length + of[0].indexOf(of[1]!)
        found.push(mention(start, pl.end, text.slice(start, pl.end), `en:${kind}|${d.name}`, 2, kind, d.name, d, null, 'english:committee-of'))
        continue
      }
      // People's Government of Guangdong Province, Education Bureau of Shenzhen: the head before "of" and the region.
      const hb = OF_AT_END.test(preceding) ? lex.headOfBefore.exec(preceding) : null
      const words = hb ? hb[1]!.split(/\s+/) : []
      // Its head: the most last words that the grammar gives a kind (Federation of Industry and Commerce, Women's
      // Federation, Bureau), keyed by its organ as after the region (Guangdong Provincial Federation of Industry and Commerce).
      const headWords = words.map((_, i) => words.slice(i).join(' ')).find((h) => lex.kindOf(h) != null)
      // …or, a department with its own "of" part (Department of Education), its department word's.
      const hbKind = headWords === undefined ? (hb && /\sof\s/.test(hb[1]!) ? lex.departmentKind(hb[1]!) ?? null : null) : lex.kindOf(headWords)
      if (hb && hbKind && !lex.isVenue(hb[1]!)) {
        const start = pl.start - hb[0].length
        const dept = headWords === undefined || headWords.split(' ').length < 4 && lex.kindOf(words.slice(-2).join(' ')) === undefined && lex.kindOf(words.slice(-3).join(' ')) === undefined
        found.push(mention(start, at, text.slice(start, at), dept ? `en:${hbKind}|${d.name}|${formKey(hb[1]!)}` : `en:${hbKind}|${d.name}${lex.organPart(headWords!)}`, 2, hbKind, d.name, d, termBefore(text, start), 'english:head-of'))
        continue
      }
      // An owner before a place written with its level noun (CPPCC Tongzhou district): that region's body of the
      // owner, a short form (no head) that a fuller one names.
      const space = text.slice(pl.start, pl.end).search(/\s\S*$/)
      const ownKind = before && !level && space > 0 && input.levelAfter.test(text.slice(pl.start + space, pl.end)) ? lex.kindOf(before[2]!) : null
      if (before && ownKind) {
        const start = pl.start - before[0].length + (before[1] ? before[0].indexOf(before[2]!) : 0)
        found.push(mention(start, pl.end, text.slice(start, pl.end), `en:${ownKind}|${d.name}`, 1, ownKind, d.name, d, before[1] ? Number(before[1]) : termBefore(text, start), 'english:owner-region'))
      }
      continue
    }
    // Changzhou Jintan District Science and Technology Association: department words that run over a lower region and
    // its level name that region's body (read from its own place, with this one as its lead), not this one's.
    if (head[2] !== undefined && placeIx.someStartingIn(at, at + head[0].length, (q) => q.division !== null && q.division !== d && isAncestor(d, q.division))) continue
    const owner = head[3] ?? owned?.[2]
    // A department or institution takes the kind of its last head word (Bureau: government; University: other).
    // …a party committee's department (Hainan Provincial Organization Department) the party's.
    const headKind = head[1] !== undefined ? lex.kindOf(head[1]) : lex.isPartyDepartment(head[2]!) ? 'party' : lex.departmentKind(head[2]!) ?? 'government'
    // A committee of no owner is no body, but for a secretary's (Secretary of the Shengzhou Municipal Committee: 市委)
    // or, on a page that writes no CPPCC committee of the place, a standing committee's (member of the Standing
    // Committee of the Zhaoqing Municipal Committee: 市委常委).
    const headOf = head[1] === 'Committee' && owner === undefined ? PARTY_COMMITTEE_OF.exec(text.slice(Math.max(0, pl.start - 32), pl.start)) : null
    // …not one with an owner of other words after it (the Standing Committee of the Hangzhou Municipal Committee of the
    // Communist Youth League: 团市委常委), whose owner is not the party.
    const party = headOf !== null && (headOf[1] === undefined || (!cppccOfPlace(text, text.slice(pl.start, pl.end)) && !OF_CAPITALISED.test(text.slice(at + head[0].length, at + head[0].length + 24))))
    const kind = headKind ?? (owner !== undefined ? lex.kindOf(owner) : party ? 'party' : null)
    if (!kind) {
      // …nor but for a party department's (United Front Work Department of the Ya'an Municipal Committee: 雅安市委统战部):
      // the department is the body, named as written; the committee inside its name is none of its own.
      const dept = head[1] === 'Committee' && !owned ? DEPARTMENT_OF.exec(text.slice(Math.max(0, from - 80), from)) : null
      if (dept && lex.isPartyDepartment(dept[1]!)) {
        const start = from - dept[0].length
        found.push(mention(start, at + head[0].length, text.slice(start, at + head[0].length), `en:party|${d.name}|${formKey(dept[1]!).toLowerCase()}`, 2, 'party', d.name, d, null, 'english:department-of-committee'))
      }
      continue
    }
    const start = owned ? from - owned[0].length + (owned[1] ? owned[0].indexOf(owned[2]!) : 0) : from
    let end = at + head[0].length
    // CPPCC Shuangliu District Committee of Chengdu: the city the region lies in belongs to the name.
    const of = /^\s+of\s+/.exec(text.slice(end, end + 8))
    const parent = of ? placeIx.firstStartingAt(end + of[0].length, (q) => q.division !== null && q.division !== d && isAncestor(q.division, d)) : undefined
    if (parent) end = parent.end
    const name = text.slice(start, end)
    if (lex.isVenue(name)) continue
    // One body per kind and region; a department by its words, a party's committee by its party.
    // A department's words that are an organ's form (Science and Technology Association) key it as that organ.
    const key = head[2] ? `en:${kind}|${d.name}${lex.organPart(head[2]) || `|${formKey(head[2])}`}`
      : kind === 'democratic-party' && owner ? `en:${kind}|${d.name}|${lex.fixedByForm.get(formKey(owner))?.id}` : `en:${kind}|${d.name}${lex.organPart(head[1]!)}`
    const numberedKey = number === null ? key : `${key}|no ${number}`
    // A place and a bare owner word (Shuangliu CPPCC) is a short form: a fuller one names the body.
    const short = !owned && !level && head[1] !== undefined && lex.isOwner(head[1])
    found.push(mention(start, end, name, numberedKey, short ? 1 : 2, kind, d.name, d, owned?.[1] ? Number(owned[1]) : termBefore(text, start), 'english:region'))
  }
  for (const p of input.paragraphs) {
    const part = text.slice(p.start, p.end)
    lex.central.lastIndex = 0
    for (let m = CENTRAL_COMMITTEE.test(part) ? lex.central.exec(part) : null; m; m = lex.central.exec(part)) {
      const party = m[1] ?? m[2] ?? m[5]!
      const f = lex.fixedByForm.get(formKey(party)) ?? lex.fixedByForm.get(formKey(`${party} Central Committee`))!
      const start = p.start + m.index
      // The name as written without its term (the CNDCA's ninth central committee → CNDCA's central committee); the term
      // is the committee's number (10th, ninth), else the one written before the body.
      const t = m[4] !== undefined ? 4 : m[6] !== undefined ? 6 : 0
      const at = t ? m.indices![t]! : null
      const name = at ? m[0].slice(0, at[0] - m.index).replace(/\s+$/, '') + m[0].slice(at[1] - m.index) : m[0]
      const number = t ? (/^\d/.test(m[t]!) ? parseInt(m[t]!, 10) : ORDINALS.indexOf(m[t]!) + 1) : termBefore(text, start)
      found.push(mention(start, start + m[0].length, name, `en:${f.id}`, 2, f.kind, f.region, f.division, number, 'english:central'))
    }
    lex.officeOf.lastIndex = 0
    for (let m = OFFICE_OF.test(part) ? lex.officeOf.exec(part) : null; m; m = lex.officeOf.exec(part)) {
      const owner = lex.fixedByForm.get(formKey(m[2]!))!
      const start = p.start + m.index
      found.push(mention(start, start + m[0].length, m[0], `en:${owner.id}|${formKey(m[1]!)}`, 2, owner.kind, NATIONAL, null, null, 'english:office'))
    }
    // CPC SUIBE Committee: the owner's committee of an institution the page writes only by its acronym, not a body the
    // acronym names itself (CPC NPC Committee) nor a place's (CPC TAR Committee); as written, region open.
    lex.ownerAcronymCommittee.lastIndex = 0
    for (let m = lex.ownerAcronymCommittee.exec(part); m; m = lex.ownerAcronymCommittee.exec(part)) {
      const kind = lex.kindOf(m[1]!)
      const start = p.start + m.index
      const acronymAt = start + m[0].indexOf(m[2]!, m[1]!.length)
      if (!kind || kind === 'cppcc' || lex.kindOf(m[2]!) !== undefined || lex.fixedByForm.has(m[2]!) || placeIx.firstStartingAt(acronymAt, () => true)) continue
      // The institution's region where the page spells the acronym out from a place (Shanghai International Group (SIG)),
      // else open.
      const spelt = new RegExp(`(?<![A-Za-z'’-])(?:The\\s+)?([A-Z][A-Za-z'’-]*\\s+(?:(?:[A-Z][A-Za-z'’-]*|of|and|for)\\s+){0,10})\\(${m[2]}\\)`).exec(text)
      const home = spelt ? placeIx.firstStartingAt(spelt.index + spelt[0].indexOf(spelt[1]!), (q) => q.division !== null)?.division ?? null : null
      found.push(mention(start, start + m[0].length, m[0], `en:${kind}|${home?.name ?? '?'}|${asWritten(m[0]).toLowerCase()}`, 2, kind, home?.name ?? null, home, termBefore(text, start), 'english:owner-acronym'))
    }
    lex.national.lastIndex = 0
    for (let m = lex.national.exec(part); m; m = lex.national.exec(part)) {
      if (lex.isVenue(m[0])) continue
      const start = p.start + m.index
      // …not a department "of" a Chinese place (Chinese Language Department of │Tianjin Teachers' College): a unit of that
      // place's own body, no national institution.
      const of = /\s+of\s+(?:the\s+)?(?=[A-Z])/.exec(m[0])
      if (of && placeIx.firstStartingAt(start + of.index + of[0].length, (q) => q.division !== null)) continue
      const kind = lex.kindOf(m[1]!) ?? 'other'
      // …cut before a comma that a person's name follows (…Industry and Commerce, and Wang Fang, …; …Commerce, Qu Weizhi, Counselor).
      const written = cutBeforeName(m[0], start, input.nameStarts)
      nationals.push(mention(start, start + written.length, written, `en:national|${formKey(written)}`, 2, kind, NATIONAL, null, termBefore(text, start), 'english:national'))
    }
    for (const m of lex.fixed.matches(part)) {
      const start = p.start + m.index
      const f = lex.fixedByForm.get(formKey(m.text))!
      // A foreign namesake: Ghana's Ministry of Health, Northeastern University in Boston.
      if (lex.foreignBefore.test(part.slice(Math.max(0, m.index - FOREIGN_WITHIN), m.index)) || lex.foreignAfter.test(part.slice(m.index + m.text.length, m.index + m.text.length + FOREIGN_WITHIN))) continue
      if (FIELD_FIRST.test(m.text) && LEVEL_BEFORE.test(part.slice(Math.max(0, m.index - FOREIGN_WITHIN), m.index))) continue
      // A national body may be written with its country (Ministry of Public Security of China).
      const country = f.region === NATIONAL ? /^\s+of\s+China(?![A-Za-z])/.exec(part.slice(m.index + m.text.length)) : null
      const written = country ? m.text + country[0] : m.text
      // An acronym, or a party's name where its central committee may be named in full, names the body less fully.
      const rank = /^[A-Z]+$/.test(written) || f.kind === 'democratic-party' ? 1 : 2
      found.push(mention(start, start + written.length, written, `en:${f.id}`, rank, f.kind, f.region, f.division, termBefore(text, start), 'english:fixed'))
    }
  }
  found.push(...nationals)
  let out: BodyMention[] = []
  // The units the names kept so far cover (every reading is at least a letter long).
  const kept = new Coverage(text.length)
  for (const m of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.overlaps(m)) { out.push(m); kept.add(m) }
  }
  out.sort((a, b) => a.start - b.start)
  // An acronym in brackets right after a body glosses that body (Standing Committee of the National People’s
  // Congress (NPC)): no body of its own there.
  for (let i = out.length - 1; i > 0; i--) {
    const m = out[i]!
    if (/^[A-Z]+$/.test(m.name) && /^\s*\($/.test(text.slice(out[i - 1]!.end, m.start)) && text[m.end] === ')') out.splice(i, 1)
  }
  // "Hong Kong CPPCC members", "the Hong Kong CPPCC system": members from a region no CPPCC committee reaches.
  out = out.filter((m) => !(m.kind === 'cppcc' && m.division !== null && input.outside.has(m.division.name)))
  out.push(...cppccCommitteeIn(input, out))
  out.push(...nationalCppcc(input, lex, out))
  out.push(...bareCppcc(input, lex, out))
  // Special committees and departments of named and of relative mentions (the District CPPCC Proposal Committee;
  // United Front Work Department of the Provincial Party Committee).
  const relatives = relativeBodies(input, lex, out)
  // On a page that names no CPPCC committee but a relative one (the Municipal NPC and CPPCC, the provincial CPPCC), the
  // acronym alone (the CPPCC, read as the national one for want of a local) is that committee, as 市政协 and 政协 are one.
  const relativeCppcc = relatives.find((r) => r.kind === 'cppcc')
  if (relativeCppcc) out = out.map((m) => m.rule === 'english:cppcc-bare' && m.region === NATIONAL ? { ...m, key: relativeCppcc.key, region: relativeCppcc.region, division: relativeCppcc.division } : m)
  // So too the congress: on a page that names a relative one (the Municipal NPC) and the national one only by its acronym,
  // the acronym (NPC members) and the head alone (members of the People's Congress) are that congress (en dev 466, 533).
  const relativeCongress = relatives.find((r) => r.kind === 'congress' && r.key === `en:congress|${r.region}`)
  if (relativeCongress) out = congressOfPage(input, lex, out, relatives, relativeCongress)
  const specials = [...specialCommittees(text, [...out, ...relatives], lex), ...specialsOfBareCppcc(input, lex, out), ...nationalSpecialsLower(input, lex, out)]
  // A congress written only inside its Standing Committee's name is that body's (人大常委会 is one body, 人大 not another).
  const standing = standingCommittees(text, [...out, ...relatives], lex)
  // The first start of a Standing Committee by its end: a mention ending there that starts later is inside it.
  const standingFrom = new Map<number, number>()
  for (const s of standing) standingFrom.set(s.end, Math.min(s.start, standingFrom.get(s.end) ?? s.start))
  const inStanding = (m: BodyMention) => (standingFrom.get(m.end) ?? Infinity) < m.start
  // A name read inside a relative mention is that mention's word (the Municipal │NPC│: no national NPC there).
  const inRelative = (m: BodyMention) => relatives.some((r) => r.start <= m.start && m.end <= r.end && r.end - r.start > m.end - m.start)
  return [...out.filter((m) => !inStanding(m) && !inRelative(m)), ...specials, ...bareSpecialCommittees(input, lex, out, specials), ...departmentsOf(text, lex, [...out, ...relatives]), ...partyDepartments(input, lex, [...out, ...relatives]), ...standing, ...relatives.filter((m) => !inStanding(m)), ...relativeLists(input, out), ...ministryLists(input, lex), ...pluralCommittees(input, lex), ...zoneCommittees(input, lex, out)].sort((a, b) => a.start - b.start)
}

const mention = (start: number, end: number, written: string, key: string, rank: number, kind: CommitteeKind, region: string | null, division: Division | null, term: number | null, rule: string): BodyMention =>
  ({ start, end, name: asWritten(written), key, rank, kind, region, division, term, session: null, rule })

/** The term written before a body (the 14th …), or null. */
function termBefore(text: string, start: number): number | null {
  const m = /(\d+)(?:st|nd|rd|th)\s+$/.exec(text.slice(Math.max(0, start - 8), start))
  return m ? Number(m[1]) : null
}

// "of" and a capitalised word, starting a text (…Municipal Committee│ of the Communist Youth League).
const OF_CAPITALISED = /^\s+of\s+(?:the\s+)?[A-Z]/
const PARTY_COMMITTEE_OF = /(?<![A-Za-z-])(?:[Ss]ecretary|(Standing\s+Committee))\s+of\s+(?:the\s+)?$/
/** Whether the text writes a CPPCC committee of the place (CPPCC Zhoushan …, Zhoushan Municipal Committee of the CPPCC). */
const cppccOfPlace = (text: string, place: string) =>
  new RegExp(`CPPCC\\s+${escapeRegExp(place)}|${escapeRegExp(place)}[^.]{0,40}(?:CPPCC|Political\\s+Consultative)`).test(text)
const POSSESSIVE_SPECIAL = /^['’]s\s+((?:Sub-?)?[Cc]ommittee\s+(?:for|on)\s+(?:the\s+)?[A-Z][A-Za-z-]*(?:,?\s+(?:and\s+)?[A-Z][A-Za-z-]*){0,8})(?![A-Za-z])/

/**
 * A committee for a task of a CPPCC body (subcommittee for handling proposals of the CPPCC National Committee;
 * Committee of Education, Science, Health and Sports of the CPPCC National Committee): cppcc-special, named as written.
 * A congress's own committee or commission (Financial and Economic Affairs Committee of the 12th National People's
 * Congress; Budgetary Affairs Commission of the NPC Standing Committee): kind congress, named so too.
 */
function specialCommittees(text: string, bodies: readonly BodyMention[], lex: EnBodyLexicon): BodyMention[] {
  const out: BodyMention[] = []
  for (const b of bodies) {
    if (b.kind !== 'cppcc' && b.kind !== 'congress') continue
    const congress = b.kind === 'congress'
    // "Committee of" takes only capitalised field names (Committee of Education, Science, Health and Sports of …);
    // "with" as China Daily writes it (the committee for handling proposals with the CPPCC National Committee).
    const head = text.slice(Math.max(0, b.start - 140), b.start)
    const m = /(?<![A-Za-z])((?:[Ss]ub-?)?[Cc]ommittee\s+(?:(?:for|on)\s+(?:(?!(?:[Ss]ub-?)?[Cc]ommittee\b)[A-Za-z'’-]+,?\s+){1,10}|of\s+(?:(?![A-Z]+\s)(?!Committee\b)[A-Z][a-z][A-Za-z'’-]*,?\s+(?:and\s+)?){1,8})(?:of|under|with)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?)$/.exec(head) ?? (congress ? lex.congressFieldBefore : lex.specialFieldBefore).exec(head)
    if (congress) {
      if (!m) continue
      const start = b.start - m[1]!.length
      const own = asWritten(m[1]!).replace(/\s*\d+(?:st|nd|rd|th)\s*$/, ' ')
      out.push({ ...b, start, name: `${own}${b.name}`, key: `${b.key}|${specialKey(formKey(m[1]!).replace(/\s+(?:of|under|with)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/, ''))}`, kind: 'congress', rule: 'english:congress-committee' })
      continue
    }
    // …or a comma (the Economic Committee, CPPCC National Committee,): the committee named alone, as written.
    const comma = m ? null : /^\s*(?:[,.;:)]|$)/.test(text.slice(b.end, b.end + 2)) ? lex.specialFieldComma.exec(head) : null
    // The CPPCC National Committee's Committee on Proposals: a capitalised name after the possessive.
    const named = POSSESSIVE_SPECIAL.exec(text.slice(b.end, b.end + 120)) ?? lex.specialFieldAfter.exec(text.slice(b.end, b.end + 120))
    if (named) out.push({ ...b, end: b.end + named[0].length, name: asWritten(text.slice(b.start, b.end + named[0].length)), key: `${b.key}|${specialKey(named[1]!)}`, kind: 'cppcc-special', rule: 'english:special' })
    if (comma) {
      const own = comma[1]!.replace(/,\s+(?:\d+(?:st|nd|rd|th)\s+)?$/, '')
      const start = b.start - comma[1]!.length
      out.push({ ...b, start, end: start + own.length, name: asWritten(own), key: `${b.key}|${specialKey(own)}`, kind: 'cppcc-special', rule: 'english:special' })
    }
    if (!m) continue
    const start = b.start - m[1]!.length
    const own = asWritten(m[1]!).replace(/\s*\d+(?:st|nd|rd|th)\s*$/, ' ')
    out.push({ ...b, start, name: `${own}${b.name}`, key: `${b.key}|${specialKey(formKey(m[1]!).replace(/\s+(?:of|under|with)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/, ''))}`, kind: 'cppcc-special', rule: 'english:special' })
  }
  return out
}

// "of CPPCC" after a special committee: the acronym alone, as no body's first word (of CPPCC Shanghai).
// …or before a capitalised word that opens no place (of CPPCC │Tam Kam Kau arrived).
// …or after a comma, as rosters write a member's committee (member of the Economic Committee, CPPCC).
// (The comma form closes an apposition: a mark follows, not a list's next word: the Economic Committee, CPPCC members and …)
const OF_BARE_CPPCC = /^(?:\s+of\s+(?:the\s+)?CPPCC(?![A-Za-z(-])|,\s+CPPCC(?=\s*(?:[,.;:)]|$)))/

/**
 * A special committee of the CPPCC written with the acronym alone (the Committee for Learning and Cultural and
 * Historical Data of CPPCC): the national committee's, named as written with its "of CPPCC", as the National
 * Committee's special committees are named with theirs.
 */
function specialsOfBareCppcc(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const f = lex.fixedByForm.get('CPPCC National Committee')
  if (!f) return []
  const out: BodyMention[] = []
  const inBody = overlapsAny(bodies)
  const opening = new Set([...input.places, ...bodies].map((x) => x.start))
  for (const { m, start } of paragraphMatches(input, lex.specialBare)) {
    const of = OF_BARE_CPPCC.exec(input.text.slice(start + m[0].length, start + m[0].length + 16))
    const end = start + m[0].length + (of?.[0].length ?? 0)
    if (!of || inBody({ start, end })) continue
    // The comma form names the committee alone (the Economic Committee, CPPCC: Economic Committee).
    if (of[0].startsWith(',')) {
      out.push(mention(start, start + m[0].length, m[0], `en:${f.id}|${specialKey(m[0])}`, 2, 'cppcc-special', f.region, f.division, null, 'english:special-of-cppcc'))
      continue
    }
    const next = /^\s+(?=[A-Z])/.exec(input.text.slice(end, end + 4))
    if (next && opening.has(end + next[0].length)) continue
    out.push(mention(start, end, input.text.slice(start, end), `en:${f.id}|${specialKey(m[0])}`, 2, 'cppcc-special', f.region, f.division, null, 'english:special-of-cppcc'))
  }
  return out
}

/**
 * The national committee's name with its head in lower case and a field after it (a CPPCC National committee on
 * culture, history and study): one of its special committees, named as written.
 */
function nationalSpecialsLower(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const f = lex.fixedByForm.get('CPPCC National Committee')
  if (!f) return []
  const inBody = overlapsAny(bodies)
  const out: BodyMention[] = []
  for (const { m, start } of paragraphMatches(input, lex.nationalSpecialLower)) {
    const end = start + m[0].length
    if (!inBody({ start, end })) out.push(mention(start, end, m[0], `en:${f.id}|${specialKey(m[1]!)}`, 2, 'cppcc-special', f.region, f.division, termBefore(input.text, start), 'english:special-lower-national'))
  }
  return out
}

/**
 * A special committee named by its field alone (its Foreign Affairs Committee, the Committee on Proposals, the
 * Proposals Committee; in lower case after "its": its social and legal committee): of the CPPCC committee the page
 * names last before it, else first; a committee of another body named right after it (Foreign Affairs Committee of
 * the NPC), or after a congress, is none.
 */
function bareSpecialCommittees(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[], specials: readonly BodyMention[]): BodyMention[] {
  const out: BodyMention[] = []
  const homes = bodies.filter((b) => b.kind === 'cppcc' || b.kind === 'congress')
  const firstCppcc = bodies.find((b) => b.kind === 'cppcc')
  if (!firstCppcc) return out
  const taken = overlapsAny([...bodies, ...specials])
  const starts = new Set(bodies.map((b) => b.start))
  let h = -1
  for (const { m, start } of paragraphMatches(input, lex.specialBare)) {
    const end = start + m[0].length
    if (taken({ start, end })) continue
    const of = /^\s+(?:of|under|with)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?/.exec(input.text.slice(end, end + 24))
    if (of && starts.has(end + of[0].length)) continue
    while (h + 1 < homes.length && homes[h + 1]!.start < start) h++
    const home = h >= 0 ? homes[h]! : firstCppcc
    if (home.kind !== 'cppcc') continue
    out.push({ ...home, start, end, name: asWritten(m[0]), key: `${home.key}|${specialKey(m[0])}`, rank: 1, kind: 'cppcc-special', rule: 'english:special-bare' })
  }
  // Its social and legal committee: "its" names the body written last before it, a special committee only where that is a CPPCC committee…
  // (of those ending at one place, the last listed).
  const byEnd = [...bodies].sort((a, b) => a.end - b.end)
  for (const { m, start: at } of paragraphMatches(input, lex.specialOwn)) {
    const start = at + m[0].length - m[1]!.length
    const home = byEnd[partitionPoint(byEnd.length, (i) => byEnd[i]!.end <= at) - 1]
    // …in its sentence, no other thing named between (thanked the company and its …).
    if (home?.kind !== 'cppcc' || /[.!?;]|(?<![A-Za-z])the(?![A-Za-z])/i.test(input.text.slice(home.end, at)) || taken({ start, end: at + m[0].length })) continue
    out.push({ ...home, start, end: at + m[0].length, name: asWritten(m[1]!), key: `${home.key}|${specialKey(m[1]!)}`, rank: 1, kind: 'cppcc-special', rule: 'english:special-own' })
  }
  return out
}

/**
 * A page that names no CPPCC committee but the national one and writes the Chinese People's Political
 * Consultative Conference alone (members of the Chinese People's Political Consultative Conference; the Chinese
 * People's Political Consultative Conference was held … the 13th National Committee of the Chinese People's
 * Political Consultative Conference): the national committee, named as first written; its special committees may
 * follow it. Beside a local committee the name alone may be that committee's: no body.
 */
function nationalCppcc(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const f = lex.fixedByForm.get('CPPCC National Committee')
  if (!f || bodies.some((b) => b.kind === 'cppcc' && b.key !== `en:${f.id}`)) return []
  const out: BodyMention[] = []
  const inBody = overlapsAny(bodies)
  for (const { m, start } of paragraphMatches(input, lex.cppccOwner)) {
    const end = start + m[0].length
    if (!inBody({ start, end })) out.push(mention(start, end, m[0], `en:${f.id}`, 2, f.kind, f.region, f.division, null, 'english:cppcc-alone'))
  }
  return out
}

/**
 * The mentions with the national congress's acronym (NPC members, representatives of NPC and CPPCC) made mentions of the
 * page's relative congress, where the page writes the national one by no fuller name; and the congress's head alone
 * after "the" (five members of the People's Congress) added as mentions of it.
 */
function congressOfPage(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[], relatives: readonly BodyMention[], congress: BodyMention): BodyMention[] {
  const acronym = (m: BodyMention) => m.rule === 'english:fixed' && m.region === NATIONAL && m.kind === 'congress' && lex.congressAcronyms.has(m.name)
  const national = new Set(bodies.filter(acronym).map((m) => m.key))
  // …ranked below it, which names the body (municipal people's congress, written after NPC members: en dev 466).
  const own = { key: congress.key, region: congress.region, division: congress.division, rank: 0 }
  const out = bodies.some((m) => national.has(m.key) && !acronym(m)) ? [...bodies] : bodies.map((m) => (acronym(m) ? { ...m, ...own } : m))
  const inBody = overlapsAny([...bodies, ...relatives])
  for (const { m, start } of paragraphMatches(input, lex.congressAlone)) {
    const written = m[0].replace(/^the\s+/i, '')
    const from = start + m[0].length - written.length
    if (!inBody({ start: from, end: from + written.length })) out.push({ ...congress, start: from, end: from + written.length, name: written, rank: 0, term: null, session: null, rule: 'english:congress-alone' })
  }
  return out.sort((a, b) => a.start - b.start)
}

// "the" and a term between it and the acronym (the 12th │CPPCC, the Twelfth │CPPCC), ending a text.
const THE_BEFORE = /(?<![A-Za-z])[Tt]he\s+(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:th|st|nd|rd))\s+)?$/

/**
 * A page that names no CPPCC committee at all but writes the acronym as a body, after "the" (the CPPCC will wrap up
 * its annual session; Chairman of the CPPCC; the 12th CPPCC held …): that committee, named as written (CPPCC). It
 * is the committee of the region of a local party committee or government in the acronym's own sentence (Li Jun,
 * Chairman of the CPPCC, met officials of the CPC Hebi Municipal Committee), else the national one: not of a body
 * in another sentence, nor of a region the page's people visit (Wang Huning, chairman of the CPPCC, inspected
 * Guangdong), nor of one that has no CPPCC committee (the Hong Kong SAR Government).
 */
function bareCppcc(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const f = lex.fixedByForm.get('CPPCC National Committee')
  if (!f || bodies.some((b) => b.kind === 'cppcc' || b.kind === 'cppcc-special')) return []
  const isVisited = visited(input, lex, bodies)
  const locals = bodies.filter((b) => (b.kind === 'party' || b.kind === 'government') && b.division !== null && !input.outside.has(b.division.name) && !isVisited(b.division))
  // The locals by start, for those of a sentence; of them the first listed is meant.
  const order = new Map(locals.map((b, i) => [b, i] as const))
  const localsByStart = [...locals].sort((a, b) => a.start - b.start)
  const inBody = overlapsAny(bodies)
  const out: BodyMention[] = []
  for (const { m, start, p } of paragraphMatches(input, lex.cppccAcronym)) {
    const end = start + m[0].length
    // …as a body: after "the" (and a term: the 12th CPPCC), not a possessive (the CPPCC's national committee) nor the
    // first word of a name (the CPPCC Office, the CPPCC Daily), but for a person's name after it, the title written
    // before its holder (Vice Chairman of the CPPCC Wang Yan).
    const after = /^(?:['’]s(?![A-Za-z])|(\s+)[A-Z])/.exec(input.text.slice(end, end + 3))
    if (inBody({ start, end }) || !THE_BEFORE.test(input.text.slice(Math.max(0, start - 24), start)) || (after && !(after[1] && input.nameStarts?.has(end + after[1].length)))) continue
    const [from, to] = sentenceAround(input.text, p, start, end)
    let local: BodyMention | undefined
    for (let k = partitionPoint(localsByStart.length, (i) => localsByStart[i]!.start < from); k < localsByStart.length && localsByStart[k]!.start <= to; k++) {
      const b = localsByStart[k]!
      if (b.end <= to && (!local || order.get(b)! < order.get(local)!)) local = b
    }
    out.push(local
      ? mention(start, end, m[0], `en:cppcc|${local.division!.name}`, 1, 'cppcc', local.division!.name, local.division, termBefore(input.text, start), 'english:cppcc-bare')
      : mention(start, end, m[0], `en:${f.id}`, 1, f.kind, f.region, f.division, termBefore(input.text, start), 'english:cppcc-bare'))
  }
  return out
}

/**
 * Whether the page visits a division or a place in it (inspected Guangdong, a trip to Shenzhen), outside a body's
 * name: the divisions of the visited places and those above them, gathered once.
 */
function visited(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): (d: Division) => boolean {
  const inBody = containedIn(bodies)
  const reached = new Set<Division>()
  for (const p of input.places) {
    if (p.division === null || inBody(p) || !lex.visitBefore.test(input.text.slice(Math.max(0, p.start - 40), p.start))) continue
    for (let d: Division | null = p.division; d; d = d.parent) reached.add(d)
  }
  return (d) => reached.has(d)
}

/** The bounds of the sentence of [start, end) within its paragraph p: from after the last full stop, ! or ? before it to the next. */
function sentenceAround(text: string, p: { start: number; end: number }, start: number, end: number): [number, number] {
  const before = text.slice(p.start, start)
  let from = p.start
  for (const m of before.matchAll(/[.!?](?=\s)/g)) from = p.start + m.index + 1
  const next = /[.!?](?=\s|$)/.exec(text.slice(end, p.end))
  return [from, next ? end + next.index : p.end]
}

/**
 * A department of a regional party committee or government (United Front Work Department of the CPC
 * Guangdong Provincial Committee): a body of its own, of the same kind and region, named as written. A party
 * committee's organ so written (Commission for Discipline Inspection of the CPC Sichuan Provincial Committee) is keyed
 * as that organ written after its region (Sichuan Provincial Commission for Discipline Inspection).
 */
function departmentsOf(text: string, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const out: BodyMention[] = []
  for (const b of bodies) {
    if ((b.kind !== 'party' && b.kind !== 'government') || b.division === null) continue
    const before = text.slice(Math.max(0, b.start - 80), b.start)
    const organ = b.kind === 'party' ? lex.organOfBefore.exec(before) : null
    if (organ) {
      const start = b.start - organ[0].length
      out.push({ ...b, start, name: asWritten(text.slice(start, b.end)), key: `en:party|${b.region}${lex.organPart(organ[1]!)}`, rank: 2, rule: 'english:organ-of' })
      continue
    }
    const m = DEPARTMENT_OF.exec(before)
    if (!m) continue
    const start = b.start - m[0].length
    out.push({ ...b, start, name: asWritten(text.slice(start, b.end)), key: `${b.key}|${formKey(m[1]!).toLowerCase()}`, rank: 2, rule: 'english:department-of' })
  }
  return out
}

/**
 * A department's capitalised name and "of", ending a text (United Front Work Department of the │…): group 1 the name. Its
 * words may be joined by "and" (Political and Legal Commission, Development and Reform Commission), not across another
 * department word (the Publicity Department and │Political and Legal Commission of …).
 */
const DEPARTMENT_OF = /(?<![A-Za-z])((?:(?!The\s|(?:Department|Office|Commission|Bureau)\s)[A-Z][A-Za-z-]*\s+(?:and\s+(?=[A-Z]))?){1,4}(?:Department|Office|Commission|Bureau))\s+of\s+(?:the\s+)?$/

/** The words of a department that a place right before names as its field (Taiwan │Affairs Office, Taiwan │Work Office). */
const FIELD_AFTER = /^\s+(?:Affairs|Work\s+Office)(?![A-Za-z])/

// What lex.relativeOwn needs in a text: a level noun's possessive (the city's …), as the pattern writes it.
const POSSESSIVE_LEVEL = /(?:city|province|county|district)['’]s\s/

/** "the" and a lower-case level word, ending a text (the provincial │…). */
const LEVEL_WORD_BEFORE = new RegExp(`(?<![A-Za-z])[Tt]he\\s+(?:${LEVEL_ADJECTIVE})\\s+$`)

// "the" right before a party department (its level word is part of the match).
const THE_RIGHT_BEFORE = /(?<![A-Za-z'’-])[Tt]he\s+$/

/**
 * A party committee's department named without its committee (head of the Organization Department; former head of the
 * provincial United Front Work Department): a body of its own, named as written, of the party committee named last
 * before it (its region), else of the level its level word names, else of the last body before it (the page's
 * first placed body where none is before it), where "the" stands right before it; mentions
 * written alike share a key. Bodies and matches are read in text order, each once.
 */
function partyDepartments(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const homeAt = homes(input, bodies)
  const out: BodyMention[] = []
  const sorted = [...bodies].sort((a, b) => a.start - b.start)
  let i = 0
  let lastParty: BodyMention | null = null
  let lastAny: BodyMention | null = null
  let furthest = -1
  const firstPlaced = sorted.find((b) => b.division !== null) ?? null
  for (const { m, start } of paragraphMatches(input, lex.partyDepartment)) {
    const end = start + m[0].length
    for (; i < sorted.length && sorted[i]!.start < start; i++) {
      lastAny = sorted[i]!
      furthest = Math.max(furthest, lastAny.end)
      if (lastAny.kind === 'party') lastParty = lastAny
    }
    // Inside a body already found (a name of its own); and only right after "the" (the Organization Department, the
    // provincial United Front Work Department): not after a capitalised word (CPC United Front …), nor another
    // organisation's ('s: the university's Publicity Department) or any department (a Publicity Department).
    if (furthest > start || (i < sorted.length && sorted[i]!.start < end)) continue
    if (!THE_RIGHT_BEFORE.test(input.text.slice(Math.max(0, start - 8), start))) continue
    // "of the province" names the level as a level word does; the name is the department's, as after "the province's".
    const level = m[1]?.toLowerCase() ?? m[2]
    const atLevel = level ? homeAt(LEVEL_OF[level]!, start, /^(?:city|municipal)$/.test(level) ? lex.isCity : null) : null
    // "of the Party committee" (a university's, an institution's) names its committee: a regional party committee written
    // before it, else none the page places (region open); the name keeps it.
    const ofParty = m[3] !== undefined
    const owner = ofParty ? (lastParty?.division ? lastParty : null) : level ? (lastParty?.division === atLevel && atLevel ? lastParty : null) : lastParty ?? lastAny ?? firstPlaced
    const division = owner ? owner.division : atLevel
    const region = owner ? owner.region : atLevel?.name ?? null
    const name = asWritten(m[2] ? m[0].slice(0, m[0].search(/\s+of\s+the\s/)) : m[0])
    out.push({ start, end, name, key: `en:party|${region ?? '?'}|${name.toLowerCase()}`, rank: 1, kind: 'party', region, division, term: null, session: null, rule: 'english:party-department' })
  }
  return out
}

/**
 * The Standing Committee of a region's people's congress (Standing Committee of the Guizhou Provincial People's
 * Congress, of the 14th Shanghai Municipal People's Congress; in lower case, the standing committee of the Ningbo city
 * people's congress: 人大常委会): a body of its own, of the congress's kind
 * and region, named as written, as the NPC's Standing Committee is (data/en-bodies.tsv).
 */
function standingCommittees(text: string, bodies: readonly BodyMention[], lex: EnBodyLexicon): BodyMention[] {
  const out: BodyMention[] = []
  for (const b of bodies) {
    if (b.kind !== 'congress') continue
    const m = /(?<![A-Za-z])[Ss]tanding\s+[Cc]ommittee\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/.exec(text.slice(Math.max(0, b.start - 40), b.start))
    if (!m) continue
    const start = b.start - m[0].length
    const name = asWritten(text.slice(start, b.end))
    if (b.division === null) {
      // The national congress's, with its term inside (Standing Committee of the 14th National People's Congress): the
      // fixed body written without the term (data/en-bodies.tsv), which a form without a term already is.
      const f = lex.fixedByForm.get(formKey(name.replace(/(?<=\s)\d+(?:st|nd|rd|th)\s+/, '')))
      if (f && f.kind === 'congress') out.push({ ...b, start, name, key: `en:${f.id}`, region: f.region, rule: 'english:standing-committee' })
      continue
    }
    out.push({ ...b, start, name, key: `${b.key}|standing committee`, rule: 'english:standing-committee' })
  }
  return out
}

/**
 * Relative mentions of a list under one plural head (the central, provincial, and municipal governments):
 * one body per level word, named by the level and the singular head (central government, provincial
 * government). The central level is national.
 */
function relativeLists(input: EnBodyInput, bodies: readonly BodyMention[]): BodyMention[] {
  const homeAt = homes(input, bodies)
  const out: BodyMention[] = []
  const LEVEL = 'central|city|municipal|provincial|regional|prefectural|county|district|town|township'
  const LIST = new RegExp(`(?<![A-Za-z])[Tt]he\\s+((?:${LEVEL})(?:(?:,\\s+(?:and\\s+)?|,?\\s+and\\s+)(?:${LEVEL}))+)\\s+(governments|people's\\s+congresses|CPPCC\\s+committees)(?![A-Za-z])`, 'gi')
  for (const p of input.paragraphs) {
    const part = input.text.slice(p.start, p.end)
    LIST.lastIndex = 0
    for (let m = LIST.exec(part); m; m = LIST.exec(part)) {
      const head = m[2]!.replace(/\s+/g, ' ').replace(/(?<=congress)es$|(?<=government|committee)s$/i, '')
      const kind: CommitteeKind = /government/i.test(head) ? 'government' : /congress/i.test(head) ? 'congress' : 'cppcc'
      const words = /[A-Za-z]+/g
      for (let w = words.exec(m[1]!); w; w = words.exec(m[1]!)) {
        const level = w[0].toLowerCase()
        if (level === 'and') continue
        const start = p.start + m.index + m[0].indexOf(m[1]!) + w.index
        const home = level === 'central' ? null : homeAt(LEVEL_OF[level]!, start)
        if (level !== 'central' && !home) continue
        const region = home?.name ?? NATIONAL
        out.push({ start, end: start + w[0].length, name: `${level} ${head}`, key: `en:${kind}|${region}`, rank: 1, kind, region, division: home, term: null, session: null, rule: 'english:relative-list' })
      }
    }
  }
  return out
}

// "CPPCC Committee in Tianjin", "the 14th CPPCC committee in Shanghai": the word Committee right after CPPCC, one
// committee (not "CPPCC committees in Sichuan"), then in/of and a division the page names.
const CPPCC_COMMITTEE_IN = /(?<![A-Za-z])CPPCC\s+[Cc]ommittee\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z])/g

/** The CPPCC committee of a division written after it (CPPCC Committee in Tianjin): named as written, through the place. */
function cppccCommitteeIn(input: EnBodyInput, bodies: readonly BodyMention[]): BodyMention[] {
  const placeAt = new Map(input.places.map((m) => [m.start, m] as const))
  const inBody = overlapsAny(bodies)
  const out: BodyMention[] = []
  CPPCC_COMMITTEE_IN.lastIndex = 0
  for (let m = CPPCC_COMMITTEE_IN.exec(input.text); m; m = CPPCC_COMMITTEE_IN.exec(input.text)) {
    const place = placeAt.get(m.index + m[0].length)
    const d = place?.division
    if (!place || !d || d.level === 'township' || input.outside.has(d.name)) continue
    // …the level word after the place is part of its name (CPPCC Committee of Hebei Province).
    const level = input.levelAfter.exec(input.text.slice(place.end, place.end + 24))
    const end = place.end + (level?.[0].length ?? 0)
    if (inBody({ start: m.index, end })) continue
    out.push(mention(m.index, end, input.text.slice(m.index, end), `en:cppcc|${d.name}`, 1, 'cppcc', d.name, d, termBefore(input.text, m.index), 'english:cppcc-committee-in'))
  }
  return out
}

/** the city government, the provincial CPPCC: the body of the region the page is about at that level. */
function relativeBodies(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const homeAt = homes(input, bodies)
  const out: BodyMention[] = []
  const placeAt = new Map(input.places.map((m) => [m.start, m] as const))
  const inBody = overlapsAny(bodies)
  // The units of the mentions taken here so far, which a later one may not overlap either (none is empty).
  const taken = new Coverage(input.text.length)
  const take = (b: BodyMention) => { out.push(b); taken.add(b) }
  const free = (start: number, end: number) => !inBody({ start, end }) && !taken.overlaps({ start, end })
  // The page's local CPPCC committee (the first one placed), the home of a mass organisation written alone; where the page
  // names it only relatively (County Political Consultative Conference, resolved here), the first such one taken so far.
  const placedCppcc = (b: BodyMention) => b.kind === 'cppcc' && b.division !== null
  const localOf = () => bodies.find(placedCppcc)?.division ?? out.find(placedCppcc)?.division
  for (const p of input.paragraphs) {
    const part = input.text.slice(p.start, p.end)
    lex.relative.lastIndex = 0
    for (let m = lex.relative.exec(part); m; m = lex.relative.exec(part)) {
      const [, written, before, level, head, after] = m as unknown as [string, string, string | undefined, string, string, string | undefined]
      const owner = before?.trim() ?? after
      // The head's own kind (people's congress), else the owner's (CPC … Committee); a committee of no owner is no body.
      const kind = lex.kindOf(head) ?? lex.kindOf(head.toLowerCase()) ?? (owner ? lex.kindOf(owner) : null)
      if (!kind) continue
      // Each party's committee is a body of its own, as a named one is (keyed by the party).
      const party = kind === 'democratic-party' && owner ? `|${lex.fixedByForm.get(formKey(owner))?.id}` : ''
      const start = p.start + m.index + m[0].indexOf(written)
      const lv = LEVEL_OF[levelKey(level)]!
      const isCity = /^(?:city|municipal)$/i.test(level) ? lex.isCity : null
      // "the CPPCC provincial committee of Zhejiang": the region written after it, of the level, is its own; after "in"
      // too where the owner is written after the head (the county committee of the CPC in Dingyuan County: Xinhua's form).
      const of = (after ? /^\s+(?:of|in)\s+/ : /^\s+of\s+/).exec(input.text.slice(start + written.length, start + written.length + 8))
      const named = of ? placeAt.get(start + written.length + of[0].length) : undefined
      const own = named?.division && (named.division.level === lv || (isCity && named.division.level === 'province' && isCity(named.division))) ? named : undefined
      const home = own?.division ?? homeAt(lv, start, isCity)
      // …with the level noun a place written after "in" may leave out of its mention (in Shanxi │Province).
      const levelNoun = own && /^\s+in\s/.test(of![0]) ? input.levelAfter.exec(input.text.slice(own.end, own.end + 24)) : null
      const end = own ? own.end + (levelNoun?.[0].length ?? 0) : start + written.length
      if (!home) {
        if (!input.places.length) take(unplaced(input.text.slice(start, end), start, kind))
        continue
      }
      take({ start, end, name: asWritten(input.text.slice(start, end)), key: `en:${kind}|${home.name}${party || lex.organPart(head)}`, rank: 1, kind, region: home.name, division: home, term: null, session: null, rule: 'english:relative' })
      // The level word written once for both (the Municipal NPC and CPPCC, the provincial people's congress and CPPCC):
      // the second is the same region's body, named as written.
      // An acronym is named as written, a common noun with the level word put in (the county Party committee and
      // government → county government, as a relative list names its items). Not where a noun follows it (deputies to the
      // Provincial People's Congress and CPPCC members: the members, no body) nor a capitalised word (CPPCC National Committee).
      const and = own ? null : lex.relativeAnd.exec(input.text.slice(end, end + 80))
      const andKind = and ? lex.kindOf(and[1]!) ?? lex.kindOf(and[1]!.toLowerCase()) : null
      const andEnd = end + (and?.[0].length ?? 0)
      if (and && andKind && andKind !== kind && /^(?:[ \t]*(?:[^A-Za-z\s]|\r?\n|$)|\s+(?:[a-z]+(?:ed|ly)|in|on|at|to|for|from|with|by|will|have|has|had|were|are)(?![A-Za-z]))/.test(input.text.slice(andEnd, andEnd + 20))) {
        const head2 = and[1]!
        const name = /^[A-Z]+$/.test(head2) ? head2 : `${level} ${head2}`
        take({ start: andEnd - head2.length, end: andEnd, name: asWritten(name), key: `en:${andKind}|${home.name}${lex.organPart(head2)}`, rank: 1, kind: andKind, region: home.name, division: home, term: null, session: null, rule: 'english:relative-and' })
      }
    }
    // "the city's politics and law committee": the body of the region the possessive names, named by its head.
    // Searched only where such a possessive is written: the pattern holds the relative heads twice, and its first search
    // compiles it (some ten milliseconds on a one-sentence page).
    lex.relativeOwn.lastIndex = 0
    for (let m = POSSESSIVE_LEVEL.test(part) ? lex.relativeOwn.exec(part) : null; m; m = lex.relativeOwn.exec(part)) {
      const [, noun, first, second] = m as unknown as [string, string, string, string | undefined]
      const lv = LEVEL_OF[noun]!
      const firstStart = p.start + m.index + m[0].indexOf(first, noun.length)
      for (const [head, start] of second === undefined ? [[first, firstStart] as const] : [[first, firstStart] as const, [second, p.start + m.index + m[0].length - second.length] as const]) {
        const kind = lex.kindOf(head)
        const home = kind ? homeAt(lv, start, noun === 'city' ? lex.isCity : null) : null
        if (kind && home) take({ start, end: start + head.length, name: asWritten(head), key: `en:${kind}|${home.name}${lex.organPart(head)}`, rank: 1, kind, region: home.name, division: home, term: null, session: null, rule: 'english:relative-own' })
      }
    }
    for (const re of [lex.relativeDepartment, lex.possessiveDepartment]) {
      // After the possessive the body is named by its head as written (the city's education bureau → education bureau),
      // as relativeOwn names one; the level word itself is part of the name (the municipal health commission).
      const possessive = re === lex.possessiveDepartment
      re.lastIndex = 0
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const [, phrase, level] = m as unknown as [string, string, string]
        const written = possessive ? phrase.slice(phrase.search(/\s/)).trimStart() : phrase
        const start = p.start + m.index + m[0].length - written.length
        if (!free(start, start + written.length)) continue
        const lv = level.toLowerCase()
        const home = homeAt(LEVEL_OF[lv]!, start, /^(?:city|municipal)$/.test(lv) ? lex.isCity : null)
        // Keyed by its words as a department named after its region is (the city's Development and Reform Commission and
        // Guangzhou Development and Reform Commission are one), where no level word is written before them.
        const key = possessive ? lex.organPart(written) || `|${formKey(written)}` : `|${written.toLowerCase().replace(/\s+/g, ' ')}`
        if (home) take({ start, end: start + written.length, name: asWritten(written), key: `en:government|${home.name}${key}`, rank: 1, kind: 'government', region: home.name, division: home, term: null, session: null, rule: 'english:relative' })
      }
    }
    // Capitalised, the department's words name it as they do after the region (Jintan District Meteorological Bureau),
    // and so key it: the District Meteorological Bureau is that bureau, the District Association for Science and
    // Technology the district's Science and Technology Association.
    lex.relativeCapitalDepartment.lastIndex = 0
    for (let m = lex.relativeCapitalDepartment.exec(part); m; m = lex.relativeCapitalDepartment.exec(part)) {
      const [, written, level, words] = m as unknown as [string, string, string, string]
      const start = p.start + m.index + m[0].indexOf(written)
      if (!free(start, start + written.length)) continue
      // A party department after a lower-case level word is the party's, which partyDepartments names (the provincial
      // United Front Work Department).
      if (level === level.toLowerCase() && lex.isPartyDepartment(words)) continue
      const kind = lex.departmentKind(words)
      const lv = level.toLowerCase()
      const home = kind ? homeAt(LEVEL_OF[lv]!, start, /^(?:city|municipal)$/.test(lv) ? lex.isCity : null) : null
      if (kind && home) take({ start, end: start + written.length, name: asWritten(written), key: `en:${kind}|${home.name}${lex.organPart(words) || `|${formKey(words)}`}`, rank: 1, kind, region: home.name, division: home, term: null, session: null, rule: 'english:relative' })
    }
    // Without an article the level is capitalised, after no capitalised word (not "Hunan Provincial CPPCC", a name).
    lex.relativeBare.lastIndex = 0
    for (let m = lex.relativeBare.exec(part); m; m = lex.relativeBare.exec(part)) {
      const written = m[1] ?? m[4]!
      const level = m[2] ?? m[6]!
      const start = p.start + m.index
      const kind = lex.kindOf(m[3] ?? m[5]!)
      if (!kind || inBody({ start, end: start + written.length }) || (m[4] !== undefined && !free(start, start + written.length))) continue
      const home = homeAt(LEVEL_OF[levelKey(level)]!, start, /^(?:City|Municipal)$/.test(level) ? lex.isCity : null)
      if (home) take({ start, end: start + written.length, name: written, key: `en:${kind}|${home.name}`, rank: 1, kind, region: home.name, division: home, term: null, session: null, rule: 'english:relative' })
      else if (!input.places.length) take(unplaced(written, start, kind))
    }
    // The (local) Federation of Industry and Commerce, no level written: the organisation of the page's home, the region of
    // its local CPPCC committee, "the (local)" naming it as a relative word does (en gold 349, 376); on a page of no local
    // committee it may be the national one: none.
    lex.massAlone.lastIndex = 0
    const local = localOf()
    for (let m = lex.massAlone.exec(part); local && m; m = lex.massAlone.exec(part)) {
      const written = m[1]!
      const start = p.start + m.index + m[0].length - written.length
      if (!free(start, start + written.length)) continue
      take({ start, end: start + written.length, name: written, key: `en:mass-organisation|${local.name}|${formKey(written).toLowerCase()}`, rank: 1, kind: 'mass-organisation', region: local.name, division: local, term: null, session: null, rule: 'english:mass-alone' })
    }
  }
  return out
}

/**
 * A relative mention on a page that writes no place at all (the district CPPCC, the county Party Committee): no
 * region to resolve it to, so it keeps the name as written, region null (test/fixtures/dev-pages/README.md);
 * mentions written alike share a key.
 */
function unplaced(written: string, start: number, kind: CommitteeKind): BodyMention {
  const name = asWritten(written)
  return { start, end: start + written.length, name, key: `en:${kind}|?|${name.toLowerCase().replace(/\s+/g, ' ')}`, rank: 1, kind, region: null, division: null, term: null, session: null, rule: 'english:relative-unplaced' }
}

// A sentence's or a paragraph's end between two positions.
const SENTENCE_END = /[.!?](?=\s)|\n/
/** The division of a level that the page is about before a position (homes). */
type HomeAt = (level: PlaceLevel, pos: number, isCity?: ((d: Division) => boolean) | null) => Division | null

/** Mentions of one level, by start, each with the greatest list index among those starting no later (prefix maximum). */
type LevelIndex = { starts: number[]; last: number[] }

function levelIndex(items: ReadonlyArray<{ start: number; division: Division | null }>, ok: (d: Division | null) => boolean): LevelIndex {
  const ids = items.map((_, j) => j).filter((j) => ok(items[j]!.division)).sort((a, b) => items[a]!.start - items[b]!.start)
  const last: number[] = []
  ids.forEach((j, k) => last.push(Math.max(j, k ? last[k - 1]! : -1)))
  return { starts: ids.map((j) => items[j]!.start), last }
}

/** The item of the index listed last among those that start before `pos`, or -1. */
function lastBefore(ix: LevelIndex, pos: number): number {
  const k = partitionPoint(ix.starts.length, (i) => ix.starts[i]! < pos) - 1
  return k < 0 ? -1 : ix.last[k]!
}

/**
 * The division of a level that the page is about, before a position: the region of the last body listed in
 * `bodies` that is named there at that level, else the last place of that level, else the province of such a place.
 * A city word (the municipal government) also means a municipality of provincial level (Shanghai, Chongqing); the
 * one `isCity` of the lexicon is meant. The bodies and places of each level are indexed once, on first use, and each
 * look-up is a binary search: no copy of the lists per mention.
 */
function homes(input: EnBodyInput, bodies: readonly BodyMention[]): HomeAt {
  const byLevel = new Map<string, { bodies: LevelIndex; places: LevelIndex; first: Division | null }>()
  return (level, pos, isCity = null) => {
    const key = isCity ? `${level}|city` : level
    let ix = byLevel.get(key)
    if (!ix) {
      // Not Hong Kong, Macao or Taiwan (data/outside-regions.txt): a relative word of a page that writes them means a
      // region of the mainland (test/fixtures/dev-pages/README.md: not from 香港/澳门/台湾).
      const ok = (d: Division | null) => d !== null && !input.outside.has(d.name) && (d.level === level || (isCity !== null && d.level === 'province' && isCity(d)))
      ix = { bodies: levelIndex(bodies, ok), places: levelIndex(input.places, ok), first: input.places.find((m) => ok(m.division))?.division ?? null }
      byLevel.set(key, ix)
    }
    const b = lastBefore(ix.bodies, pos)
    const p = lastBefore(ix.places, pos)
    // …but a place of that level in the word's own sentence, after that body, is the region meant (Tianjin Women's
    // Federation …. The federation in Anhui Province aligned with the provincial Party committee: Anhui's; en dev 644).
    if (b >= 0 && p >= 0 && input.places[p]!.start > bodies[b]!.start && !SENTENCE_END.test(input.text.slice(input.places[p]!.end, pos))) return input.places[p]!.division
    if (b >= 0) return bodies[b]!.division
    if (p >= 0) return input.places[p]!.division
    if (ix.first) return ix.first
    if (level === 'province') {
      const below = input.places.find((m) => m.division?.parent?.level === 'province')
      return below?.division?.parent ?? null
    }
    return null
  }
}

/**
 * Ministries written as one list under a plural head (the ministries of education, human resources and
 * social security, agriculture …): each item is the ministry whose name it ends, the longest first, so
 * an "and" inside a name (human resources and social security) stays in it.
 */
function ministryLists(input: EnBodyInput, lex: EnBodyLexicon): BodyMention[] {
  const out: BodyMention[] = []
  const HEAD = /(?<![A-Za-z])[Mm]inistries\s+of\s+/g
  for (const p of input.paragraphs) {
    const part = input.text.slice(p.start, p.end)
    HEAD.lastIndex = 0
    for (let m = HEAD.exec(part); m; m = HEAD.exec(part)) {
      let at = m.index + m[0].length
      for (;;) {
        const rest = part.slice(at).toLowerCase()
        const item = [...lex.ministries.keys()].filter((k) => rest.startsWith(k) && !/[a-z]/.test(rest[k.length] ?? '')).sort((a, b) => b.length - a.length)[0]
        if (!item) break
        const form = lex.ministries.get(item)!
        const f = lex.fixedByForm.get(form)!
        const start = p.start + at
        out.push({ start, end: start + item.length, name: form, key: `en:${f.id}`, rank: 2, kind: f.kind, region: f.region, division: f.division, term: null, session: null, rule: 'english:list' })
        const sep = /^(?:,\s+(?:and\s+)?|\s+and\s+)/.exec(part.slice(at + item.length))
        if (!sep) break
        at += item.length + sep[0].length
      }
    }
  }
  return out
}

/**
 * Committees of several regions under one plural head: one body per region written, named by the
 * owner, the region and the head in the singular as the text writes them (CPPCC Chengdu municipal
 * committee), like the items of other lists.
 */
function pluralCommittees(input: EnBodyInput, lex: EnBodyLexicon): BodyMention[] {
  const out: BodyMention[] = []
  // The first place listed at each start.
  const placeAt = new Map<number, PlaceMention>()
  for (const pl of input.places) if (!placeAt.has(pl.start)) placeAt.set(pl.start, pl)
  for (const p of input.paragraphs) {
    const part = input.text.slice(p.start, p.end)
    for (const [re, order] of [[lex.pluralBefore, 'owner-first'], [lex.pluralAfter, 'owner-last']] as const) {
      re.lastIndex = 0
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const [owner, list, level] = order === 'owner-first' ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[1]!, m[2]!]
        const kind = lex.kindOf(owner)
        if (!kind) continue
        const listAt = p.start + m.index + m[0].indexOf(list)
        const words = /[A-Z][A-Za-z'’]*/g
        for (let w = words.exec(list); w; w = words.exec(list)) {
          const start = listAt + w.index
          const place = placeAt.get(start)
          if (!place) continue
          const name = order === 'owner-first' ? `${owner} ${w[0]} ${level} committee` : `${w[0]} ${level} Committee of the ${owner}`
          out.push({ start, end: start + w[0].length, name, key: `en:${kind}|${place.division!.name}`, rank: 1, kind, region: place.division!.name, division: place.division, term: null, session: null, rule: 'english:plural' })
        }
      }
    }
    // A head of its own kind in the plural: each region's body, named as a single one is (People's Congress of Hunan,
    // Hunan Provincial People's Congress), the region as the page writes it.
    for (const [re, order] of [[lex.pluralHeadOf, 'head-first'], [lex.pluralHeadAfter, 'head-last']] as const) {
      re.lastIndex = 0
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const [list, head, level] = order === 'head-first' ? [m[2]!, m[1]!, ''] : [m[1]!, m[3]!, m[2]!]
        const singular = lex.singularHead(head)
        const kind = lex.kindOf(singular)
        if (!kind) continue
        const listAt = p.start + m.index + m[0].indexOf(list)
        for (const pl of input.places) {
          if (pl.start < listAt || pl.end > listAt + list.length || !pl.division) continue
          const written = input.text.slice(pl.start, pl.end)
          const name = order === 'head-first' ? `${singular} of ${written}` : `${written} ${level} ${singular}`
          out.push({ start: pl.start, end: pl.end, name, key: `en:${kind}|${pl.division.name}`, rank: 1, kind, region: pl.division.name, division: pl.division, term: null, session: null, rule: 'english:plural' })
        }
      }
    }
  }
  return out
}

/**
 * A development zone's administration (管委会: management committee of Changchun Economic and Technological Development
 * Zone; administration committee of Changxing Island economic zone): a government body named as written, region the
 * division its zone's name writes, else the city the page is about there (a zone is no division).
 */
function zoneCommittees(input: EnBodyInput, lex: EnBodyLexicon, bodies: readonly BodyMention[]): BodyMention[] {
  const homeAt = homes(input, bodies)
  const out: BodyMention[] = []
  for (const { m, start } of paragraphMatches(input, lex.zoneCommittee)) {
    const end = start + m[0].length
    const division = input.places.find((q) => q.division !== null && q.start >= start && q.end <= end)?.division ?? homeAt('prefecture', start)
    // …none of a region with no mainland government of its own (Hong Kong Science Park is run by a company).
    let outside = false
    for (let d: Division | null = division ?? null; d; d = d.parent) outside ||= input.outside.has(d.name)
    if (outside) continue
    const name = asWritten(m[0])
    out.push({ start, end, name, key: `en:government|${division?.name ?? '?'}|${formKey(name).toLowerCase()}`, rank: 2, kind: 'government', region: division?.name ?? null, division, term: null, session: null, rule: 'english:zone-committee' })
  }
  return out
}

/** The matches of a global pattern within each paragraph (a match never crosses one), with their start in the text and their paragraph. */
function* paragraphMatches(input: EnBodyInput, re: RegExp): Generator<{ m: RegExpExecArray; start: number; p: { start: number; end: number } }> {
  for (const p of input.paragraphs) {
    const part = input.text.slice(p.start, p.end)
    re.lastIndex = 0
    for (let m = re.exec(part); m; m = re.exec(part)) yield { m, start: p.start + m.index, p }
  }
}

// "and" right before a place (… Engineering and │Shanghai University): the place may open the next name of a list.
const AND_BEFORE = /(?<![A-Za-z])and\s+$/
/** The number of an institution within its region, written before its head: No 1, No. 2, No.35 (group 1 the number). */
const NUMBERED = /^\s+No\.?\s*(\d{1,3})(?![\d.,])/

// A comma joining the words of a name, "and" after it or not: where a person's name follows it, the name ends before it.
const COMMA_JOIN = /,\s+(?:and\s+)?/g

/** `written` (starting at `start`) up to the first comma a person's name follows, or whole. */
function cutBeforeName(written: string, start: number, nameStarts: ReadonlySet<number> | undefined): string {
  if (!nameStarts?.size) return written
  for (const c of written.matchAll(COMMA_JOIN)) if (nameStarts.has(start + c.index + c[0].length)) return written.slice(0, c.index)
  return written
}

/** A run of special committees' field words (Liaison with Hong Kong, Macao …): up to ten, joined by spaces, commas, "and" or "with". */
function fieldRunOf(words: readonly string[]): string {
  const field = `(?:${words.map(escapeRegExp).join('|')})(?![A-Za-z'’-])`
  return `${field}(?:(?:,\\s+(?:and\\s+)?|\\s+(?:and|with)\\s+|\\s+)${field}){0,9}`
}
