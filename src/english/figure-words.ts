import { CppccNlpError } from '../errors.js'
import type { TsvRow } from '../resources/data-files.js'
import { escapeRegExp } from '../text/regexp.js'

export type Approx = 'more' | 'less' | 'about'

/**
 * The words around English figures (data/en-figure-words.tsv) as patterns. Patterns named `…Before`
 * end at the number (tried on the text before it); the others start right after it. Group 1 of each is
 * the word, looked up lower case in `approx`, `magnitude` or `unit`.
 */
export type EnFigureWords = {
  readonly approxBefore: RegExp
  readonly approxAfter: RegExp
  readonly approx: ReadonlyMap<string, Approx>
  /** Words of `approxBefore` that bound a quantity but only frame a span of time (within 5.5 percent; within three days), lower case. */
  readonly limits: ReadonlySet<string>
  readonly magnitudeAfter: RegExp
  /** A magnitude glued to the digits that is one only where money is written (5m yuan, $3m; 20m is metres). */
  readonly moneyMagnitudeAfter: RegExp
  readonly magnitude: ReadonlyMap<string, number>
  readonly currencyBefore: RegExp
  readonly currencyAfter: RegExp
  readonly percentAfter: RegExp
  /** A unit of measure after a number (1,000 mu, 20 km, 66.7 hectares). */
  readonly measureAfter: RegExp
  /** The reported unit of a currency, percent or measure word, by kind and lower-case form. */
  readonly unit: ReadonlyMap<string, string>
  readonly timeAfter: RegExp
  readonly labelBefore: RegExp
  /** "of them": group 1 the pronoun. */
  readonly anaphorAfter: RegExp
  /** "them" right after a vague plural that holds its "of" (dozens of │them): group 1 the pronoun. */
  readonly anaphorNext: RegExp
  /** "of which", "among them," right before a number. */
  readonly anaphorBefore: RegExp
  /** "Another 605 were …": words right before a bare number that go on counting what was counted before. */
  readonly continuesBefore: RegExp
  /** "Among the proposals, 102 …": a plural noun after "of" or "among" and a partitive, right before a number; group 1 the noun. */
  readonly partitiveBefore: RegExp
  /** "of the": the words between "of" and a counted noun, with the spaces after them. */
  readonly partitiveAfter: RegExp
  /** Global. "In all the proposals": a plural noun after "in", "of" or "among" and a partitive, the antecedent of a later "Of these,"; group 1 the noun. */
  readonly partitiveNoun: RegExp
  /** A fraction word after "a" (a third of, a quarter of): its denominator, by the lower-case word. */
  readonly fractions: ReadonlyMap<string, number>
  /** The words that may follow a fraction word after "by a" (rose by a quarter in two years), lower case: before any other word it is no share. */
  readonly fractionNext: ReadonlySet<string>
  /** Adjectives that describe what is counted and are not part of its name (consecutive, new). */
  readonly modifiers: ReadonlySet<string>
  /** Modifiers that make a superlative (most, least): they describe only after a partitive. */
  readonly superlatives: ReadonlySet<string>
  /** Adjectives kept in the counted noun (political adviser). */
  readonly classifiers: ReadonlySet<string>
  /** Classifiers that name a kind only of the nouns listed (special: committee), by the word. */
  readonly classifierHeads: ReadonlyMap<string, ReadonlySet<string>>
  /** Nouns that end a body's name after a name or a level word (CPPCC Zhoushan committee, provincial committee members: member), lower case. */
  readonly bodyNouns: ReadonlySet<string>
  /** Level words that make a body name of the body noun after them (provincial, municipal), lower case. */
  readonly bodyLevels: ReadonlySet<string>
  /** Global: set phrases with numbers that count nothing (the two sessions). */
  readonly phrases: RegExp
  /** Counted nouns that measure time (year, decade): no later number points back to them. */
  readonly durations: ReadonlySet<string>
  /** A counted noun whose name goes on with "of" (20 chambers of commerce: chamber of commerce), at the start of the text, singular or plural. */
  readonly ofCompounds: RegExp
  /** Global: a plural of a round number that counts vaguely (dozens of, hundreds of, tens of thousands of); group 1 the word, group 2 the "of" after it where there is one. */
  readonly vague: RegExp
  /** The value of a vague plural, by the lower-case word (dozens: 12). */
  readonly vagueValue: ReadonlyMap<string, number>
  /** Global: a word of some few before a magnitude word (several hundred, a few thousand): about the round number; group 1 the magnitude. */
  readonly fewMagnitude: RegExp
  /** Singulars of plurals that compromise misreads (lives: life), by the lower-case plural. */
  readonly singulars: ReadonlyMap<string, string>
  /** Plural nouns after a year that keep it a year (2010 prices), lower case: always, as the year's verb (2026 marks …) or as its event (the 2022 sessions). */
  readonly dated: ReadonlyMap<string, Dated>
  /** Words right before a year that make it the subject of the verb after it (the year │2023 marks), ending a text. */
  readonly yearSubjectBefore: RegExp
  /** Words right before a year that make it the year of the event after it (the │2022 sessions), ending a text. */
  readonly yearEventBefore: RegExp
  /** Words after a year's event word that make it the year of that event (2022 sessions│ of the CPPCC), starting a text. */
  readonly yearEventAfter: RegExp
  /** An owner right before a year, a possessive determiner or a noun in 's or s' (their │2012 work plans, Zhou's │2024 proposals), ending a text; normalizing may drop the space after s'. */
  readonly yearOwnerBefore: RegExp
  /** A noun of the people of a place earlier in the clause (a population of │2.3 million): a number without a noun counts them; group 1 the word, 2 the words up to the number. */
  readonly populationBefore: RegExp
  /** A population word right after a number, adjectives between (a 1.4 billion │population, five million impoverished │population): group 1 the word. */
  readonly populationAfter: RegExp
  /** A share noun as the subject of a bare number in its clause (The percentage is │24; the proportion of women members was │17.8). */
  readonly shareNounBefore: RegExp
  /** The unit a population word counts, by the lower-case word (population: person). */
  readonly populationUnit: ReadonlyMap<string, string>
  /** A share later in the clause after a number (3,527 by the end of …, accounting for 98.9 percent), starting a text. */
  readonly shareAfter: RegExp
  /** A verb of change and "from" right before a number (has risen from │54 trillion), ending a text. */
  readonly changeFrom: RegExp
  /** A verb of ranking right before a number (ranked 12 out of 31 provinces): the number is a rank, "out of" no ratio. */
  readonly rankBefore: RegExp
  /** The plural noun that opens a sentence as the subject of a change from one number to another (Tourist departures have
   * grown from │83 million; … from 83 million to over │130 million) or to one (rural residents living below the poverty line
   * dropped to │16.6 million), or the level it reached (Registered volunteers numbered │1.2 million), ending a text that starts
   * the sentence; group 1 the noun. The noun may have a possessive or a name with inner capitals before it and a phrase of
   * place after it (The city's visitors, WeChat users, users of WeChat, visitors to the city topped │2 million), and the
   * sentence a reporting clause before it (Notably, Ma said, the …). */
  readonly changeSubject: RegExp
  /** Nouns that count in the singular form (nine staff), lower case. */
  readonly collectives: ReadonlySet<string>
  /** Nouns of an amount (export, profit), singular and lower case: as the head of a change's subject they lend no unit. */
  readonly amounts: ReadonlySet<string>
  /** Global: digits and the run of capitalised words (or digits) after them that ends a programme's name (the 1,000 Talents Plan). */
  readonly namedRuns: RegExp
  /** A plural noun of persons by age, or "aged", and a bound of age right before a number (adults under │50, seniors over │60,
   * residents aged over │80): its age. */
  readonly ageHolderBefore: RegExp
}

/** Where a `dated` word keeps the year before it a year: always, where the year is its subject, where it is the event's. */
export type Dated = 'always' | 'subject' | 'event'
const DATED: ReadonlyMap<string, Dated> = new Map([['-', 'always'], ['subject', 'subject'], ['event', 'event']])

const KINDS = ['before', 'after', 'limit', 'magnitude', 'money-magnitude', 'currency-before', 'currency-after', 'percent', 'measure', 'time', 'label', 'anaphor', 'continues', 'partitive', 'fraction', 'fraction-next', 'modifier', 'classifier', 'body-noun', 'body-level', 'phrase', 'duration', 'vague', 'few', 'singular', 'dated', 'year-subject', 'year-event-before', 'year-event-after', 'year-owner', 'population', 'population-noun', 'report', 'share', 'share-noun', 'change', 'level', 'collective', 'amount', 'name-head', 'of-compound', 'rank', 'age-holder'] as const
type Kind = (typeof KINDS)[number]

// Spaces as any spaces (none after a comma: normalizing may drop it), ' as ' or ’.
// `space`: what a space of the data may be written as (a hyphen too in a unit hyphened to its number: a 40-square-meter workshop).
const escape = (s: string, space = '\\s+') => escapeRegExp(s).replace(/, /g, ',\\s*').replace(/ /g, space).replace(/'/g, "['’]")
const alternation = (ws: readonly string[], space?: string) => (ws.length ? [...ws].sort((a, b) => b.length - a.length).map((x) => escape(x, space)).join('|') : '(?!)')
// A word ends where no letter follows; a form ending in a mark ($, %, No.) ends by itself.
const wordEnd = '(?![A-Za-z])'

export function enFigureWords(rows: readonly TsvRow[]): EnFigureWords {
  const byKind = new Map<Kind, string[]>(KINDS.map((k) => [k, []]))
  const approx = new Map<string, Approx>()
  const magnitude = new Map<string, number>()
  const wholeWords: string[] = []
  const superlatives = new Set<string>()
  const unit = new Map<string, string>()
  const fractions = new Map<string, number>()
  const ofCompounds: string[] = []
  const classifierHeads = new Map<string, Set<string>>()
  const vagueValue = new Map<string, number>()
  const singulars = new Map<string, string>()
  const dated = new Map<string, Dated>()
  const populationUnit = new Map<string, string>()
  const reports = new Map<'opens' | 'closes', string[]>([['opens', []], ['closes', []]])
  for (const r of rows) {
    const [word = '', kind = '', value = ''] = r.cells
    if (!(KINDS as readonly string[]).includes(kind)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a kind (${KINDS.join(', ')}), got ${kind}`)
    const k = kind as Kind
    const key = word.toLowerCase()
    if (k === 'before' || k === 'after' || k === 'limit') {
      if (value !== 'more' && value !== 'less' && value !== 'about') throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected more, less or about, got ${value}`)
      approx.set(key, value)
    } else if (k === 'magnitude' || k === 'money-magnitude') {
      if (!/^\d+$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a multiplier, got ${value}`)
      magnitude.set(key, Number(value))
      if (k === 'magnitude') {
        const form = r.cells[3]
        if (form !== 'word' && form !== 'abbreviation') throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected the form word or abbreviation, got ${form}`)
        if (form === 'word') wholeWords.push(word)
      }
    } else if (k === 'fraction') {
      if (!/^\d+$/.test(value) || Number(value) < 2) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a denominator, got ${value}`)
      fractions.set(key, Number(value))
    } else if (k === 'vague') {
      if (!/^\d+$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected the round number, got ${value}`)
      vagueValue.set(key.replace(/\s+/g, ' '), Number(value))
    } else if (k === 'singular') {
      if (!/^[a-z]+$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected the singular, got ${value}`)
      singulars.set(key, value)
    } else if (k === 'dated') {
      const where = DATED.get(value)
      if (!where) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected ${[...DATED.keys()].join(', ')}, got ${value}`)
      dated.set(key, where)
    } else if (k === 'population') {
      if (!/^[a-z]+$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected the unit counted, got ${value}`)
      populationUnit.set(key.replace(/\s+/g, ' '), value)
    } else if (k === 'report') {
      if (value !== 'opens' && value !== 'closes') throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected opens or closes, got ${value}`)
      reports.get(value)!.push(word)
    } else if (k === 'label') {
      if (value !== '-' && value !== 'issue') throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected - or issue, got ${value}`)
    } else if (k === 'modifier') {
      if (value !== '-' && value !== 'superlative') throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected - or superlative, got ${value}`)
      if (value === 'superlative') superlatives.add(key)
    } else if (k === 'classifier') {
      if (value !== '-' && !/^[a-z]+(?:\|[a-z]+)*$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected - or nouns joined by |, got ${value}`)
      if (value !== '-') {
        classifierHeads.set(key, new Set(value.split('|')))
        continue
      }
    } else if (k === 'of-compound') {
      if (!/^[a-z]+ of [a-z ]+$/.test(key) || !/^[a-z]+$/.test(value)) throw new CppccNlpError('E_DATA', `invalid entry in ${r.where}: expected a noun with "of" and its head's plural, got ${word} ${value}`)
      ofCompounds.push(`(?:${escapeRegExp(key.split(' ')[0]!)}|${escapeRegExp(value)})${escape(key.slice(key.indexOf(' ')))}`)
    } else if (k === 'currency-before' || k === 'currency-after' || k === 'percent' || k === 'measure') unit.set(`${k}:${key}`, value)
    byKind.get(k)!.push(word)
  }
  const alt = (k: Kind) => alternation(byKind.get(k)!)
  // The magnitudes written as whole words (hundred, million; not bn, mln: the data's form).
  const wholeMagnitudes = alternation(wholeWords)
  // A reporting clause of up to four words: a subject and the verb that closes it (the report said), or the words that
  // open it and what they name (according to Sun).
  const reportClause = `(?:(?:[A-Za-z]+\\s+){1,3}(?:${alternation(reports.get('closes')!)})|(?:${alternation(reports.get('opens')!)})(?:\\s+[A-Za-z]+){1,3})${wordEnd}`
  // An approximation after a number that is the start of one before the next (3,000 deputies and more │than 2,100
  // members): the rest of each `before` phrase that opens with the last word of an `after` one (than).
  const words = (phrase: string) => phrase.toLowerCase().split(/\s+/)
  const lastWords = new Set(byKind.get('after')!.map((a) => words(a).pop()!))
  const nextRests = [...new Set(byKind.get('before')!.map(words).filter((ws) => ws.length > 1 && lastWords.has(ws[0]!)).map((ws) => ws.slice(1).join(' ')))]
  return {
    approxBefore: new RegExp(`(?<![A-Za-z])(${alternation([...byKind.get('before')!, ...byKind.get('limit')!])})\\s+$`, 'i'),
    limits: new Set(byKind.get('limit')!.map((l) => l.toLowerCase().replace(/\s+/g, ' '))),
    // …not the approximation of the next figure (3,000 deputies and more than 2,100 members).
    approxAfter: new RegExp(`^(?:\\s+|-)(${alt('after')})${wordEnd}(?!\\s+(?:${alternation(nextRests)})${wordEnd})`, 'i'),
    approx,
    // 3.5 billion, 1.5bn, 10-million
    magnitudeAfter: new RegExp(`^(?:\\s+|-)?(${alt('magnitude')})${wordEnd}`, 'i'),
    magnitude,
    moneyMagnitudeAfter: new RegExp(`^(${alt('money-magnitude')})${wordEnd}`),
    // $18.38, US$5, RMB 5: a sign right before the number, a word with a space.
    currencyBefore: new RegExp(`(?<![A-Za-z])(${alt('currency-before')})\\s?$`),
    currencyAfter: new RegExp(`^(?:\\s+|-)(${alt('currency-after')})${wordEnd}`, 'i'),
    // …its words joined by hyphens where the share is hyphened to the number as one adjective (a 3-percentage-point rise).
    percentAfter: new RegExp(`^(?:\\s*|-)(${alt('percent')}|(?<=-)(?:${alternation(byKind.get('percent')!, '-')}))${wordEnd}`, 'i'),
    // …its words joined by hyphens where the unit is hyphened to the number as one adjective (a 40-square-meter workshop).
    measureAfter: new RegExp(`^(?:\\s+|-)(${alt('measure')}|(?<=-)(?:${alternation(byKind.get('measure')!, '-')}))${wordEnd}`, 'i'),
    unit,
    timeAfter: new RegExp(`^\\s*(${alt('time')})(?![A-Za-z])`, 'i'),
    labelBefore: new RegExp(`(?<![A-Za-z])(${alt('label')})\\s*$`),
    anaphorAfter: new RegExp(`^\\s+of\\s+(${alt('anaphor')})${wordEnd}`, 'i'),
    anaphorNext: new RegExp(`^\\s+(${alt('anaphor')})${wordEnd}`, 'i'),
    anaphorBefore: new RegExp(`(?<![A-Za-z])(?:of|among)\\s+(?:${alt('anaphor')}),?\\s*$`, 'i'),
    continuesBefore: new RegExp(`(?<![A-Za-z])(?:${alt('continues')})\\s+$`, 'i'),
    fractions,
    fractionNext: new Set(byKind.get('fraction-next')!.map((m) => m.toLowerCase())),
    // …with a few words after the noun that say which (Of the proposals put on record, 1,505 …), and a reporting clause
    // set in commas between it and the number (Among the proposals, the report said, 3,265 were filed by members); and
    // describing words before the noun (Among the key suggestions, 159 …). Group 1 the words from the first after the
    // determiner to the plural, group 2 the plural: the counted noun is read in them as after a number.
    partitiveBefore: new RegExp(`(?<![A-Za-z])(?:of|among)\\s+(?:${alt('partitive')})\\s+((?:[a-z-]+\\s+){0,2}?([A-Za-z]+s))(?:\\s+[a-z]+){0,3},\\s*(?:${reportClause},\\s*)?$`, 'di'),
    // …also with an owner after the determiner, or a name's owner alone (46 of the country's private businessmen, ten of
    // China's provinces): the noun after the owner is counted, as after "of its 20 members".
    partitiveAfter: new RegExp(`^\\s+of\\s+(?:(?:${alt('partitive')})\\s+(?:[a-z]+['’]s\\s+)?|[A-Z][a-z]+['’]s\\s+)(?=[A-Za-z])`, 'i'),
    partitiveNoun: new RegExp(`(?<![A-Za-z])(?:in|of|among)\\s+(?:${alt('partitive')})\\s+([a-z]+s)(?![A-Za-z])`, 'gi'),
    modifiers: new Set(byKind.get('modifier')!.map((m) => m.toLowerCase())),
    superlatives,
    classifiers: new Set(byKind.get('classifier')!.map((m) => m.toLowerCase())),
    classifierHeads,
    bodyNouns: new Set(byKind.get('body-noun')!.map((m) => m.toLowerCase())),
    bodyLevels: new Set(byKind.get('body-level')!.map((m) => m.toLowerCase())),
    phrases: new RegExp(`(?<![A-Za-z])(?:${alt('phrase')})(?![A-Za-z])`, 'gi'),
    durations: new Set(byKind.get('duration')!.map((d) => d.toLowerCase())),
    ofCompounds: new RegExp(`^(?:${ofCompounds.join('|') || '(?!)'})${wordEnd}`, 'i'),
    vague: new RegExp(`(?<![A-Za-z-])(${alt('vague')})(\\s+of(?=\\s))?(?![A-Za-z])`, 'gi'),
    vagueValue,
    // …not before "of" (several hundred of them: the vague plural's grammar), nor hyphened (a few hundred-meter walk).
    // …times a second magnitude (several hundred thousand: group 2).
    fewMagnitude: new RegExp(`(?<![A-Za-z-])(?:${alt('few')})\\s+(${wholeMagnitudes})(?:\\s+(${wholeMagnitudes}))?${wordEnd}(?!\\s+of\\s|-[a-z])`, 'gi'),
    singulars,
    dated,
    yearSubjectBefore: new RegExp(`(?<![A-Za-z])(?:${alt('year-subject')})\\s+$`, 'i'),
    yearEventBefore: new RegExp(`(?<![A-Za-z])(?:${alt('year-event-before')})\\s+$`, 'i'),
    yearEventAfter: new RegExp(`^\\s+(?:${alt('year-event-after')})${wordEnd}`, 'i'),
    yearOwnerBefore: new RegExp(`(?:[A-Za-z](?:['’]s|s['’])|(?<![A-Za-z])(?:${alt('year-owner')}))\\s*$`, 'i'),
    // …in the number's clause: no clause mark or comma between the word and the number, at most 60 characters; not a
    // word that describes the noun after it (population density); group 2 what lies between the word and the number.
    populationBefore: new RegExp(`(?<![A-Za-z])(${alt('population')})${wordEnd}(?!\\s+(?:${alt('population-noun')})${wordEnd})([^.;:!?(),]{0,60})$`, 'i'),
    // …after the number: at most two lower-case words between, not a word that describes the noun after it.
    populationAfter: new RegExp(`^[\\s-]+(?:[a-z][a-z-]*\\s+){0,2}?(${alt('population')})${wordEnd}(?!\\s+(?:${alt('population-noun')})${wordEnd})`),
    populationUnit,
    // …the noun with what it is of or for (of women members, for Beijing), then a verb of being or level and an approximation.
    shareNounBefore: new RegExp(`(?<![A-Za-z])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\\s+(?:${alt('share-noun')})(?:\\s+(?:of|for|in|among)\\s+[^,;:.!?\\d]{1,40}?)?\\s+(?:is|was|stood\\s+at|reached|hit)\\s+(?:(?:${alt('before')})\\s+)?$`),
    // …in the number's clause: no clause mark but commas before the share word, at most 80 characters; an approximation
    // may stand before the share's number.
    shareAfter: new RegExp(`^[^.;:!?()]{0,80}?,\\s*(?:${alt('share')})\\s+(?:(?:${alt('before')})\\s+)?\\d+(?:\\.\\d+)?\\s*(?:${alt('percent')})${wordEnd}`, 'i'),
    rankBefore: new RegExp(`(?<![A-Za-z])(?:${alt('rank')})\\s+(?:(?:No\\.|number)\\s*)?$`, 'i'),
    changeFrom: new RegExp(`(?<![A-Za-z])(?:${alt('change')})\\s+from\\s+$`, 'i'),
    // …the sentence opened by a noun compound of up to three words ending in a plural (a mark or bullet before it, or a
    // phrase set off by a comma: According to government figures, …), a participle phrase that describes it (rural residents
    // living below the poverty line; no conjunction in it, which would open a second clause), an auxiliary, the verb, "from",
    // and for the second number the first with its magnitude, "to" and an approximation; or the verb and "to" or "by" right
    // before the number (dropped to 16.6 million); or the verb, the change as a percentage and "to" (Proposals rose 8
    // percent year-on-year to 1,240: the level reached counts the subject too).
    changeSubject: new RegExp(`^[^A-Za-z\\d]*(?:[A-Z][^,;:.!?]{0,60},\\s+(?:[A-Za-z][^,;:.!?]{0,40},\\s+)?)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+)?(?:[A-Za-z][\\w-]*['’]s\\s+)?(?:[A-Z][\\w-]*[A-Z][\\w-]*\\s+)?((?:[A-Za-z][a-z-]*\\s+){0,3}[A-Za-z][a-z]+s)(?:\\s+(?:of|on|to|in|at|across)\\s+(?:[A-Za-z][\\w'’-]*\\s+){0,4}?[A-Za-z][\\w'’-]*)?(?:\\s+[a-z]+(?:ing|ed)(?:\\s+(?!(?:and|but|or|while|whereas)\\s)[a-z]+){0,5})?\\s+(?:(?:has|have|had)\\s+(?:been\\s+)?)?(?:(?:${alt('change')})\\s+(?:from\\s+(?:\\d[\\d,.]*(?:\\s*(?:${alt('magnitude')}))?\\s+to\\s+(?:(?:${alt('before')})\\s+)?)?|(?:to|by)\\s+(?:(?:${alt('before')})\\s+)?|(?:by\\s+)?\\d[\\d,.]*\\s*(?:${alt('percent')})(?:\\s+year[- ]on[- ]year)?\\s+to\\s+(?:(?:${alt('before')})\\s+)?)|(?:${alt('level')})\\s+(?:(?:${alt('before')})\\s+)?)$`, 'd'),
    collectives: new Set(byKind.get('collective')!.map((c) => c.toLowerCase())),
    amounts: new Set(byKind.get('amount')!.map((c) => c.toLowerCase())),
    // …or "aged" after any noun (residents aged over 80); the bound is one of the prepositions that bound a quantity.
    ageHolderBefore: new RegExp(`(?<![A-Za-z])(?:(?:${alt('age-holder')})\\s+(?:aged\\s+)?|aged\\s+)(?:under|over|above|below)\\s+$`, 'i'),
    // …one to six words between, none of them lower case, no mark but a space between them.
    namedRuns: new RegExp(`(?<![\\w.,])\\d[\\d,]*(?:\\s+(?:[A-Z][A-Za-z'’-]*|\\d[\\d,]*)){1,6}?\\s+(?:${alt('name-head')})${wordEnd}`, 'g'),
  }
}

/** The unit a currency, percent or measure word reports (元, 美元, %, mu), by the kind of pattern that found it. */
export const unitOf = (w: EnFigureWords, kind: 'currency-before' | 'currency-after' | 'percent' | 'measure', word: string): string | null =>
  w.unit.get(`${kind}:${word.toLowerCase().replace(kind === 'measure' || kind === 'percent' ? /[\s-]+/g : /\s+/g, ' ').replace(/’/g, "'")}`) ?? null

/** The percent, currency or measure unit written at the start of `text` (5 percent, 82.7 trillion yuan: after the magnitude), else null. */
export function unitWrittenAfter(w: EnFigureWords, text: string): string | null {
  return unitWordAfter(w, text)?.unit ?? null
}

/** The unit word (percent, currency after the number, measure) at the start of `text`: the unit reported and how long the words are. */
export function unitWordAfter(w: EnFigureWords, text: string): { unit: string | null; length: number } | null {
  for (const [re, kind] of [[w.percentAfter, 'percent'], [w.currencyAfter, 'currency-after'], [w.measureAfter, 'measure']] as const) {
    const m = re.exec(text)
    if (m) return { unit: unitOf(w, kind, m[1]!), length: m[0].length }
  }
  return null
}
