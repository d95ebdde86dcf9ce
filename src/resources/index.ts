import { loadBodyLexicon, type BodyLexicon } from '../committees/lexicon.js'
import { dateWords, type DateWords } from '../dates/words.js'
import { loadFigureWords, type FigureWords } from '../figures/words.js'
import { loadVariants } from '../normalize/05-variants.js'
import type { NormalizeResources } from '../normalize/types.js'
import { loadPersonLexicon, loadRoles, type PersonLexicon } from '../persons/lexicon.js'
import type { PlaceContext } from '../places/extract.js'
import type { ListWord } from '../places/abbreviations.js'
import { loadGazetteer, type Gazetteer } from '../places/gazetteer.js'
import { reversedKey, Trie } from '../lexicon/trie.js'
import type { ResolvedOptions } from '../schema/options.js'
import type { EngineName } from '../segment/engines/engine.js'
import { latinReader, type LatinReader } from '../segment/latin.js'
import { loadSegmentation, type Segmentation } from '../segment/load.js'
import { isHanFree } from '../segment/engines/han-free.js'
import { lineKinds, type LayoutKind, type LineKinds } from '../text/line-kinds.js'
import { UnitSet } from '../text/chars.js'
import { Numerals } from '../text/numerals.js'
import { loadEnglishLexicon, type EnglishLexicon } from '../english/lexicon.js'
import { compromise } from '../english/nlp.js'
import { loadTopics, type Topics } from '../topics/taxonomy.js'
import { relativeWords, type RelativeLevel } from '../regions/words.js'
import { visitWords, type VisitWords } from '../regions/visits.js'
import type { GuestWords } from '../regions/guests.js'
import { selfNameContexts, type SelfNameContexts } from '../regions/self-named.js'
import { CppccNlpError } from '../errors.js'
import { triesByRole } from '../lexicon/by-role.js'
import { dataFiles } from './data-files.js'
import { loadExtension } from './extension.js'

/**
 * Everything an analyzer reads besides the document: every lexicon of data/ and the user's additions,
 * loaded once when the analyzer is made and passed to each stage. Nothing here changes per document
 * (the compromise reader loads itself on the first Latin text it meets, @node-rs/jieba its dictionary on the
 * first text with Han characters).
 */
export type Resources = {
  readonly engine: EngineName
  readonly segmentation: Segmentation
  readonly latin: LatinReader
  readonly normalize: NormalizeResources
  readonly lines: LineKinds
  readonly numerals: Numerals
  readonly gazetteer: Gazetteer
  readonly placeContext: PlaceContext
  readonly bodies: BodyLexicon
  /** Words for the region an article is about (市, 省, 街道): data/relative-regions.tsv. */
  readonly relative: Trie<RelativeLevel>
  /** Those of one character (省, 市, 区 …). */
  readonly relativeChars: string
  /** Divisions no relative word means and no article is about (台湾省): data/outside-regions.txt. */
  readonly outsideRegions: ReadonlySet<string>
  /** Words next to which a page writes its own region short (掌上蓟州): data/self-name-contexts.tsv. */
  readonly selfNames: SelfNameContexts
  /** Words of a visit to the page's own region (一行来我市): data/visit-home.tsv and data/visit-verbs.tsv. */
  readonly visits: VisitWords
  /** Words of a guest invited to lecture (邀请…作专题辅导): data/guest-words.tsv. */
  readonly guests: GuestWords
  /** Chinese names, titles and the words around them, loaded when first read: a page where `chinese` is false never reads them. */
  readonly persons: PersonLexicon
  /**
   * Whether the Chinese names and titles of `persons` can occur in a text: it has a Han character (see isHanFree), or the
   * user's extension adds a title written without one (CEO). Every row of data/roles.tsv and data/role-modifiers.tsv, and
   * every surname, is Han.
   */
  readonly chinese: (text: string) => boolean
  readonly figures: FigureWords
  readonly dates: DateWords
  readonly topics: Topics
  /**
   * The English side's data, loaded with the first page that has Latin text (as compromise is): Chinese
   * pages never pay for it in time or memory; the first English page pays once. With the option
   * `english: 'preload'`, both load here instead.
   */
  readonly english: () => EnglishLexicon
}

/** The words of a page's layout by kind (data/layout-words.tsv); every kind has at least one. */
function layoutWords(): Record<LayoutKind, string[]> {
  const out: Record<LayoutKind, string[]> = { page: [], continued: [], note: [], lead: [] }
  for (const { cells, where } of dataFiles.tsv('layout-words.tsv', 2)) {
    const words = Object.hasOwn(out, cells[1]!) ? out[cells[1] as LayoutKind] : undefined
    if (!words) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: the kind is one of ${Object.keys(out).join(', ')}`)
    words.push(cells[0]!)
  }
  const empty = Object.entries(out).find(([, words]) => words.length === 0)
  if (empty) throw new CppccNlpError('E_DATA', `data/layout-words.tsv has no word of kind ${empty[0]}`)
  return out
}

/** The engine an analyzer uses: the option, else CPPCC_NLP_ENGINE, else @node-rs/jieba. */
export function engineOf(options: ResolvedOptions, env: NodeJS.ProcessEnv = process.env): EngineName {
  return options.engine ?? (env.CPPCC_NLP_ENGINE === 'nodejieba' ? 'nodejieba' : '@node-rs/jieba')
}

export function loadResources(options: ResolvedOptions): Resources {
  const ext = loadExtension(options.extend, options.extendDir)
  const engine = engineOf(options)
  const roles = loadRoles(ext)
  const latinRole = ext.roles.some(isHanFree)
  const byKind = (test: (r: { kind: string; cppcc: boolean }) => boolean) => [...roles.values()].filter(test).map((r) => r.role)
  const lines = lineKinds({ credits: byKind((r) => r.kind === 'press'), titles: byKind((r) => r.cppcc), creditVerbs: dataFiles.list('credit-verbs.txt'), layout: layoutWords() })
  const bodies = loadBodyLexicon(ext)
  const relativeRows = dataFiles.tsv('relative-regions.tsv', 2)
  const placeWords = new Trie<{ county: boolean; township: boolean; institution: boolean }>()
  for (const { cells } of dataFiles.tsv('place-words.tsv', 2)) placeWords.add(cells[0]!, { county: cells[1] === '1', township: cells[2] === '1', institution: cells[3] === '1' })
  const lists = new Trie<ListWord>()
  const townshipListEnds = { before: new Trie<true>(), after: new Trie<true>(), bare: new Trie<true>(), between: new Trie<true>(), county: new Trie<true>() }
  for (const { cells, where } of dataFiles.tsv('township-list-ends.tsv', 2)) {
    if (cells[1] !== 'before' && cells[1] !== 'after' && cells[1] !== 'bare' && cells[1] !== 'between' && cells[1] !== 'county') throw new CppccNlpError('E_DATA', `invalid entry in ${where}: the position is before, after, bare, between or county`)
    townshipListEnds[cells[1]].add(cells[0]!, true)
  }
  const streets = new Trie<true>()
  const roads = new Trie<true>()
  for (const w of [...dataFiles.list('road-words.txt'), ...dataFiles.list('village-words.txt'), ...dataFiles.list('water-words.txt')]) { roads.add(w, true); streets.add(w, true) }
  for (const w of dataFiles.list('currency-words.txt')) roads.add(w, true)
  for (const w of dataFiles.list('street-words.txt')) streets.add(w, true)
  const countiesOfCity = new Trie<true>()
  for (const w of dataFiles.list('city-county-words.txt')) countiesOfCity.add(w, true)
  const zones = new Trie<true>()
  for (const w of dataFiles.list('zone-words.txt')) zones.add(w, true)
  const listEnds = new Trie<true>()
  for (const w of dataFiles.list('place-list-ends.txt')) listEnds.add(w, true)
  for (const w of dataFiles.list('abbreviation-lists.txt')) lists.add(w, 'province')
  for (const w of dataFiles.list('city-count-words.txt')) lists.add(w, 'city')
  const around = dataFiles.tsv('abbreviation-context.tsv', 2)
  // The words of one kind of context (column 2), as a trie; keys reversed for a kind read backwards (longestEndingAt).
  const wordsOf = (rows: typeof around, kind: string, reversed = false) => {
    const words = new Trie<true>()
    for (const r of rows) if (r.cells[1] === kind) words.add(reversed ? reversedKey(r.cells[0]!) : r.cells[0]!, true)
    return words
  }
  const contextOf = (rows: typeof around) => ({ before: UnitSet.of(rows.filter((r) => r.cells[1] === 'before').map((r) => r.cells[0]!)), after: wordsOf(rows, 'after') })
  const compass = UnitSet.of(around.filter((r) => r.cells[1] === 'compass').map((r) => r.cells[0]!))
  const abbreviations = { ...contextOf(around), city: contextOf(around.filter((r) => r.cells[2] === '1')), compass, region: wordsOf(around, 'region'), brand: wordsOf(around, 'brand'), members: wordsOf(around, 'members'), port: wordsOf(around, 'port', true), seat: UnitSet.of(around.filter((r) => r.cells[1] === 'seat').map((r) => r.cells[0]!)), seated: wordsOf(around, 'seated'), stop: wordsOf(around, 'stop'), kept: new Set(around.filter((r) => r.cells[1] === 'kept').map((r) => r.cells[0]!)), seatElsewhere: new Map(dataFiles.tsv('seat-other-places.tsv', 2).map((r) => [r.cells[0]!.charCodeAt(0), new Set(r.cells[1]!.split(' ').filter(Boolean))] as const)) }
  const away = new Trie<true>()
  // Keys reversed: read backwards from a place (longestEndingAt).
  for (const w of dataFiles.list('travel-away.txt')) away.add(reversedKey(w), true)
  const slogans = new Trie<true>()
  for (const w of dataFiles.list('slogan-words.txt')) slogans.add(reversedKey(w), true)
  // Words around a county's short form in a phrase of the page's own development (推动白云高质量发展); `before` keys reversed.
  const ownPhrases = triesByRole('own-region-phrases.tsv', ['before', 'after', 'media', 'mediaBefore', 'dateline', 'owner', 'learnt', 'study', 'lesson'] as const, ['before', 'mediaBefore', 'learnt', 'study'])
  const gazetteer = loadGazetteer(ext)
  const segmentation = loadSegmentation(engine, ext)
  const numerals = new Numerals(dataFiles.tsv('numerals.tsv', 3))
  const relativeChars = relativeRows.map((r) => r.cells[0]!).filter((w) => w.length === 1).join('')
  let english: EnglishLexicon | undefined
  let persons: PersonLexicon | undefined
  if (options.english === 'preload') {
    compromise()
    english = loadEnglishLexicon(gazetteer)
  }
  return {
    engine,
    segmentation,
    latin: latinReader(),
    normalize: { variants: loadVariants(), lines },
    lines,
    numerals,
    gazetteer,
    placeContext: { after: placeWords, lists, townshipListEnds: { ...townshipListEnds, isNumeral: (c: number) => numerals.isCountUnit(c) }, abbreviations, organEndAt: bodies.organEndAt, prefixEndAt: bodies.prefixEndAt, gluedBefore: bodies.gluedToBody, away, words: new Set(dataFiles.list('word-short-forms.txt')), slogans, ownPhrases, streets, roads, countiesOfCity, zones, functionStems: new Set(dataFiles.list('function-word-stems.txt')), listEnds },
    bodies,
    relative: relativeWords(relativeRows),
    relativeChars,
    outsideRegions: new Set(dataFiles.list('outside-regions.txt')),
    selfNames: selfNameContexts(dataFiles.tsv('self-name-contexts.tsv', 2)),
    visits: visitWords(dataFiles.tsv('visit-home.tsv', 2), relativeChars, (c) => numerals.isCountUnit(c), dataFiles.tsv('visit-verbs.tsv', 3).filter((r) => r.cells[2] === '1').map((r) => r.cells[0]!), (c) => gazetteer.countyInitials.has(c), (w) => segmentation.lexicon.has(w)),
    guests: triesByRole('guest-words.tsv', ['invited', 'invite', 'lecture', 'for', 'own'] as const),
    get persons() { return (persons ??= loadPersonLexicon(roles, ext)) },
    chinese: (text) => latinRole || !isHanFree(text),
    figures: loadFigureWords(),
    dates: dateWords(dataFiles.tsv('date-words.tsv', 2)),
    topics: loadTopics(options.taxonomy),
    english: () => (english ??= loadEnglishLexicon(gazetteer)),
  }
}
