import { CppccNlpError } from '../errors.js'
import { reversedKey, Trie } from '../lexicon/trie.js'
import { dataFiles } from '../resources/data-files.js'
import { alternation } from '../text/regexp.js'
import type { Figure } from '../schema/result.js'

export type Approx = NonNullable<Figure['approx']>

/** The words around the numbers of figures (data/figure-words.tsv), units (units.tsv), set phrases (numbered-phrases.txt) and speech verbs (speech-verbs.txt). */
export type FigureWords = {
  /** Approximations written before a number, as a trie of reversed words (read back from the number). */
  before: Trie<Approx>
  /** Words between an approximation and its number (约有, 超过了), reversed like `before`. */
  bridge: Trie<true>
  /** Approximations that reach over a verb phrase to the first number of their clause (至少节约成本200元), as a trie like `after`. */
  reach: Trie<Approx>
  /** Approximations between digits and a magnitude or unit (余, 多, 来), by character. */
  inside: ReadonlyMap<string, Approx>
  after: Trie<Approx>
  /** Approximations written after the counted noun, closing the noun phrase (1000双鞋左右): after-noun. */
  afterNoun: Trie<Approx>
  /** Words before a magnitude that make a round number (数十, 上百). */
  round: Trie<Approx>
  /** Words after which a number is a percentage (百分之). */
  percent: Trie<true>
  /** Words after a number that make it tenths, as a percentage (三成). */
  tenths: Trie<true>
  /** Words after a number that make it no figure: a date (5月), a time (8点), an ordinal (3届), a noun (两大). */
  stops: Trie<true>
  /** Words after a stop that make the number a count after all: 点建议 (四点建议, not the time 八点). */
  counted: Trie<boolean>
  /**
   * Units as reported; `measure` for those before which a magnitude alone is a number (百米), `one` for those
   * after which 一 counts (一个百分点), `list` for counts of places that are figures only after a list of them (两地),
   * `title` for those that also begin titles, before which a number is no figure where a title starts (两副主席).
   */
  units: Trie<{ unit: string; measure: boolean; one: boolean; list: boolean; title: boolean }>
  phrases: Trie<true>
  /** Two neighbouring digits that write a span (三四, 五六). */
  pairs: ReadonlySet<string>
  /** Nouns after 年 that make a duration (三年内), by their first character. */
  durations: ReadonlySet<string>
  /** Words after a span of years that make it a time frame, no figure (五年来, 一年多来, 30年以来). */
  frames: readonly string[]
  /** Characters after a unit, or inside one of two parts, that add a half (6年半, 3个半月). */
  half: ReadonlySet<string>
  /** Words between a denominator and a numerator (三分之二): a share, reported as a percentage. */
  fraction: Trie<true>
  /** Words after a count in Chinese numerals that open the quoted name of a set (两个“确立”): a slogan, no figure. */
  named: Trie<true>
  /** Words after N次 that make it the session of a body's term (十三届全国人大五次会议): an ordinal. */
  sessions: Trie<true>
  /** Characters of a body's term (届) before which a session is numbered. */
  terms: ReadonlySet<string>
  /** Level words of a region (县, 市) right before N次 and a session that number the session of the region's body (县七次党代会). */
  sessionRegions: ReadonlySet<string>
  /** A range mark after a number and the range's upper end in Arabic digits, starting a text (至5, ～5, -10). */
  range: RegExp
  /** A range mark alone, between two numbers in Chinese numerals (三至五年, 两到三个). */
  rangeMark: RegExp
  /** Words of 一 and a measure word that are adverbs, no count, even where nothing follows them (一起, 一块, 一下). */
  adverbs: ReadonlySet<string>
  /** Words before a number that make 一 and its unit a count, not an article: a span of time (为期一周). */
  spans: readonly string[]
  /** Units of time after which 一 is a count of that time where it begins a word (提前一天, 耗时一个月): as reported. */
  timeUnits: ReadonlySet<string>
  /** Units of time after which 一 counts only before a word of time-after (一年后, 一年以内; 过去一年, 一年开一次会 stay out). */
  timeUnitsAfter: ReadonlySet<string>
  /** Words of time-after that look back (一年前): after a unit of time-one-after they leave 一 out (the client's 000 一年前). */
  timeAgo: ReadonlySet<string>
  /** Words right before 一 that make it indefinite, no count (有一天, 总有一天). */
  someOne: ReadonlySet<string>
  /** Adverbs before 一 and a unit of time that stress how short the span is (仅仅一年时间, 短短一个月): a duration still. */
  shortOne: ReadonlySet<string>
  /** Words of a period that open a rate (每季度, 每年): 一 and a unit of rate-unit after them in their clause count (每季度开展一次). */
  rates: Trie<true>  // keys reversed
  /** Units that a rate counts (次, 场): rate-unit. */
  rateUnits: ReadonlySet<string>
  /** Words right after 一 and its unit of time that make the span a duration, counted at a sentence's start too (一周后, 一周内). */
  timeAfter: Trie<true>
  /** Words of comparison between two equal spans of time (一天比一天): time-compare. */
  compare: readonly string[]
  /** Words between two equal counts of one that make them a repetition, no count (一场接一场, 一次又一次): repeat, and the words of time-compare (一个比一个). */
  repeats: readonly string[]
  /** Numerals that alone before a measure word number a thing in a name (二期扩建, 教育二组): a count says 两. */
  nameNumerals: ReadonlySet<string>
  /** Numerals that are never ordinals: before a term (届) they count terms (承办两届大会), where 十四届 numbers one. */
  countNumerals: ReadonlySet<string>
  /** Words right before a number that make it and a term (届) a count of terms, whatever the numeral (连任三届, 连续举办了五届). */
  termCounts: readonly string[]
  /** Words that begin a body right after a term (届): a number above any count of terms is then the term's (连任十三届全国人大代表). */
  termBodies: readonly string[]
  /** Measure words after which an adjective, or a verb another verb follows, makes a count a slogan's (两个健康, 两个加快创新): slogan-unit. */
  sloganUnits: ReadonlySet<string>
  /** Nouns of aspects after a count in Chinese numerals that follows quoted names (“A”和“B”两个关键): the set's name, no figure. */
  setNouns: Trie<true>
  /** Words of the segmenter that begin with a measure word, which after a number are the unit and the counted noun's start (5个人, 48个子项目);
   * true when the rest of the word must begin a word of the dictionary (8家|电商企业, not 2024家|电博览会): the third column word. */
  glued: ReadonlyMap<string, boolean>
  /** A numeral and its unit that are also a word of place (四周 all around, 四处 everywhere): locality. */
  localities: ReadonlySet<string>
  /** Words right before such a word that make it a count (经过四周, 连续四周): locality-before, and the words of span and before. */
  localityBefore: readonly string[]
  /** Words right after such a word that make it a count (四周时间): locality-after, and the words of time-after. */
  localityAfter: Trie<true>
  /** Words that end the owner of a share right before it (约占全省|的|30%): an approximation before the owner is the share's. */
  shareOwners: readonly string[]
  /** The units of a share or a ratio that such an owner may precede (%, 倍): share-unit. */
  shareUnits: ReadonlySet<string>
  /** Verbs that introduce what a person said (data/speech-verbs.txt): 说：“…” is speech, its figures count. */
  speechVerbs: readonly string[]
}

const APPROX = new Set(['more', 'less', 'about'])
export function loadFigureWords(): FigureWords {
  const w: FigureWords = { before: new Trie(), bridge: new Trie(), reach: new Trie(), inside: new Map(), after: new Trie(), afterNoun: new Trie(), round: new Trie(), percent: new Trie(), tenths: new Trie(), stops: new Trie(), counted: new Trie(), units: new Trie(), phrases: new Trie(), pairs: new Set(), durations: new Set(), frames: [], half: new Set(), fraction: new Trie(), named: new Trie(), sessions: new Trie(), terms: new Set(), sessionRegions: new Set(), range: /(?!)/, rangeMark: /(?!)/, adverbs: new Set(), spans: [], timeUnits: new Set(), timeUnitsAfter: new Set(), timeAgo: new Set(), someOne: new Set(), shortOne: new Set(), rates: new Trie(), rateUnits: new Set(), timeAfter: new Trie(), compare: [], repeats: [], nameNumerals: new Set(), countNumerals: new Set(), termCounts: [], termBodies: [], setNouns: new Trie(), sloganUnits: new Set(), glued: new Map(), localities: new Set(), localityBefore: [], localityAfter: new Trie(), shareOwners: [], shareUnits: new Set(), speechVerbs: [] }
  const ranges: string[] = []
  const inside = w.inside as Map<string, Approx>
  for (const r of dataFiles.tsv('figure-words.tsv', 2)) {
    const [word = '', position = '', approx = ''] = r.cells
    const a = approx as Approx
    const needsApprox = position === 'before' || position === 'reach' || position === 'inside' || position === 'after' || position === 'after-noun' || position === 'round'
    if (needsApprox && !APPROX.has(approx)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: a ${position} word needs an approx (more, less, about)`)
    if (position === 'before') w.before.add(reversedKey(word), a)
    else if (position === 'bridge') w.bridge.add(reversedKey(word), true)
    else if (position === 'reach') w.reach.add(word, a)
    else if (position === 'inside') inside.set(word, a)
    else if (position === 'after') w.after.add(word, a)
    else if (position === 'after-noun') w.afterNoun.add(word, a)
    else if (position === 'round') w.round.add(word, a)
    else if (position === 'percent') w.percent.add(word, true)
    else if (position === 'tenths') w.tenths.add(word, true)
    else if (position === 'stop') w.stops.add(word, true)
    else if (position === 'counted') w.counted.add(word, true)
    else if (position === 'not-counted') w.counted.add(word, false)
    else if (position === 'pair') (w.pairs as Set<string>).add(word)
    else if (position === 'duration') (w.durations as Set<string>).add(word)
    else if (position === 'frame') (w.frames as string[]).push(word)
    else if (position === 'half') (w.half as Set<string>).add(word)
    else if (position === 'fraction') w.fraction.add(word, true)
    else if (position === 'named') w.named.add(word, true)
    else if (position === 'session') w.sessions.add(word, true)
    else if (position === 'term') (w.terms as Set<string>).add(word)
    else if (position === 'session-region') (w.sessionRegions as Set<string>).add(word)
    else if (position === 'range') ranges.push(word)
    else if (position === 'adverb') (w.adverbs as Set<string>).add(word)
    else if (position === 'span') (w.spans as string[]).push(word)
    else if (position === 'time-one') (w.timeUnits as Set<string>).add(word)
    else if (position === 'time-ago') (w.timeAgo as Set<string>).add(word)
    else if (position === 'time-one-after') {
      ;(w.timeUnits as Set<string>).add(word)
      ;(w.timeUnitsAfter as Set<string>).add(word)
    }
    else if (position === 'some-one') (w.someOne as Set<string>).add(word)
    else if (position === 'short-one') (w.shortOne as Set<string>).add(word)
    else if (position === 'rate') w.rates.add(reversedKey(word), true)
    else if (position === 'rate-unit') (w.rateUnits as Set<string>).add(word)
    else if (position === 'time-after') w.timeAfter.add(word, true)
    else if (position === 'time-compare') { (w.compare as string[]).push(word); (w.repeats as string[]).push(word) }
    else if (position === 'repeat') (w.repeats as string[]).push(word)
    else if (position === 'name-numeral') (w.nameNumerals as Set<string>).add(word)
    else if (position === 'count-numeral') (w.countNumerals as Set<string>).add(word)
    else if (position === 'term-count') (w.termCounts as string[]).push(word)
    else if (position === 'term-body') (w.termBodies as string[]).push(word)
    else if (position === 'set-noun') w.setNouns.add(word, true)
    else if (position === 'slogan-unit') (w.sloganUnits as Set<string>).add(word)
    else if (position === 'glued') (w.glued as Map<string, boolean>).set(word, approx === 'word')
    else if (position === 'locality') (w.localities as Set<string>).add(word)
    else if (position === 'locality-before') (w.localityBefore as string[]).push(word)
    else if (position === 'locality-after') w.localityAfter.add(word, true)
    else if (position === 'share-owner') (w.shareOwners as string[]).push(word)
    else if (position === 'share-unit') (w.shareUnits as Set<string>).add(word)
    else throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: position must be before, bridge, reach, inside, after, after-noun, round, percent, tenths, stop, counted, not-counted, pair, duration, frame, half, fraction, named, session, term, range, adverb, span, time-one, time-one-after, time-ago, some-one, rate, rate-unit, time-after, time-compare, repeat, name-numeral, count-numeral, term-count, term-body, set-noun, slogan-unit, glued, locality, locality-before, locality-after, share-owner or share-unit`)
  }
  w.range = new RegExp(`^(?:${alternation(ranges)})(\\d+(?:\\.\\d+)?)`)
  w.rangeMark = new RegExp(`^(?:${alternation(ranges)})`)
  for (const { cells } of dataFiles.tsv('units.tsv', 2)) w.units.add(cells[0]!, { unit: cells[1]!, measure: cells[2] === '1', one: cells[3] === '1', list: cells[4] === '1', title: cells[5] === '1' })
  for (const p of dataFiles.list('numbered-phrases.txt')) w.phrases.add(p, true)
  w.speechVerbs = dataFiles.list('speech-verbs.txt')
  return w
}
