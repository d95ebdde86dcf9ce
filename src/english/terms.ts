import type { Range } from '../structure/types.js'
import type { Compromise } from './nlp.js'

/** A word as compromise tags it (Noun, Plural, Adjective, TextValue …), in normalized coordinates. */
export type Term = Range & { text: string; tags: ReadonlySet<string> }

/** A paragraph read by compromise: its terms and its sentences, in text order. */
export type Tagged = { terms: Term[]; sentences: Range[]; termAt: ReadonlyMap<number, number> }

/**
 * compromise's terms and sentences of text[start, end), moved to the text's coordinates. A term whose
 * offsets do not slice to its text (compromise expands contractions: don't → do not) is dropped, as are
 * the empty terms it makes inside ranges (1-3).
 */
export function tagRange(nlp: Compromise, text: string, start: number, end: number): Tagged {
  const terms: Term[] = []
  const sentences: Range[] = []
  for (const s of nlp(text.slice(start, end)).json({ offset: true, terms: { offset: true } })) {
    sentences.push({ start: start + s.offset.start, end: start + s.offset.start + s.offset.length })
    for (const t of s.terms) {
      const a = start + t.offset.start
      const b = a + t.offset.length
      if (b > a && text.slice(a, b) === t.text) terms.push({ start: a, end: b, text: t.text, tags: new Set(t.tags) })
    }
  }
  return { terms, sentences, termAt: new Map(terms.map((t, i) => [t.start, i])) }
}

/** The index of the sentence holding pos (the last that starts at or before it). */
export function sentenceIndex(t: Tagged, pos: number): number {
  let i = -1
  for (const s of t.sentences) { if (s.start > pos) break; i++ }
  return i
}

/** compromise's reads of number words (their values) and of counted nouns (their singulars), by phrase. */
export type NounsAndNumbers = { value(words: string): number | null; singular(phrase: string): string }

/** Phrases remembered by each map of NounsAndNumbers: past it, the map starts again (an archive run never grows it without end). */
const KEPT_PHRASES = 20000

/**
 * Reads of compromise kept for the analyzer: number words' values and nouns' singulars, by phrase. Pages
 * count the same nouns (members, proposals), and compromise reads a phrase the same on every page.
 */
export function nounsAndNumbers(nlp: Compromise): NounsAndNumbers {
  const values = new Map<string, number | null>()
  const singulars = new Map<string, string>()
  return {
    value(words) {
      if (!values.has(words)) {
        if (values.size >= KEPT_PHRASES) values.clear()
        const got: unknown = nlp(words).numbers().get()
        const n = Array.isArray(got) ? got[0] : undefined
        values.set(words, typeof n === 'number' && Number.isFinite(n) ? n : null)
      }
      return values.get(words)!
    },
    singular(phrase) {
      let s = singulars.get(phrase)
      // 200 SOEs, 30 NGOs: an acronym's plural is the acronym and "s", in lower case as every unit (compromise reads SOEs as "so").
      const acronym = ACRONYM_PLURAL.exec(phrase)
      if (s === undefined && acronym) s = phrase.slice(0, acronym.index).toLowerCase() + acronym[1]!.toLowerCase()
      if (s === undefined) {
        // The counted noun is a plural noun here, whatever compromise reads alone (documents, times, issues: verbs).
        const doc = nlp(phrase)
        doc.terms().last().tag('Plural')
        s = doc.nouns().toSingular().text().toLowerCase()
        if (s === '') s = phrase.toLowerCase()
        // undertaking units: words before the noun that compromise reads as no noun stay in it.
        const words = phrase.toLowerCase().split(/\s+/)
        const last = s.split(/\s+/)
        if (words.length > last.length) s = [...words.slice(0, words.length - last.length), ...last].join(' ')
        // democratic party central committees: where compromise reads the compound as two nouns and leaves its head plural,
        // the head is read alone (committee), the words before it kept.
        if (words.length > 1 && s.split(/\s+/).at(-1) === words.at(-1)) {
          const head = nlp(words.at(-1)!)
          head.terms().last().tag('Plural')
          const one = head.nouns().toSingular().text().toLowerCase()
          if (one !== '' && !/\s/.test(one)) s = [...s.split(/\s+/).slice(0, -1), one].join(' ')
        }
        // vice-chairpersons: compromise splits a hyphened word; the hyphen as written stays (vice-chairperson).
        // …and a prefix it drops stays too (non-communist parties: non-communist party).
        for (const h of phrase.toLowerCase().matchAll(/(?<![a-z])([a-z]+)-([a-z]+)/g)) {
          s = s.replace(`${h[1]} `, `${h[1]}-`)
          if (!s.includes(`${h[1]}-`)) s = s.replace(new RegExp(`(?<![a-z-])${h[2]}(?![a-z])`), `${h[1]}-${h[2]}`)
        }
        if (singulars.size >= KEPT_PHRASES) singulars.clear()
        singulars.set(phrase, s)
      }
      return s
    },
  }
}

/** An acronym's plural (SOEs, NGOs, MPs), group 1 the acronym. */
const ACRONYM_PLURAL = /(?<![A-Za-z])([A-Z]{2,})s$/
const WORD = /^[A-Za-z][A-Za-z'’-]*$/
/** Whether a term is a word of letters (not digits, not a mark). */
export const isWord = (w: string): boolean => WORD.test(w)

const NOT_NOUN = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Month', 'WeekDay', 'Adverb', 'Verb', 'QuestionWord', 'Possessive']
const nounish = (t: Term) => isWord(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !NOT_NOUN.some((x) => t.tags.has(x))
/** The spaces, hyphen or line end at text[at] (0 where there are none): a line end inside a paragraph that the figures
 * read unwrapped (more than 4,400│proposals; three│international organizations). */
const gapAt = (text: string, at: number) => /^(?: +|-|\r?\n)/.exec(text.slice(at, at + 8))?.[0].length ?? 0

/** Whether a word names what is counted: a noun, or an adjective that makes one term with it (political
 * adviser); other adjectives describe it (81 thematic research activities: research activity). */
const namesCounted = (t: Term, classifiers: ReadonlySet<string>) => t.tags.has('Noun') || !t.tags.has('Adjective') || classifiers.has(t.text.toLowerCase())
/** Whether terms[k] is a classifier of the data that names a kind only of the noun right after it (10 special committees). */
const classifiesNext = (t: Tagged, k: number, heads: ReadonlyMap<string, ReadonlySet<string>>): boolean => {
  const nouns = heads.get(t.terms[k]!.text.toLowerCase())
  const next = t.terms[k + 1]
  return nouns !== undefined && next !== undefined && next.start === t.terms[k]!.end + 1 && nouns.has(next.text.toLowerCase().replace(/s$/, ''))
}

/** Whether a noun or adjective follows position `at`: then a number there is not bare (8,000-plus crowd). */
export function namesSomething(text: string, t: Tagged, at: number): boolean {
  const k = t.termAt.get(at + gapAt(text, at))
  return k !== undefined && nounish(t.terms[k]!)
}

/** Whether text[from, end) is a noun compound read as a plural noun: nouns and adjectives only, the last a plural (tourist departures). */
export function pluralCompound(t: Tagged, from: number, end: number): boolean {
  const terms = t.terms.filter((x) => x.start >= from && x.end <= end)
  const last = terms.at(-1)
  // Registered volunteers, Newly registered enterprises: a participle (after an adverb in -ly) opening the subject describes
  // its noun; the plural that compromise reads as a verb in -s there (volunteers rose) is the noun.
  let k = 0
  while (k < terms.length - 1 && describesNoun(terms[k]!)) k++
  const plural = last !== undefined && (last.tags.has('Plural') || (k > 0 && verbAsPlural(last)))
  // …with no participle opening it, every term is a noun or adjective, the last too.
  const nouns = k === 0 ? terms.every(nounish) : terms.slice(k, -1).every(nounish)
  return last !== undefined && last.end === end && plural && nouns
}

/** An adverb in -ly or a participle in -ed (Newly, registered) that opens a noun compound and describes its noun. */
const describesNoun = (t: Term) =>
  (/^[A-Za-z][a-z]+ly$/.test(t.text) && t.tags.has('Adverb')) || (/^[A-Za-z][a-z]+ed$/.test(t.text) && (t.tags.has('PastTense') || t.tags.has('Adjective')))

/** The end of a people's name (Chinese, Tibetans) standing alone after position `at` as what is counted (30 million Chinese):
 * no noun after it that it would describe (Chinese people, Chinese yuan), else null. */
export function demonymAt(text: string, t: Tagged, at: number): number | null {
  const gap = gapAt(text, at)
  const k = gap === 0 ? undefined : t.termAt.get(at + gap)
  const term = k === undefined ? undefined : t.terms[k]
  if (!term || !term.tags.has('Demonym')) return null
  const next = t.terms[k! + 1]
  return next && next.start === term.end + 1 && nounish(next) ? null : term.end
}

/** A present-tense verb form in -s that compromise reads where a plural noun stands (lives, trips). */
const verbAsPlural = (t: Term) => t.tags.has('PresentTense') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && /^[a-z]+s$/.test(t.text)
/** Whether term k is a past participle (-ed) right before a plural noun, or a noun and a plural noun: an adjective there
 * (832 impoverished counties, 16 concerned government agencies), not the verb of the count (378 addressed cultural issues). */
function participleBefore(t: Tagged, k: number): boolean {
  const term = t.terms[k]!
  const next = t.terms[k + 1]
  if (!term.tags.has('PastTense') || !/^[a-z]+ed$/.test(term.text) || next === undefined || next.start !== term.end + 1 || !nounish(next) || !next.tags.has('Noun')) return false
  // …or before a noun that names a plural one (16 concerned government agencies).
  const after = t.terms[k + 2]
  return next.tags.has('Plural') || (after !== undefined && after.start === next.end + 1 && after.tags.has('Noun') && after.tags.has('Plural'))
}

/** Whether term k is an adverb in -ly right before a past participle (-ed) right before a noun or adjective (newly elected political advisers). */
function adverbParticiple(t: Tagged, k: number): boolean {
  const [term, part, next] = [t.terms[k]!, t.terms[k + 1], t.terms[k + 2]]
  return term.tags.has('Adverb') && /^[a-z]+ly$/.test(term.text) && part !== undefined && part.start === term.end + 1 && (part.tags.has('PastTense') || part.tags.has('Participle')) && /^[a-z]+$/.test(part.text)
    && next !== undefined && next.start === part.end + 1 && nounish(next)
}

// A noun's ending that compromise may read as a verb's (discussion, settlement): a word with it names a thing.
const NOUN_ENDING = /^[a-z]{3,}(?:tion|sion|ment)$/
/** A noun, or a word with a noun's ending that compromise reads as a verb (discussion). */
const nounLike = (t: Term) => (nounish(t) && t.tags.has('Noun')) || (t.tags.has('Verb') && NOUN_ENDING.test(t.text))
/**
 * Whether term k, right before a noun, is a word that compromise reads as no noun or adjective although it stands
 * in the counted noun: 'describes' for a describing word left out of the name (an adverb in -ly: biweekly, monthly;
 * a modifier of the data read as a plural: grassroots), 'names' for a word that names what is counted with the noun
 * (a form in -ing: participating groups, training courses; a noun's ending read as a verb: discussion panels), else null.
 */
function describingBefore(t: Tagged, k: number, modifiers: ReadonlySet<string>): 'describes' | 'names' | null {
  const term = t.terms[k]!
  const next = t.terms[k + 1]
  if (next === undefined || next.start !== term.end + 1 || !nounLike(next)) return null
  const word = term.text.toLowerCase()
  if (!/^[a-z]+$/.test(term.text)) return null
  if (term.tags.has('Adverb') && /ly$/.test(word) && !term.tags.has('Noun')) return 'describes'
  if (modifiers.has(word) && term.tags.has('Plural')) return 'describes'
  if (term.tags.has('Gerund') && /ing$/.test(word) && !term.tags.has('Auxiliary')) return modifiers.has(word) ? 'describes' : 'names'
  if (term.tags.has('Verb') && NOUN_ENDING.test(word)) return 'names'
  return null
}

/**
 * The counted noun after position `at` (spaces, or a hyphen: five-year): adjectives and nouns up to
 * the first plural noun (260 political advisers; 24 towns│ and districts), or for one thing up to its
 * last noun (one day). It is named from its first common word that is not a modifier (10 consecutive
 * years: year; 24 CPPCC National Committee members: member) to its end.
 */
export function countedNoun(text: string, t: Tagged, at: number, one: boolean, words: { modifiers: ReadonlySet<string>; superlatives: ReadonlySet<string>; classifiers: ReadonlySet<string>; classifierHeads: ReadonlyMap<string, ReadonlySet<string>>; collectives: ReadonlySet<string>; durations: ReadonlySet<string>; bodyNouns: ReadonlySet<string>; bodyLevels: ReadonlySet<string>; ofCompounds: RegExp }): { from: number; end: number } | null {
  const gap = gapAt(text, at)
  let k = gap === 0 ? undefined : t.termAt.get(at + gap)
  if (k === undefined) return null
  let head: Term | null = null
  let from: number | null = null
  // …once: the plural after such a plural is the head (the three media sources residents use).
  let pluralBefore = false
  let coordinated = false
  for (let n = 0; n < 4 && k < t.terms.length; n++, k++) {
    const term = t.terms[k]!
    // …or a hyphen left hanging before "and"/"or" (14 municipal- and county-level officials, small- and medium-sized
    // enterprises): the first word shares the second's hyphened end.
    if (n > 0 && !/^(?:[ -]|\r?\n)$/.test(text.slice(t.terms[k - 1]!.end, term.start)) && !(/^-[ \t]+$/.test(text.slice(t.terms[k - 1]!.end, term.start)) && (term.text === 'and' || term.text === 'or'))) break
    // 1,012 individual and joint proposals: describing words joined by and/or; the name starts after them.
    // …and nouns so joined describe the head too: a coordination keeps its head (46 Party and government agencies: agency).
    if (n > 0 && (term.text === 'and' || term.text === 'or') && nounish(t.terms[k - 1]!) && !t.terms[k - 1]!.tags.has('Plural')) { from = null; coordinated = true; continue }
    // 52,523 new COVID-19 infections, 35 Covid-19 deaths: a number hyphened to a capitalised word ends that name (compromise
    // splits it off), left out with it as the name is.
    if (n > 0 && term.tags.has('Value') && /^\d+$/.test(term.text) && text[term.start - 1] === '-' && t.terms[k - 1]!.end === term.start - 1 && /^[A-Z]/.test(t.terms[k - 1]!.text)) { n--; continue }
    // 832 impoverished counties: a past participle before a noun describes what is counted.
    if (participleBefore(t, k)) continue
    // 37 newly appointed members, 500 newly elected political advisers: an adverb in -ly and its participle describe it.
    if (adverbParticiple(t, k)) { k++; continue }
    // 20 chambers of commerce: a noun of the data whose name goes on with "of" is counted whole (compromise may not read its plural).
    const ofCompound = words.ofCompounds.exec(text.slice(term.start, term.start + 80))
    if (ofCompound) return { from: from ?? term.start, end: term.start + ofCompound[0].length }
    // two very large hospitals: an adverb of degree of the data before an adjective describes with it (compromise may read
    // "least" as a determiner); a superlative does so after a partitive (five of the most creative proposals), but right
    // after a number it ranks a set the text knows (the two most important meetings: the two sessions, no count).
    const then1 = t.terms[k + 1]
    const superlative = words.superlatives.has(term.text.toLowerCase())
    const afterPartitive = /(?<![A-Za-z])of\s+(?:the|its|their|these|those)\s+$/i.test(text.slice(Math.max(0, term.start - 30), term.start))
    if ((term.tags.has('Adverb') || term.tags.has('Determiner')) && words.modifiers.has(term.text.toLowerCase()) && then1?.start === term.end + 1 && then1.tags.has('Adjective') && (!superlative || afterPartitive)) continue
    // 21 biweekly consultation symposiums, 47 grassroots inspection tours: a describing word that compromise reads as an
    // adverb in -ly or as a plural (a modifier of the data) describes the noun after it; 34 participating groups, three
    // discussion panels: a word in -ing or a noun's ending (-tion, -sion, -ment) that it reads as a verb names it with that noun.
    const describes = describingBefore(t, k, words.modifiers)
    if (describes === 'describes') continue
    if (describes === 'names') { from ??= term.start; continue }
    // eight non-communist parties: a prefix hyphened to the next word makes one word with it that names what is counted.
    const next = t.terms[k + 1]
    if (term.tags.has('Hyphenated') && next?.start === term.end + 1 && text[term.end] === '-' && /^[a-z]+$/.test(term.text) && (nounish(next) || term.tags.has('Adverb'))) {
      // …but an adverb hyphened to an adjective or participle describes it (40 well-known experts, 2 newly-built schools), as
      // does a describing compound of the data (one high-quality proposal, 300 low-income households: not high-tech zones).
      if (term.tags.has('Adverb') || words.modifiers.has(text.slice(term.start, next.end).toLowerCase())) k++
      // …and a classifier adjective right before the prefix describes the prefixed noun, left out as other adjectives are
      // (eight legal non-Communist political parties: non-communist political party).
      else if (from !== null && n > 0 && from === t.terms[k - 1]!.start && t.terms[k - 1]!.tags.has('Adjective') && words.classifiers.has(t.terms[k - 1]!.text.toLowerCase())) from = term.start
      else from ??= term.start
      n--
      continue
    }
    // nine staff: a noun that counts in the singular form (data: collective); 10 years' experience: a span of time in the
    // possessive plural (compromise reads it as no plural).
    const lower = term.text.toLowerCase()
    const noun = t.terms[k + 1]
    const nounAfter = noun !== undefined && noun.start === term.end + 1 && nounish(noun)
    if (!one && ((words.collectives.has(lower) && !nounAfter) || (term.tags.has('Possessive') && /^[a-z]+s$/.test(term.text) && words.durations.has(lower.slice(0, -1)) && /^['’]/.test(text.slice(term.end, term.end + 1))))) {
      from ??= term.start
      head = term
      break
    }
    // 273 CPPCC Zhoushan committee members, 700 provincial committee members: a body word after a name or a level word ends
    // that body's name and is left out with it (member); elsewhere it names what is counted (376 committee members: committee member).
    const prev = n > 0 ? t.terms[k - 1] : undefined
    if (nounAfter && words.bodyNouns.has(lower) && prev !== undefined && (/^[A-Z]/.test(prev.text) || words.bodyLevels.has(prev.text.toLowerCase()))) { from = null; continue }
    // 4,600 lives, 97 research trips: after a count of more than one, a verb in -s cannot agree; it is the plural noun.
    const plural = !one && verbAsPlural(term) && (n === 0 || nounish(t.terms[k - 1]!))
    // 155 undertaking units: a classifier reads as a verb form but names what is counted.
    // 10 special committees: a classifier of the data kept only before its own nouns (two special surveys: survey).
    const headed = classifiesNext(t, k, words.classifierHeads)
    if (!plural && !nounish(term) && !headed && !(isWord(term.text) && words.classifiers.has(term.text.toLowerCase()))) break
    if (plural) { from ??= term.start; head = term; break }
    // 400 NPC MPs, 200 SOEs: an acronym's plural is the counted noun (the capitalised names before it left out), whatever
    // compromise tags it (MPs: a singular).
    if (!one && ACRONYM_PLURAL.exec(term.text)?.index === 0) { from = term.start; head = term; break }
    // 298 Standing Committee members: a capitalised word is a name, left out (member); but a word hyphened to a prefix
    // that starts the counted noun stays in it (eight non-Communist parties: non-communist party).
    if (/^[A-Z]/.test(term.text)) { if (!(from !== null && text[term.start - 1] === '-' && t.terms[k - 1]?.start === from)) from = null }
    else if (from === null && !coordinated && (headed || (!words.modifiers.has(term.text.toLowerCase()) && namesCounted(term, words.classifiers)))) from = term.start
    // five-year: the noun after a hyphen is singular.
    if (gap === 1 && text[at] === '-') { if (term.tags.has('Noun')) head = term; break }
    // the three media sources, 20 sports venues: a plural right before a plural noun (no verb) names it with that noun.
    const then = t.terms[k + 1]
    if (term.tags.has('Plural') && !one && !pluralBefore && then && text.slice(term.end, then.start) === ' ' && /^[a-z]/.test(then.text) && then.tags.has('Noun') && then.tags.has('Plural') && !then.tags.has('Verb')) { pluralBefore = true; continue }
    if (term.tags.has('Plural')) { head = one ? null : term; break }
    if (one && term.tags.has('Noun')) head = term
  }
  return head ? { from: from ?? head.start, end: head.end } : null
}
