import { dataFiles } from '../resources/data-files.js'
import type { Figure } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import type { Range } from '../structure/types.js'
import { partitionPoint } from '../text/bisect.js'
import { unitOf, unitWordAfter, unitWrittenAfter, type Approx, type EnFigureWords } from './figure-words.js'
import type { Compromise } from './nlp.js'
import { countedNoun, demonymAt, isWord, namesSomething, nounsAndNumbers, pluralCompound, sentenceIndex, tagRange, type NounsAndNumbers, type Tagged, type Term } from './terms.js'

/**
 * A number as written: digits (1,887, 3.5), number words (Sixteen, twenty-five), or a word that is a
 * figure with its own unit: a fraction (one sixth: a share, no unit) or a multiple (threefold: fold).
 */
type Written = Range & { value: number; digits: string | null; ownUnit?: string | null; approx?: Approx }

// Digits, with thousands commas or without, and decimals: 1,887 · 6012 · 18.38
const NUMERAL = /(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?/g
// Where compromise may read a number word (a term written in letters that it tags TextValue and Cardinal: one of its
// number words, the magnitudes among them, an upper-case roman numeral): a number word at a word's start, in any case; a
// run of roman digits; or a character outside ASCII other than typographic quotes, dashes and spaces (compromise folds
// some to ASCII letters or digits: ö, ×, ２). Digits are no such term: NUMERAL reads them, so a paragraph whose numbers
// are all digits is tagged only where it has a figure. The words: data/en-cardinal-words.txt, built from compromise's
// lexicon; test/unit/english-cardinal-words.test.ts checks them against it.
let cardinalWord: RegExp | undefined
const cardinalWordRe = () => (cardinalWord ??= new RegExp(`(?<![A-Za-z])(?:${dataFiles.list('en-cardinal-words.txt').join('|')})`, 'i'))
const OTHER_NUMBER_WORD = /(?<![A-Za-z])[IVXLCDM]{2,}(?![A-Za-z])|[^\x00-\x7F‘’“”–—…\u00A0]/
// …and a digit before a fraction word of the data, spaced or hyphened (3 quarters, 2-thirds, 1 third: compromise reads a
// fraction or a count of the word), the plural too (half: halves).
const digitFraction = new WeakMap<ReadonlyMap<string, number>, RegExp>()
const digitFractionRe = (fractions: ReadonlyMap<string, number>): RegExp => {
  let re = digitFraction.get(fractions)
  if (!re) {
    const words = [...fractions.keys()].flatMap((f) => [f, f.replace(/f$/, 've') + 's'])
    digitFraction.set(fractions, (re = new RegExp(`\\d[ -](?:${words.join('|')})(?![A-Za-z])`, 'i')))
  }
  return re
}
export const mayReadNumberWord = (s: string, fractions?: ReadonlyMap<string, number>): boolean =>
  cardinalWordRe().test(s) || OTHER_NUMBER_WORD.test(s) || (fractions !== undefined && digitFractionRe(fractions).test(s))
// Numbers that are no figures wherever they stand: numeric dates, times, spans of years (2016-2020).
const NOT_FIGURES = /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|(?:1[89]|20)\d{2}\s*[-–—]\s*(?:(?:1[89]|20)\d{2}|\d{2})(?!\d)/g
// A number glued to what is before it: G20, COVID-19, No.1, 1/3 (normalizing drops the space of ", 5,027").
const GLUED_BEFORE = /(?:[\p{L}\p{N}_#/.]|\p{N},|[\p{L}\p{N}]-)$/u
const RANGE = /^(?:\s*[-–—]\s*|\s+to\s*)((?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?)(?![\d,.]?\d)/
// …and two number words joined by "to" before one noun (one to two proposals, three to five years): a range, not two counts,
// the second larger. Digits joined by "or" stay two (67 or 68 percent: test/unit/english-r7.test.ts); number words so
// joined are a range only where the second is the next number (one or two proposals, five or six years: 一两个, 五六年).
const WORDS_PAIR = /^\s+to\s+$/
const WORDS_OR = /^\s+or\s+$/
const ORDINAL = /^(?:st|nd|rd|th)(?![A-Za-z])/
// …and the second number of a range whose unit is written at both ends (5.5 percent to 6 percent): after the first's unit.
const UNIT_RANGE = /^(?:\s*[-–—]\s*|\s+to\s+)((?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?)(?![\d,.]?\d)/
// Numbers coordinated under one counted noun or unit: 94 and 90 proposals, 67 and 21 percent, millions or even tens of millions of yuan.
const COORDINATED = /^(?:\s*(?:,\s*)?(?:and|or)\s+(?:even\s+)?|,\s*)$/
// …of which "or" before a share may set a count and its share side by side (1,505 or 43.65 percent).
const APPOSED_OR = /^\s*,?\s*or\s+$/
// How many sentences back the things counted may be for a bare count that gives its share (… 3,527, accounting for 98.9 percent).
const SHARE_REACH = 2
// A noun joined to digits by a hyphen: 100-day, 30-member.
const HYPHEN_NOUN = /^-([a-z]{2,})(?![A-Za-z-])/
// A number fused to "strong" says how many persons a group holds (a 2,000-strong delegation): no noun of its own; the
// plural after the group noun and "of" where there is one (a 300-strong team of volunteers: volunteer). Group 1 up to that "of".
const STRENGTH = /^-strong(?![A-Za-z-])/
const STRENGTH_OF = /^(\s+(?:[a-z]+\s+){0,2}[a-z]+\s+of)\s+(?=[A-Za-z])/
// An age counts years, as 岁 does in Chinese: the 60-year-old Yang; "Yu Zhengsheng, 67, was …" (two digits between
// commas right after a capitalised word), also shared by the names before it (Hu Wenrong and Zhu Guoxian, both 59, and …).
const AGE = /^-years?-old(?![A-Za-z])/
const AGE_NAME_BEFORE = /[A-Z][a-z]+,\s(?:(?:both|all)\s)?$/
// …and a person's own age after a pronoun and "be" (I am 72, I was 11 when …, she is 45).
const AGE_AFTER_NOUN = /(?<![A-Za-z])(?:aged|ages?|ages?\s+of|age(?:\s+of\s+[a-z][a-z ]{0,30}?)?\s+(?:is|was|stands\s+at|stood\s+at)|turn(?:s|ed|ing)|(?:I\s+(?:am|was)|I['’]m|(?:he|she)\s+(?:is|was)))\s+(?:between\s+)?$/i
// The years written after an age: 52.6 years, 60 years old.
/** "the age of" right before a number, its article optional (under the age of 3). */
const AGE_OF = /(?<![A-Za-z])(?:the\s+)?age\s+of\s+$/i
const AGE_YEARS = /^\s+years?(?:\s+old)?(?![A-Za-z])/
// "between 30 and 50": a range whose second number follows "and"; also with the ages between (between the ages of 4 and 6).
const BETWEEN = /(?<![A-Za-z])between\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$/i
const RANGE_AND = /^\s+and\s+((?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?)(?![\d,.]?\d)/
// "the number of proposals reached 5,000": a number without a noun counts the plural noun after "the number of" in its clause,
// the first plural after it (the number of proposals has doubled to 6,000: proposals, not has).
// Group 1 the words from the first after "of" to the plural: the counted noun is read in them as after a number (the number
// of industrial enterprises above designated size increased by 8,439: industrial enterprise, as 8,439 industrial enterprises).
const NUMBER_OF = /(?<![A-Za-z])the\s+(?:total\s+)?number\s+of\s+((?:[a-z-]+\s+){0,4}?([a-z]+s))(?![A-Za-z])[^.;:!?,]{0,60}$/di
// "the numbers that year were 3,819 and 3,576": bare numbers given as "the numbers" (or figures) of the clause count what
// the page counted last; the second after the first and "and" or a comma. Not "the numbers of/for X": those count X.
const THE_NUMBERS_WERE = /(?<![A-Za-z])the\s+(?:numbers|figures)(?:\s+(?!of\b|for\b)[a-z]+){0,3}\s+(?:were|are)\s+(?:[\d,.]+\s*(?:,|and)\s+)?$/i
// Numbers given first and then named "the numbers of X": "Forty and seventy-three, those were the numbers of major
// proposals", "120 and 95 were the figures for new members", "300 and 400: the numbers of members in 2020 and 2021"
// count X; group 1 the words from the first after "of"/"for" to the plural, group 2 the plural (as NUMBER_OF).
const WERE_THE_NUMBERS_OF = /^(?:\s+and\s+[\w-]+)?(?:\s*,\s*(?:those|these)\s+(?:were|are)|\s+(?:were|are)|\s*[:：])\s+the\s+(?:numbers|figures)\s+(?:of|for)\s+((?:[a-z-]+\s+){0,2}?([a-z]+s))(?![A-Za-z])/d
// …its colon form, which needs two numbers: the second after "and" in it or the first coordinated before.
const NUMBERS_COLON = /^(?:\s+and\s+[\w-]+)?\s*[:：]/
// Past participles opening a counted noun (confirmed cases, elected members): they describe it.
const PARTICIPLES_BEFORE = /^(?:[a-z]{3,}ed\s+)+(?=[a-z])/
// "1,783 of registered proposals": "of" right before the counted noun, no determiner between (lower case: not of China).
const BARE_OF = /^\s+of\s+(?=[a-z])/
// "one in five", "3 out of 10": what stands between a number and a denominator.
const RATIO = /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/
// …and a number word before it that compromise reads as part of a fraction (three out of 10): group 1 the word.
const WORD_RATIO = /(?<![A-Za-z-])([A-Za-z]+(?:-[a-z]+)?)\s+(?:in|out\s+of)\s+(?:every\s+)?$/
// …but an ordinal there ranks, no numerator (ranked first in 31 provinces).
const ORDINAL_WORD = /(?:first|second|third|th)$/i
// A denominator that is a total of things counted, not a ratio's base (3 out of 10): digits of a hundred or more and a plural noun after them.
// …or after "out of", any number past ten (About 40 out of 50 members); ten or less is a ratio's base (seven out of 10).
// …but not after a rank (ranked 12 out of 31 provinces: data/en-figure-words.tsv, rank): a place among them, no part of a total.
const isTotal = (n: { digits: string | null; value: number }, after: string, between: string, ranked: boolean) => !ranked && /^\s+[a-z]+s(?![A-Za-z])/.test(after) && ((n.digits !== null && n.value >= 100) || (/out\s+of/.test(between) && n.value > 10))
const HALF = /(?<![A-Za-z-])[Hh]alf(?![A-Za-z-])/g
// A number and a half (4 and a half days, two and a half years): one figure, the half added; the number as digits or words.
const AND_A_HALF = /(?<![\p{L}\p{N}.,-])(\d+|[A-Za-z]+(?:-[a-z]+)?)\s+and\s+a\s+half(?![A-Za-z-])/gu
// A short quotation, no clause of speech: a slogan, whose number words count nothing (“building four centers and
// constructing modern spring city”, “two upholds”); at most eight words, no sentence or clause punctuation inside but
// the period or comma that American style puts before the closing mark ("five major developments," some …).
const SLOGAN = /[“"]((?:[^“”"\n.!?,;:\s]+\s){0,7}[^“”"\n.!?,;:\s]+)[.,]?[”"]/g
// …or of short parallel parts set apart by commas (“one lake, one policy”, “one county, one industry, one brand”): two to
// four parts of at most three words each; a longer part is a clause of speech.
const PARALLEL_SLOGAN = /[“"](?:[^“”"\n.!?,;:\s]+\s){0,2}[^“”"\n.!?,;:\s]+(?:,\s*(?:[^“”"\n.!?,;:\s]+\s){0,2}[^“”"\n.!?,;:\s]+){1,3}[.,]?[”"]/g
// "a" or "half a" and a word after it that may be a magnitude (a hundred, a dozen, half a million): group 1 the half, 2 the word.
const A_MAGNITUDE = /(?<![A-Za-z])(?:([Hh]alf)\s+a|[Aa])\s+([a-z]+)(?![A-Za-z])/g
// "a" and a word before "of" (a third of the proposals): a fraction where the word is one (data/en-figure-words.tsv);
// also after "by" with no "of" (rose by a quarter, cut by a third: the share of a change); group 1 or 2 the word.
const A_FRACTION = /(?<![A-Za-z])[Aa]\s+([a-z]+)(?=\s+of\s)|(?<=(?<![A-Za-z])by\s+)a\s+([a-z]+)(?![A-Za-z-])/g
// …the word after such a share: group 1.
const BY_A_NEXT = /^\s+([A-Za-z]+)(?![A-Za-z])/
// "of a century", "a year" after a fraction (a quarter of a century, one fourth a century): group 1 the noun, a span of time where the data says so.
const SPAN_OF_TIME = /^(?:\s+of)?\s+an?\s+([a-z]+)(?![A-Za-z-])/
// "of the 6,012 proposals" after a number: the counted noun stands after a second number, also after "its" or an owner
// (Three of its 20 members; two of the committee's 34 participating groups), or a name of one or two words (22 of
// China's 31 provinces, nine of Hong Kong's 36 deputies); read before the partitive "of the".
const OF_NUMBER = /^\s+of\s+(?:(?:the|its|their)\s+)?(?:[a-z]+['’]s\s+|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’]s\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?=\s)/
// A multiple written as one word or with a hyphen: threefold, ten-fold, 3-fold; digits with decimals, a space too (2.5-fold, 1.5 fold).
const FOLD = /(?<![A-Za-z\d.,-])([A-Za-z]+-?|\d+(?:\.\d+)?(?:-|\s)?)fold(?![A-Za-z])/gi
// "ones" standing for the counted noun before, after a describing word or none: 104 individual ones.
// …and "others" after a number: the things counted before (Twenty-three members spoke, and fifteen others wrote).
const ONES = /^\s+(?:(?:[a-z]+\s+)?ones|others)(?![A-Za-z])/
// …and "others" given an office (others were elected, have been appointed): persons, where nothing was counted before.
const OTHERS_GIVEN_OFFICE = /^\s+(?:were|have\s+been|had\s+been)\s+(?:elected|appointed|named|nominated)(?![A-Za-z])(?!\s+after)/
const PERSON = 'person'
// Words after a number up to a capitalised word that ends them (no capitalised word after it): a counted noun in capitals
// (seven Vice Chairmen, two loop Expressways, 80 newly-elected Chairpersons and …); group 1 the words.
const TITLED_NOUN = /^\s+((?:[A-Za-z][a-z]+(?:-[a-z]+)*\s+){0,2}[A-Z][a-z]+)(?![A-Za-z-])(?!\s+[A-Z])/
// A verb right after a number without a noun: the number is its subject (… and thirty-two were filed).
const SUBJECT_OF = /^\s+(?:were|are|have|had|got|won)(?![A-Za-z])/
// A number word in a list of bare counts, after a comma or "and", before the preposition that says whose or where they are
// (3,265 were filed by members, 56 by parties, one by a sub-committee): it counts what the bare count before it counts.
const LIST_JOINT = /(?:,|\sand)\s+$/
const LISTED_BY = /^\s+(?:by|from|on|in|for|at|with)\s/
// "Ten out of the 15": a part of a total written bare after "the", the total counted earlier on the page.
const OUT_OF_THE = /^\s+(?:out\s+)?of\s+the\s+$/
// "of which 804 were members' proposals": a number without a noun, subject of "were" with a plural noun after it (and
// a describing word or two, no preposition or participle), counts that noun where the page counts it already.
const PREDICATE_NOUN = /^\s+(?:were|are)\s+(?:(?!(?:by|from|in|on|at|for|to|with|of|about|into|under|over|not|also)\s)(?![a-z]+ed\s)[a-z]+['’]?\s+){0,2}([a-z]+s)(?=\s*(?:[,.;]|and\s|$))/
// A number alone in brackets right after a plural noun counts it (female deputies (742), women members (440)).
const BRACKETED_AFTER_NOUN = /(?<![A-Za-z])([a-z]+s)\s*\($/
const BRACKET_CLOSES = /^\s*\)/
// …and one in brackets of a list whose earlier bracket wrote the noun counts that noun (public health (250 suggestions); …
// environmental affairs (74)): the bracket opens right before it.
const BRACKET_OPENS = /\(\s*$/
// A time phrase after a bare number says when, not what is counted (compared with 7,139 last year; down by 13.86 million
// year-on-year): group 1 or 2 the span.
const TIME_PHRASE = /^\s+(?:(?:last|this|next|previous)\s+([a-z]+)|([a-z]+)[-\s]on[-\s]\2)(?![A-Za-z])/
// A passive verb after a bare number (42,675 were made, 300 were sold): the number is its subject; the participle is read from the tags.
const PASSIVE = /^\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?=[a-z])/
// A number word after a term ordinal is in a name: the 13th five-year plan.
const TERM_ORDINAL = /\d+(?:st|nd|rd|th)\s+$/
// An acronym of capitals and a lower-case word after it, after a number word (Two NPC deputies): the acronym names the
// body of what the word counts, no name holds the number.
const ACRONYM_THEN_NOUN = /^\s[A-Z]{2,}\s+[a-z]/
// A capitalized word right before a number names it (Shenzhou 17, Boeing 737), unless it opens the sentence.
const CAPITALIZED_BEFORE = /(?<![A-Za-z'’])[A-Z][A-Za-z]*\s$/
// …also after a dateline (BEIJING -, BEIJING, March 9 (Xinhua) --): the sentence opens after it.
// …and a quotation of speech opens one after a comma, colon or sentence end (he said, "About 30 percent …; he said.
// "Only 7.5 percent …), its opening quote glued to the word (a closing quote has a space after it: …," he said." Shenzhou 17).
const QUOTE_OPENS = /[,:;.!?]["”’']?\s*[“"‘]$/
const OPENING = /^[\s"'“‘(（[]*(?:[A-Z][A-Z'’. ]*[A-Z](?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s*\([A-Za-z ]+\))?\s*(?:-{1,2}|[–—])\s*)?$/

// "One" and a word before a comma or "in" (One day, …; One day in 2019, …): some time where it opens a sentence.
const SOME_TIME = /(?<![A-Za-z])One\s+([a-z]+)(?=,|\s+in\s)/g
/** Where the sentence holding `at` opens, read back to the paragraph's start `from`: after the last . ! ? before it. */
function sentenceOpen(text: string, from: number, at: number): number {
  const m = /[.!?]["”’']?\s+(?=[^.!?]*$)/.exec(text.slice(from, at))
  return m ? from + m.index + m[0].length : from
}

// A heading in capitals: two words of capitals or more and no lower-case letter.
const SHOUTED = /^(?=[^a-z]*[A-Z]{2,}[^a-z]*\s[^a-z]*[A-Z]{2,})[^a-z]*$/

// A list of figures parallel in form: the words after the one before (in Beijing and, for Beijing and Tianjin and) open
// with the preposition that opens the words after this one (in Shanghai); a name after the first (in Beijing) wants a
// name after this one too (in Shanghai, not in the morning).
const PARALLEL_BETWEEN = /^\s+(in|for|among|at|across)\s+([^,;.!?\d]{1,40}?)(?:,\s*and|,|\sand)\s+$/
function parallelTo(between: string, after: string): boolean {
  const m = PARALLEL_BETWEEN.exec(between)
  const a = m ? new RegExp(`^\\s+${m[1]}\\s+(\\S)`).exec(after) : null
  return a !== null && (!/^[A-Z]/.test(m![2]!) || /[A-Z]/.test(a[1]!))
}

// A share noun's value as a percentage (The proportion was 17.8): a hundred or less, no thousands comma (was 2,172: a
// count), and no ratio or fraction after it (is 3 to 1, reached 1 in 5, 2 out of 3); a year after "in" is no ratio (was
// 28.5 in 2023).
const SHARE_RATIO_AFTER = /^\s+(?:to|in|out\s+of)\s+(?:every\s+)?(?!(?:1[89]|20)\d\d(?!\d))\d/
const isShareValue = (value: number, digits: string | null, after: string) => value <= 100 && !digits?.includes(',') && !SHARE_RATIO_AFTER.test(after)

// A bare integer read as a year (1800-2099): no money after a currency word without a scale word (The MOP 2024 report).
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/

// A clause opening before a number: after a comma, a semicolon or a colon.
const CLAUSE_OPENS = /[,;:]\s*$/

type Found = { start: number; end: number; value: number; max?: number; scaled?: boolean; unit: string | null; approx: Approx | null; subject: string | null; sentence: number }

/**
 * Figures in English paragraphs: counts (260 political advisers, two proposals), money (134 trillion
 * yuan, about $18.38 trillion: 元, 美元), percentages (about 99 percent, 5-percent), with their
 * approximation (more than, nearly, about …) and the counted noun in the singular as unit. A number
 * without a noun of its own takes the unit of the figure before it in its sentence (1,887 proposals …
 * with 1,748 incorporated), and "N of them" that of the figure before it; "Sixteen of the proposals"
 * counts proposals. Not figures: years, dates (`covered`) and times, ordinals, numbers in names (5G,
 * G20, COVID-19, Two Sessions) and after labels (No. 1), "one of".
 */
export function findEnglishFigures(source: string, paragraphs: readonly Range[], covered: readonly Range[], w: EnFigureWords, nlp: Compromise, span: SpanMaker, read: NounsAndNumbers = nounsAndNumbers(nlp)): Figure[] {
  const text = headingsLowered(source, paragraphs)
  // The counted noun in the singular; the last word from the data where compromise misreads it (lives: life).
  const singular = (phrase: string) => {
    const last = /[A-Za-z]+$/.exec(phrase)?.[0].toLowerCase() ?? ''
    const fixed = w.singulars.get(last)
    return fixed === undefined ? read.singular(phrase) : phrase.slice(0, phrase.length - last.length).toLowerCase() + fixed
  }
  // The counted noun after "the number of" (group 1 of NUMBER_OF, found in the text from `from`): the noun compound read
  // as after a number where it ends at the plural, else the plural alone; a past participle before it describes it (the
  // number of confirmed cases: case), which compromise does not tag so after "of".
  const numberOfNoun = (m: RegExpExecArray, from: number, tagged: Tagged): string => {
    const [s, e] = m.indices![1]!
    const noun = countedNoun(text, tagged, from + s - 1, false, w)
    return noun && noun.end === from + e ? text.slice(noun.from, noun.end).replace(PARTICIPLES_BEFORE, '') : m[2]!
  }
  // The counted noun of a subject noun compound text[from, end), read as after a number, its sentence capital lowered
  // (Rural tourists: tourist; Tourist departures: tourist departure), else as written.
  const subjectNoun = (from: number, end: number): string => {
    const phrase = ` ${text[from]!.toLowerCase()}${text.slice(from + 1, end)}`
    const noun = countedNoun(phrase, tagRange(nlp, phrase, 0, phrase.length), 0, false, w)
    return phrase.slice(noun?.end === phrase.length ? noun.from : 1)
  }
  // The counted noun of words written with capitals (Vice Chairmen, newly-elected Chairpersons), read in lower case as after a
  // number: where it takes them all, else null.
  const loweredNoun = (words: string): string | null => {
    const phrase = ` ${words.toLowerCase()}`
    const noun = countedNoun(phrase, tagRange(nlp, phrase, 0, phrase.length), 0, false, w)
    return noun?.end === phrase.length ? phrase.slice(noun.from, noun.end) : null
  }
  const out: Figure[] = []
  // The last figure that counts things (not a share, money or a measure), for "of them" and "of which".
  let counted: Found | null = null
  const reported = new Set(w.unit.values())
  // The units of shares (%, percentage points: the data's percent words): no count that a later bare number goes on with.
  const shares = new Set([...w.unit].filter(([k]) => k.startsWith('percent:')).map(([, u]) => u))
  const isShare = (u: string | null) => u !== null && shares.has(u)
  // The units counted so far on the page: a noun after "were" counts only a kind of thing the page counts (804 were
  // members' proposals), not a description (48 are new faces).
  const seen = new Set<string>()
  // The unit of each count of things on the page by its value: "the 15" later points back to the 15 counted.
  const countedBy = new Map<number, string>()
  const coveredOver = overlapping(covered)
  for (const p of paragraphs) {
    // compromise's reading of the paragraph, the most costly step of an English page: made only where a number is
    // read (see writtenNumbers), as a paragraph with none has no figure.
    let paragraphTags: Tagged | undefined
    const tag = () => (paragraphTags ??= tagRange(nlp, text, p.start, p.end))
    const numbers = writtenNumbers(text, p, tag, coveredOver(p), w, read.value, span)
    if (numbers.length === 0) continue
    const tagged = tag()
    const rangeEnds = new Set<number>()
    let last: Found | null = null
    // The last count of the paragraph written in brackets with its noun inside them (public health (250 suggestions)), or
    // a bare one in brackets that went on counting it (rural development (123)); not a count after its noun (deputies (742)).
    let listed: Found | null = null
    const inBrackets = (f: Found) => /\([^()]*$/.test(text.slice(Math.max(p.start, f.start - 30), f.start)) && BRACKET_CLOSES.test(text.slice(f.end, Math.min(p.end, f.end + 30)))
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i]!
      if (rangeEnds.has(n.start)) continue
      const f = readFigure(i)
      if (!f) continue
      // The text as the page writes it: normalizing drops the space of ", 5,027".
      const at = span(f.start, f.end)
      if (f.unit !== null) seen.add(f.unit)
      out.push({ text: at.text.replace(/\s+/g, ' '), value: f.value, ...(f.max !== undefined ? { max: f.max } : {}), unit: f.unit, approx: f.approx, subject: f.subject, span: at })
      // A span of time (five years) is no count that a later number points back to.
      if (f.unit !== null && w.durations.has(f.unit)) continue
      if (f.unit !== '%' && inBrackets(f) && (/[A-Za-z]$/.test(at.text) || listed?.unit === f.unit)) listed = f
      last = f
      // Only things counted by a noun: money, percentages and measures (元, %, percentage points, mu: every unit a word of
      // data/en-figure-words.tsv reports) are no count a later bare number goes on with
      // (13.9 million people … at least 10 million; not 1.2 trillion yuan … About 3 million live in rural areas).
      if (f.unit !== null && !reported.has(f.unit)) { counted = f; countedBy.set(f.value, f.unit) }
    }

    // "In all the proposals, … were involved. Of these, 13 were …": with nothing counted, "these" points back to the last
    // plural noun after a partitive in the sentence before, in this paragraph (not a span of time: in the past years).
    function antecedent(sentence: number): string | null {
      const before = tagged.sentences[sentence - 1]
      if (!before || before.start < p.start) return null
      const nouns = [...text.slice(before.start, before.end).matchAll(w.partitiveNoun)].map((m) => singular(m[1]!)).filter((u) => !w.durations.has(u))
      return nouns.at(-1) ?? null
    }

    function readFigure(i: number): Found | null {
      const n = numbers[i]!
      const sentence = sentenceIndex(tagged, n.start)
      let start = n.start
      let end = n.end
      let value = n.value
      let max: number | undefined
      let own = n.ownUnit !== undefined
      let unit: string | null = n.ownUnit ?? null
      const after = () => text.slice(end, Math.min(p.end, end + 40))
      const before = () => text.slice(Math.max(p.start, start - 40), start)
      // A bare number in brackets after a bracketed count of the sentence that wrote its noun: a list's brackets.
      const listBracket = () => n.digits !== null && BRACKET_OPENS.test(before()) && BRACKET_CLOSES.test(after()) && listed?.sentence === sentence && last === listed
      const timePhraseAt = (at: number) => { const m = TIME_PHRASE.exec(text.slice(at, Math.min(p.end, at + 30))); return m !== null && w.durations.has(m[1] ?? m[2]!) }
      const passiveAt = (at: number) => {
        const m = PASSIVE.exec(text.slice(at, Math.min(p.end, at + 40)))
        const k = m ? tagged.termAt.get(at + m[0].length) : undefined
        const term = k === undefined ? undefined : tagged.terms[k]
        return term !== undefined && (term.tags.has('PastTense') || term.tags.has('Participle'))
      }
      // 3.5 billion, 1.5bn: digits times a magnitude (number words have theirs inside).
      const magnitudeAt = (at: number): [number, number] => {
        const m = w.magnitudeAfter.exec(text.slice(at, at + 20))
        if (m) return [w.magnitude.get(m[1]!.toLowerCase())!, m[0].length]
        // 5m yuan, $3m, RMB10m: a magnitude of money only beside a currency (20m is twenty metres).
        const money = w.moneyMagnitudeAfter.exec(text.slice(at, at + 4))
        const priced = money && (w.currencyBefore.test(before()) || w.currencyAfter.test(text.slice(at + money[0].length, at + money[0].length + 20)))
        return priced ? [w.magnitude.get(money[1]!.toLowerCase())!, money[0].length] : [1, 0]
      }
      // A year before a word that reads as its plural noun (data: dated): always (2010 prices), as the subject of a
      // verb (│2026 marks …: opening its clause or after "the year"), as the year of an event (the 2022 sessions).
      const staysYear = (word: string): boolean => {
        const where = w.dated.get(word)
        if (where === 'subject') return CLAUSE_OPENS.test(before()) || OPENING.test(text.slice(tagged.sentences[sentence]?.start ?? p.start, start)) || w.yearSubjectBefore.test(before())
        if (where === 'event') return w.yearEventBefore.test(before()) || w.yearEventAfter.test(after())
        return where === 'always'
      }
      // …and a number word times a magnitude that compromise leaves out of it (two dozen proposals: 24).
      const [mult, magLength] = n.digits !== null || (n.ownUnit === undefined && n.approx === undefined) ? magnitudeAt(end) : [1, 0]
      value = n.digits !== null ? times(n.digits, mult) : value * mult
      end += magLength
      const scaled = end > n.end
      if (/^[A-Za-z]/.test(after()) && !scaled) return null // 14th, 5G, 1990s
      if (w.timeAfter.test(after())) return null
      const age = n.digits !== null && !scaled ? AGE.exec(after()) : null
      if (age) return { start, end: end + age[0].length, value, unit: 'year', approx: null, subject: null, sentence }
      if (n.digits !== null && /^\d{2}$/.test(n.digits) && /^,/.test(after()) && AGE_NAME_BEFORE.test(before())) return { start, end, value, unit: 'year', approx: null, subject: null, sentence }
      // …a currency word before a bare year, no scale word, is a name's (The MOP 2024 report): no money.
      const currencyWritten = w.currencyBefore.exec(before())
      const cb = currencyWritten && n.digits !== null && !scaled && YEAR_LIKE.test(n.digits) && /^[A-Za-z]+\s$/.test(currencyWritten[0]) ? null : currencyWritten
      if (cb) { unit = unitOf(w, 'currency-before', cb[1]!); start -= cb[0].length; own = true }
      // The number as written with its currency sign: a capitalised word names it only right before it, not before an
      // approximation (Guangdong's GDP exceeded │13 trillion yuan).
      const written = start
      let approx: Approx | null = n.approx ?? null
      const ab = w.approxBefore.exec(before())
      const abWord = ab?.[1]!.toLowerCase().replace(/\s+/g, ' ')
      if (ab) { approx = w.approx.get(abWord!)!; start -= ab[0].length }
      // within 5.5 percent is at most that; within three days is a time frame, no approximation (一个月内).
      const framed = (u: string | null) => ab !== null && w.limits.has(abWord!) && u !== null && w.durations.has(u)
      if (w.labelBefore.test(before())) return null
      const prev = numbers[i - 1]
      // One in five needs care: a denominator counts nothing; but a total out of which a part is counted does (5,052 out of 6,101 proposals).
      // A share before "in" is no numerator (rose by a quarter in two years: a span of time).
      // …the ratio itself is a share, as a fraction in words is (about one fifth: 0.2, no unit): the numerator over the base
      // (one out of every 9 people: 1/9, en dev 701), its approximation written before the numerator (nearly one in five); not
      // after a rank (ranked 12 out of 31: a place in an order) nor over a year or a span of time (one in 2020, two in three years).
      const shareOf = (topStart: number, topValue: number): Found | null => {
        if (!Number.isInteger(n.value) || n.value > 1000) return null
        const noun = countedNoun(text, tagged, n.end, false, w)
        if (noun !== null && w.durations.has(singular(text.slice(noun.from, noun.end)))) return null
        const abTop = w.approxBefore.exec(text.slice(Math.max(p.start, topStart - 40), topStart))
        const approxTop = abTop ? w.approx.get(abTop[1]!.toLowerCase().replace(/\s+/g, ' '))! : null
        return { start: topStart - (abTop?.[0].length ?? 0), end: n.end, value: topValue / n.value, unit: null, approx: approxTop, subject: null, sentence }
      }
      if (prev && prev.value < n.value && Number.isInteger(prev.value) && RATIO.test(text.slice(prev.end, n.start))) {
        const ranked = w.rankBefore.test(text.slice(Math.max(p.start, prev.start - 40), prev.start))
        if (!isTotal(n, after(), text.slice(prev.end, n.start), ranked)) return ranked ? null : shareOf(prev.start, prev.value)
      }
      const wr = WORD_RATIO.exec(before())
      const top = wr && !ORDINAL_WORD.test(wr[1]!) ? read.value(wr[1]!) : null
      if (top !== null && top < n.value) {
        const ranked = w.rankBefore.test(before().slice(0, wr!.index))
        if (!isTotal(n, after(), wr![0], ranked)) return ranked || !Number.isInteger(top) ? null : shareOf(start - before().length + wr!.index, top)
      }
      const nameBefore = text.slice(Math.max(p.start, written - 40), written)
      // …but not digits written with a thousands comma, which no name writes (and the CPPCC 2,172 members: a count).
      const beforeName = () => text.slice(tagged.sentences[sentence]?.start ?? p.start, written).replace(CAPITALIZED_BEFORE, '')
      if (CAPITALIZED_BEFORE.test(nameBefore) && !(n.digits !== null && /\d,\d{3}/.test(n.digits)) && !OPENING.test(beforeName()) && !QUOTE_OPENS.test(beforeName())) return null
      // 3 to 5 proposals, 126 to 134 trillion yuan: one figure from the first to the last.
      const rg = unit === null && n.digits !== null ? RANGE.exec(after()) ?? (BETWEEN.test(before()) ? RANGE_AND.exec(after()) : null) : null
      if (rg) {
        const [mult2, magLength2] = magnitudeAt(end + rg[0].length)
        const v1 = scaled ? value : times(n.digits!, mult2)
        const v2 = times(rg[1]!, mult2)
        // "GDP has risen from 54 trillion to 82.7 trillion yuan": a change from one figure to another, two figures; the unit
        // written after the second is the first's too.
        if (w.changeFrom.test(before())) {
          value = v1
          const rest = text.slice(end + rg[0].length + magLength2, Math.min(p.end, end + rg[0].length + magLength2 + 40))
          const written = unitWrittenAfter(w, rest)
          if (written !== null) { unit = written; own = true }
        } else if (v2 > v1) { value = v1; max = v2; rangeEnds.add(end + rg[0].length - rg[1]!.length); end += rg[0].length + magLength2 }
      }
      const pair = numbers[i + 1]
      const joined = pair ? text.slice(end, pair.start) : ''
      if (!rg && unit === null && !scaled && pair && n.digits === null && pair.digits === null && (WORDS_PAIR.test(joined) || (WORDS_OR.test(joined) && pair.value === value + 1)) && !w.changeFrom.test(before())) {
        if (pair.value > value && pair.value < 1000) { max = pair.value; rangeEnds.add(pair.start); end = pair.end }
      }
      // "The average age of members is nearly 56", "aged 67", "residents age 60 and older", "aged between 30 and 50", "turns 75": an age after its noun or verb counts years too.
      // …with "years (old)" and an approximation after it (aged 60 and above, 60 years or older: 以上); not before
      // a counted noun (turns 75 proposals into policies).
      // …or a bound (under, over, above, below) after a plural of persons by age or after "aged" (working adults under 50,
      // residents aged over 80): the bound is the approximation; an age is whole and under 130 (adults over 2,000: a count).
      const counts = () => { const noun = countedNoun(text, tagged, end, false, w); return noun !== null && !AGE_YEARS.test(after()) }
      // …with no unit written after the number, which is then its own (children under 20 kg, seniors over 70 yuan).
      const held = () => ab !== null && Number.isInteger(value) && value < 130 && w.ageHolderBefore.test(before() + ab[0]) && !w.currencyAfter.test(after()) && !w.measureAfter.test(after())
      if (n.digits !== null && !scaled && !own && (AGE_AFTER_NOUN.test(before()) || held()) && !w.percentAfter.test(after()) && !counts()) {
        end += AGE_YEARS.exec(after())?.[0].length ?? 0
        // …an approximation before "the age of" bounds the age (under the age of 3: less, over the age of 60: more).
        const ageOf = AGE_OF.exec(before())
        const young = ageOf && approx === null ? w.approxBefore.exec(before().slice(0, ageOf.index)) : null
        if (young && !w.limits.has(young[1]!.toLowerCase().replace(/\s+/g, ' '))) approx = w.approx.get(young[1]!.toLowerCase().replace(/\s+/g, ' '))!
        const older = w.approxAfter.exec(after())
        if (older) { approx ??= w.approx.get(older[1]!.toLowerCase().replace(/\s+/g, ' '))!; end += older[0].length }
        return { start, end, value, ...(max !== undefined ? { max } : {}), unit: 'year', approx, subject: null, sentence }
      }
      const pa = unit === null ? w.percentAfter.exec(after()) : null
      if (pa) { unit = unitOf(w, 'percent', pa[1]!); end += pa[0].length; own = true }
      const ca = unit === null ? w.currencyAfter.exec(after()) : null
      if (ca) { unit = unitOf(w, 'currency-after', ca[1]!); end += ca[0].length; own = true }
      const ma = unit === null ? w.measureAfter.exec(after()) : null
      if (ma) { unit = unitOf(w, 'measure', ma[1]!); end += ma[0].length; own = true }
      // 5.5 percent to 6 percent, 10 million yuan to 30 million yuan: a range with its unit written at both ends is one figure,
      // as 5 to 6 percent (not after a verb of change: rose from 5.5 percent to 6 percent is two).
      const ur = own && unit !== null && max === undefined && !w.changeFrom.test(before()) ? UNIT_RANGE.exec(after()) : null
      if (ur) {
        const [mult2, magLength2] = magnitudeAt(end + ur[0].length)
        const second = unitWordAfter(w, text.slice(end + ur[0].length + magLength2, Math.min(p.end, end + ur[0].length + magLength2 + 40)))
        const v2 = times(ur[1]!, mult2)
        if (second?.unit === unit && v2 > value) { max = v2; rangeEnds.add(end + ur[0].length - ur[1]!.length); end += ur[0].length + magLength2 + second.length }
      }
      const aa = w.approxAfter.exec(after())
      if (aa) { approx ??= w.approx.get(aa[1]!.toLowerCase().replace(/\s+/g, ' '))!; end += aa[0].length }
      // 90-plus percent: the percent after the approximation.
      const pa2 = aa && unit === null ? w.percentAfter.exec(after()) : null
      if (pa2) { unit = unitOf(w, 'percent', pa2[1]!); end += pa2[0].length; own = true }
      const one = value === 1 && max === undefined
      if (one && /^\s+of\s/.test(after())) return null // one of which, one of the best
      let subject: string | null = null
      if (unit === null) {
        const noun = countedNoun(text, tagged, end, one, w)
        // some 30 million Chinese: a people's name alone after a count counts persons (where it ends).
        const people = one ? null : demonymAt(text, tagged, end)
        // 104 individual ones, 1,108 ones: the things counted before.
        const ones = one ? null : ONES.exec(after())
        let titled: RegExpExecArray | null = null
        let noun2: string | null = null
        if (ones && counted) { unit = counted.unit; end += ones[0].length; own = true }
        // "Twenty-four others were elected vice-chairpersons" with nothing counted before: others given an office are persons.
        else if (ones?.[0].endsWith('others') && OTHERS_GIVEN_OFFICE.test(text.slice(end + ones[0].length, end + ones[0].length + 30))) { unit = PERSON; end += ones[0].length; own = true }
        else if (noun) { unit = singular(text.slice(noun.from, noun.end)); end = noun.end; own = true }
        else if (people !== null) { unit = PERSON; end = people; own = true }
        // seven Vice Chairmen, two loop Expressways: a counted noun written in capitals, read in lower case (not a year's name).
        else if ((titled = TITLED_NOUN.exec(after())) && !(n.digits !== null && /^\d{4}$/.test(n.digits) && value >= 1900 && value <= 2100) && (noun2 = loweredNoun(titled[1]!))) { unit = singular(noun2); end += titled[0].length; own = true }
        else {
          // 100-day, 30-member: compromise keeps digits and their noun as one term.
          const strength = n.digits !== null ? STRENGTH.exec(after()) : null
          const hyphen = n.digits !== null && !strength ? HYPHEN_NOUN.exec(after()) : null
          if (strength) {
            end += strength[0].length
            const of = STRENGTH_OF.exec(text.slice(end, Math.min(p.end, end + 60)))
            const members = of ? countedNoun(text, tagged, end + of[1]!.length, false, w) : null
            unit = members ? singular(text.slice(members.from, members.end)) : PERSON
            own = true
          } else if (hyphen) { unit = singular(hyphen[1]!); end += hyphen[0].length; own = true }
        }
      } else if (unit === '%') {
        // about 99 percent of CPPCC members: what the share is of.
        const of = /^\s+of\s+(?:the\s+)?/.exec(after())
        const noun = of ? countedNoun(text, tagged, end + of[0].length - 1, false, w) : null
        if (noun) subject = text.slice(end + of![0].length, noun.end)
      }
      const year = n.digits !== null && /^\d{4}$/.test(n.digits) && value >= 1900 && value <= 2100
      // …and after an owner (Zhou's 2024 proposals, their 2012 work plans): the year of what is owned.
      if (year && (!own || staysYear(/[A-Za-z]+$/.exec(text.slice(n.end, end))?.[0].toLowerCase() ?? '') || w.yearOwnerBefore.test(before()))) return null // in 2024, the 2025 session, at 2010 prices
      if (!own) {
        const ofNumber = OF_NUMBER.exec(after())
        const pt = ofNumber ? null : w.partitiveAfter.exec(after()) ?? BARE_OF.exec(after())
        const noun = pt ? countedNoun(text, tagged, end + pt[0].length - 1, false, w) : ofNumber ? countedNoun(text, tagged, end + ofNumber[0].length, false, w) : null
        const next = numbers[i + 1]
        const between = next ? text.slice(end, next.start) : ''
        const coordinated = next && COORDINATED.test(between) ? readFigure(i + 1) : null
        // "1,936 or 86.47 percent of the members", "1,505 or 43.65 percent": a count and its share in apposition, not two
        // numbers of one unit; the count counts what the share is of, else what the sentence counts.
        const share = coordinated?.unit === '%' && APPOSED_OR.test(between) && n.value > coordinated.value ? coordinated : null
        const shared = share ? null : coordinated
        const shareOf = share?.subject ? /[A-Za-z]+$/.exec(share.subject)?.[0] ?? null : null
        // "About 5,052 out of 6,101 proposals": the part counts what its total counts.
        const total = !coordinated && next && RATIO.test(between) && next.value > n.value && isTotal(next, text.slice(next.end, next.end + 40), between, w.rankBefore.test(text.slice(Math.max(p.start, written - 40), written))) ? readFigure(i + 1) : null
        // …read further back: a reporting clause may stand between the partitive and the number.
        const amongFrom = Math.max(p.start, start - 100)
        const among = w.partitiveBefore.exec(text.slice(amongFrom, start))
        const numberFrom = Math.max(p.start, start - 120)
        const numberOf = NUMBER_OF.exec(text.slice(numberFrom, start))
        // …the colon form only of two numbers (300 and 400: the numbers of …), not of one before a heading's colon (Part 2: the figures for …).
        const numbersOf = [WERE_THE_NUMBERS_OF.exec(text.slice(end, Math.min(p.end, end + 120)))].find((m) => m && (!NUMBERS_COLON.test(m[0]) || /^\s+and\s/.test(m[0]) || (prev !== undefined && COORDINATED.test(text.slice(prev.end, n.start))))) ?? null
        const predicate = PREDICATE_NOUN.exec(after())
        const bracketed = n.digits !== null && !scaled ? BRACKETED_AFTER_NOUN.exec(before()) : null
        const population = w.populationBefore.exec(text.slice(Math.max(p.start, start - 80), start))
        const populationAfter = w.populationAfter.exec(after())
        // "the population over 60", "people above 60": a small number right after the population word is an age that
        // says which people, no count of them.
        if (!noun && population && !scaled && /^\s*$/.test(population[2]!)) return null
        // "Tourist departures have grown from 83 million to over 130 million": the plural noun opening the sentence as the
        // subject of the change counts both numbers; read up to the approximation, whose verb may give the level (exceeded 300 million).
        // …of the clause the number is in: a second clause after ", and" has its own subject (…to 1,240, and proposals fell 3 percent to 900).
        const sentenceOpens = tagged.sentences[sentence]?.start ?? p.start
        const opens = sentenceOpens + clauseStart(text.slice(sentenceOpens, written))
        const change = noun ? null : w.changeSubject.exec(text.slice(opens, written))
        const changeSubjectNoun = change && pluralCompound(tagged, opens + change.indices![1]![0], opens + change.indices![1]![1]) ? subjectNoun(opens + change.indices![1]![0], opens + change.indices![1]![1]) : null
        // …not a noun of an amount (China's exports reached 3 trillion): an amount with its currency left out, no count.
        const changeNoun = changeSubjectNoun && !w.amounts.has(singular(changeSubjectNoun).split(' ').pop()!.toLowerCase()) ? changeSubjectNoun : null
        if (noun) unit = singular(text.slice(noun.from, noun.end))
        else if (numberOf) unit = singular(numberOfNoun(numberOf, numberFrom, tagged))
        else if (numbersOf) unit = singular(numberOfNoun(numbersOf, end, tagged))
        else if (counted && THE_NUMBERS_WERE.test(before())) unit = counted.unit
        else if (changeNoun) unit = singular(changeNoun)
        else if (predicate && seen.has(singular(predicate[1]!))) unit = singular(predicate[1]!)
        else if (listBracket()) unit = last!.unit
        else if (bracketed && BRACKET_CLOSES.test(after())) unit = singular(bracketed[1]!)
        else if (shared?.unit) unit = shared.unit
        else if (shareOf) unit = singular(shareOf)
        // "put on record 3,368 or 94 percent of the total": a share of what was counted before counts that.
        else if (share && counted && w.anaphorAfter.test(text.slice(share.end, Math.min(p.end, share.end + 40)))) unit = counted.unit
        else if (total?.unit) unit = total.unit
        // …the noun compound after the determiner (Of the registered group proposals, 88 …: group proposal), a name's capitals left out.
        else if (among) unit = singular(/[A-Z]/.test(among[1]!) ? among[2]! : numberOfNoun(among, amongFrom, tagged))
        // "a population of over 2.3 million", "the number of people above 60 will be 243 million": the people counted.
        else if (population) unit = w.populationUnit.get(population[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null
        // "The percentage is 24 for Beijing": the value of a share noun is a percentage.
        else if (isShareValue(value, n.digits, after()) && w.shareNounBefore.test(text.slice(opens, written))) unit = '%'
        // "a 1.4 billion population", "the over five million impoverished population": the people of it.
        else if (populationAfter) unit = w.populationUnit.get(populationAfter[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null
        // "of them", "another": the things counted last, or the money or measure just before in the sentence (300 million of which).
        // …also "dozens of them": a vague plural that holds its "of".
        else if (w.anaphorAfter.test(after()) || (n.approx && /\sof$/i.test(text.slice(n.start, n.end)) && w.anaphorNext.test(after())) || w.anaphorBefore.test(before()) || w.continuesBefore.test(before())) unit = (last?.sentence === sentence && !isShare(last.unit) ? last : counted)?.unit ?? antecedent(sentence)
        // "Sixteen proposals were submitted, and thirty-two were filed": a number word (two or more) as the subject of a
        // verb goes on counting the things counted last in its sentence.
        // "Ten out of the 15 are …", "three of the 15": a part of a bare total that the page counted before counts what it counted.
        else if (next && OUT_OF_THE.test(between) && next.value > n.value && countedBy.has(next.value) && !countedNoun(text, tagged, next.end, false, w)) unit = countedBy.get(next.value)!
        else if (n.digits === null && value >= 2 && last?.sentence === sentence && last.unit !== null && last === counted && SUBJECT_OF.test(after())) unit = last.unit
        // "Among the vice chairpersons, 11 are CPC members. Four are from …": a number word opening the next sentence as the
        // subject of a verb goes on counting what the sentence before counted.
        else if (n.digits === null && value >= 2 && last !== null && last.sentence === sentence - 1 && last.unit !== null && last === counted && SUBJECT_OF.test(after()) && OPENING.test(text.slice(tagged.sentences[sentence]?.start ?? p.start, start))) unit = last.unit
        // "…, 56 by parties, one by a sub-committee": a number word in a list of bare counts.
        else if (n.digits === null && last?.sentence === sentence && last.unit !== null && last === counted && /^[\d,.]+$/.test(text.slice(last.start, last.end)) && LIST_JOINT.test(text.slice(last.end, start)) && LISTED_BY.test(after())) unit = last.unit
        // "24 percent in Beijing and 22 in Shanghai": a bare number in a list parallel to a share, the same preposition
        // after each, is a share too (the list writes "percent" once).
        else if (last?.sentence === sentence && isShare(last.unit) && parallelTo(text.slice(last.end, start), after())) unit = last.unit
        else if (n.digits === null) return null // number words count something they name
        // …after a share, the things counted in the sentence (Seventy proposals, accounting for 5.83 percent, while the other 74 …).
        // A share alone is no unit of a later bare number (rose by 12.5% year on year, reaching 1,000).
        else if (last && last.sentence === sentence && (!namesSomething(text, tagged, end) || timePhraseAt(end)) && (!isShare(last.unit) || counted?.sentence === sentence)) unit = isShare(last.unit) ? counted!.unit : last.unit
        // "Replies have been given to 3,527 by the end of …, accounting for 98.9 percent": a bare count whose clause goes on
        // to give its share counts what was counted just before (in that sentence or the two before it: the GDP of a city that
        // grew to 3,527, accounting for 12 percent, counts no proposals counted paragraphs earlier).
        else if (!scaled && counted && counted.sentence >= sentence - SHARE_REACH && w.shareAfter.test(text.slice(end, Math.min(p.end, end + 100)))) unit = counted.unit
        // "Deputies made 43,750 suggestions …. In particular, 42,675 were made during the sessions": a bare count as the subject
        // of a passive verb goes on counting what the sentence before counted.
        else if (!scaled && counted && counted.sentence === sentence - 1 && passiveAt(end)) unit = counted.unit
        else if (!scaled && !approx) return null
        // "the number was over 5,000", "around 6,000 a year": an approximate count without a noun counts the things counted last.
        else if (!scaled) unit = counted?.unit ?? null
        // "lift at least 10 million out of poverty" after "13.9 million people": an approximate large number counts what the last large count counted.
        else if (approx && counted?.scaled) unit = counted.unit
        // A number word or vague plural that points back to nothing counted (Dozens of them came) is no figure.
        if (n.digits === null && unit === null) return null
      }
      const aa2 = own && !aa ? w.approxAfter.exec(after()) : null
      if (aa2) { approx ??= w.approx.get(aa2[1]!.toLowerCase().replace(/\s+/g, ' '))!; end += aa2[0].length }
      if (framed(unit)) { approx = n.approx ?? null; start += ab![0].length }
      return { start, end, value, ...(max !== undefined ? { max } : {}), scaled, unit, approx, subject, sentence }
    }
  }
  return out
}

/**
 * The text with its headings in capitals (OVER PAST FIVE YEARS, THREE TASKS FOR 2018) in lower case, as long as it: their
 * capitals mark the heading, not names, so their numbers and nouns read as in a sentence (five years). Spans are made from
 * the input, so the figures keep the capitals as written.
 */
function headingsLowered(text: string, paragraphs: readonly Range[]): string {
  // Joined once from the pieces between headings, not copied whole per heading.
  const parts: string[] = []
  let at = 0
  for (const p of [...paragraphs].sort((a, b) => a.start - b.start)) {
    const line = text.slice(p.start, p.end)
    if (!SHOUTED.test(line)) continue
    parts.push(text.slice(at, p.start), line.replace(/[A-Z]/g, (c) => c.toLowerCase()))
    at = p.end
  }
  return at === 0 ? text : parts.join('') + text.slice(at)
}

/**
 * The ranges of `ranges` that overlap a paragraph, in list order: read from the ranges sorted by start, from the first
 * that may reach the paragraph (none is longer than the longest), not from every range per paragraph.
 */
function overlapping(ranges: readonly Range[]): (p: Range) => Range[] {
  const byStart = ranges.map((r, order) => ({ r, order })).sort((a, b) => a.r.start - b.r.start)
  const longest = ranges.reduce((n, r) => Math.max(n, r.end - r.start), 0)
  return (p) => {
    const over: Array<{ r: Range; order: number }> = []
    for (let k = partitionPoint(byStart.length, (i) => byStart[i]!.r.start <= p.start - longest); k < byStart.length && byStart[k]!.r.start < p.end; k++) if (byStart[k]!.r.end > p.start) over.push(byStart[k]!)
    return over.sort((a, b) => a.order - b.order).map((x) => x.r)
  }
}

/** The numbers of a paragraph, in order: digits outside dates, times and names (`covered`: those over it), and number words. */
function writtenNumbers(text: string, p: Range, tag: () => Tagged, covered: readonly Range[], w: EnFigureWords, valueOf: (words: string) => number | null, span: SpanMaker): Written[] {
  const body = text.slice(p.start, p.end)
  const masked: Range[] = [...covered]
  for (const re of [NOT_FIGURES, w.phrases, w.namedRuns]) for (const m of body.matchAll(re)) masked.push({ start: p.start + m.index, end: p.start + m.index + m[0].length })
  // "One day, …", "One year in May, …": "One" and a word of time opening a sentence, then a comma or "in", is some day, a
  // time as one morning is (data: phrase), no count; "one day before the session", "One day later" still count.
  for (const m of body.matchAll(SOME_TIME)) {
    const s = p.start + m.index
    if (w.durations.has(m[1]!.toLowerCase()) && OPENING.test(text.slice(sentenceOpen(text, p.start, s), s))) masked.push({ start: s, end: s + m[0].length })
  }
  const inMask = (s: number, e: number) => masked.some((r) => s < r.end && e > r.start)
  const slogans = [...body.matchAll(SLOGAN), ...body.matchAll(PARALLEL_SLOGAN)].map((m) => ({ start: p.start + m.index, end: p.start + m.index + m[0].length }))
  const out: Written[] = []
  for (const m of body.matchAll(NUMERAL)) {
    const s = p.start + m.index
    const e = s + m[0].length
    // A comma the page writes with a space after it (in 2014, 1,108 proposals; 15, 16 and 17) separates numbers.
    const spaced = /,$/.test(text.slice(p.start, s)) && /,\s$/.test(span(s - 1, s + 1).text.slice(0, -1))
    const glued = GLUED_BEFORE.test(text.slice(Math.max(p.start, s - 2), s)) && !spaced && !w.currencyBefore.test(text.slice(Math.max(p.start, s - 8), s)) // RMB1.2 billion
    if (inMask(s, e) || glued || /^[/:：]\d/.test(text.slice(e, e + 2)) || ORDINAL.test(text.slice(e, e + 3))) continue
    out.push({ start: s, end: e, value: times(m[0], 1), digits: m[0] })
  }
  // Number words: a run of cardinals (twenty-five, one hundred and twenty), not an ordinal or fraction.
  // compromise is asked only where one of its terms may be a number word.
  const ts = mayReadNumberWord(body, w.fractions) ? tag().terms : []
  const cardinal = (t: Term) => t.tags.has('TextValue') && t.tags.has('Cardinal') && !t.tags.has('Ordinal') && !t.tags.has('Fraction') && isWord(t.text)
  // one-half, one half of: a cardinal before a fraction word of the data (hyphened, or spaced before "of") that compromise
  // reads as a number and a noun; the denominator, where the two make a share.
  const fractionAfter = (i: number): number | undefined => {
    const [a, b] = [ts[i]!, ts[i + 1]]
    const bottom = b && cardinal(a) ? w.fractions.get(b.text.toLowerCase()) : undefined
    const joint = b ? text.slice(a.end, b.start) : ''
    return bottom !== undefined && (joint === '-' || (joint === ' ' && /^\s+of\s/.test(text.slice(b!.end, b!.end + 5)))) ? bottom : undefined
  }
  // a quarter of a century, one fourth a century: a fraction of "a" span of time (data: duration) measures that span, its
  // noun the unit and in the figure; a share of things (half of the members) keeps no unit.
  const ofTime = (f: Written): Written => {
    const m = SPAN_OF_TIME.exec(text.slice(f.end, Math.min(p.end, f.end + 24)))
    const noun = m?.[1]!.toLowerCase()
    return noun !== undefined && w.durations.has(noun) && !inMask(f.start, f.end + m![0].length) ? { ...f, end: f.end + m![0].length, ownUnit: noun } : f
  }
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!
    if (!cardinal(t) || t.tags.has('Multiple') || inMask(t.start, t.end) || slogans.some((r) => t.start > r.start && t.end < r.end) || fractionAfter(i) !== undefined) continue
    let j = i
    while (j + 1 < ts.length && /^[ -]$/.test(text.slice(ts[j]!.end, ts[j + 1]!.start)) && (cardinal(ts[j + 1]!) || (ts[j + 1]!.text === 'and' && ts[j + 1]!.tags.has('Value') && ts[j + 2] !== undefined && cardinal(ts[j + 2]!)))) j++
    const end = ts[j]!.end
    i = j
    const value = valueOf(text.slice(t.start, end))
    if (value === null || TERM_ORDINAL.test(text.slice(Math.max(p.start, t.start - 8), t.start))) continue
    // one-China, two-Sessions: a number word hyphened to a capitalised word is in a name.
    if (/^-[A-Z]/.test(text.slice(end, end + 2))) continue
    // A capitalized number word inside a sentence, or before a capitalized word, is in a name (Two Sessions, Five-Year Plan).
    // …but not before an acronym that names the body of a lower-case counted noun, as it does inside a sentence (Two NPC
    // deputies arrive …, Three CPPCC members spoke: five NPC deputies → deputy, README).
    if (/^[A-Z]/.test(t.text)) {
      const tagged = tag()
      const sentence = tagged.sentences[sentenceIndex(tagged, t.start)]
      if (!OPENING.test(text.slice(sentence?.start ?? p.start, t.start)) || (/^[ -][A-Z]/.test(text.slice(end, end + 2)) && !ACRONYM_THEN_NOUN.test(text.slice(end, end + 24)))) continue
    }
    out.push({ start: t.start, end, value, digits: null })
  }
  // a hundred members, a dozen proposals, half a million people: "a" (or "half a") before a magnitude word (data) is its number.
  const halves = new Set<number>()
  for (const m of body.matchAll(A_MAGNITUDE)) {
    const s = p.start + m.index
    const size = w.magnitude.get(m[2]!.toLowerCase())
    // …times a magnitude after it (a hundred thousand); not hyphened to a noun (a thousand-year-old town).
    const then = size === undefined ? null : w.magnitudeAfter.exec(text.slice(s + m[0].length, s + m[0].length + 20))
    const e = s + m[0].length + (then && !then[0].startsWith('-') ? then[0].length : 0)
    // …nor the first part of a longer number word (a hundred and twenty), which compromise reads otherwise.
    // …but hyphened to a unit of measure it makes one adjective with it, as digits do (a hundred-meter carpet: en dev 585).
    const rest = text.slice(e, e + 30)
    // …which compromise reads from the word after "and" (twenty): that number joins this one (a hundred and twenty: 120).
    if (size === undefined) continue
    const value = size * (e > s + m[0].length ? w.magnitude.get(then![1]!.toLowerCase())! : 1)
    const and = value >= 100 && !m[1] ? /^\s+and\s+/.exec(rest) : null
    const tail = and ? out.findIndex((f) => f.start === e + and[0].length && f.digits === null && f.value < value) : -1
    if (tail >= 0 && !inMask(s, e)) { const t = out[tail]!; out.splice(tail, 1, { start: s, end: t.end, value: value + t.value, digits: null }); continue }
    if (inMask(s, e) || (/^-/.test(rest) && !w.measureAfter.test(rest)) || /^\s+and\s+[a-z]/.test(rest)) continue
    out.push({ start: s, end: e, value: m[1] ? value / 2 : value, digits: null })
    if (m[1]) halves.add(s)
  }
  // one sixth, two-thirds: a cardinal and an ordinal that compromise reads as one fraction.
  for (let i = 0; i + 1 < ts.length; i++) {
    const [a, b] = [ts[i]!, ts[i + 1]!]
    const own = fractionAfter(i)
    if (own !== undefined) {
      const top = valueOf(a.text)
      if (top !== null && top < own && !inMask(a.start, b.end)) { out.push(ofTime({ start: a.start, end: b.end, value: top / own, digits: null, ownUnit: null })); i++ }
      continue
    }
    if (!a.tags.has('Cardinal') || !a.tags.has('Fraction') || !b.tags.has('Fraction') || !/^[ -]$/.test(text.slice(a.end, b.start)) || inMask(a.start, b.end)) continue
    const top = valueOf(a.text)
    // three quarters of the members: compromise reads no number in "quarter"; the first three quarters (of 2017) count quarters.
    const share = /^\s+of\s/.test(text.slice(b.end, b.end + 5)) && !/(?:first|last|past)\s+$/i.test(text.slice(Math.max(p.start, a.start - 7), a.start))
    const bottom = /^quarters?$/i.test(b.text) ? (share ? 4 : null) : valueOf(b.text.replace(/s$/, ''))
    if (top !== null && bottom !== null && bottom > 1) out.push(ofTime({ start: a.start, end: b.end, value: top / bottom, digits: null, ownUnit: null }))
    // the first three quarters: compromise's fraction of a noun it cannot divide by is a count of that noun.
    else if (top !== null && bottom === null && isWord(b.text) && !['Preposition', 'Conjunction', 'Determiner'].some((x) => b.tags.has(x))) out.push({ start: a.start, end: b.end, value: top, digits: null, ownUnit: b.text.toLowerCase().replace(/s$/, '') })
    i++
  }
  // half of the members, more than half: a share of one half; not the first or second half (of a year).
  for (const m of body.matchAll(HALF)) {
    const s = p.start + m.index
    const before = text.slice(Math.max(p.start, s - 24), s)
    // …nor the half of "half a million", a number of its own.
    if (inMask(s, s + m[0].length) || halves.has(s) || /(?<![A-Za-z])(?:first|second|last|latter|former|and\s+a|an?)\s+$/i.test(before)) continue
    if (/^\s+of\s/.test(text.slice(s + m[0].length, s + m[0].length + 4)) || w.approxBefore.test(before)) out.push(ofTime({ start: s, end: s + m[0].length, value: 0.5, digits: null, ownUnit: null }))
  }
  // a third of the proposals: "a" and a fraction word before "of" are a share.
  for (const m of body.matchAll(A_FRACTION)) {
    const s = p.start + m.index
    const bottom = w.fractions.get((m[1] ?? m[2])!.toLowerCase())
    // …after "by", not before a noun or a lower-case word other than those that may follow a share (by a third party, by a
    // fourth session, won by a half point: the word ranks or measures).
    const next = m[2] === undefined ? null : BY_A_NEXT.exec(text.slice(s + m[0].length, Math.min(p.end, s + m[0].length + 40)))
    const nextAt = next ? s + m[0].length + next[0].length - next[1]!.length : -1
    if (next && !w.fractionNext.has(next[1]!.toLowerCase()) && (/^[a-z]/.test(next[1]!) || tag().terms[tag().termAt.get(nextAt) ?? -1]?.tags.has('Noun'))) continue
    if (bottom !== undefined && !inMask(s, s + m[0].length)) out.push(ofTime({ start: s, end: s + m[0].length, value: 1 / bottom, digits: null, ownUnit: null }))
  }
  // Figures that take the place of the numbers written inside them, a fold that of a vague number too: dozens of,
  // hundreds of, tens of thousands of (数十, 数百, 数万): about the round number, of the noun after "of"; without "of"
  // only coordinated before one with it (tens of thousands, millions, or even tens of millions of yuan); threefold,
  // three-fold, 3-fold: a multiple, counted in folds (the 3 of 3-fold is this figure, not one of its own).
  const matches = [...body.matchAll(w.vague)].filter((m) => !inMask(p.start + m.index, p.start + m.index + m[0].length))
  // Read from the last: each one kept is the next for the one before it.
  const kept: RegExpExecArray[] = []
  for (let k = matches.length - 1; k >= 0; k--) {
    const [m, next] = [matches[k]!, kept.at(-1)]
    if (m[2] !== undefined || (next && COORDINATED.test(body.slice(m.index + m[0].length, next.index)))) kept.push(m)
  }
  // several hundred members, a few thousand residents: about the round number, of the noun after it.
  const fews = figuresFound(body, p.start, w.fewMagnitude, inMask, (m) => ({ value: w.magnitude.get(m[1]!.toLowerCase())! * (m[2] ? w.magnitude.get(m[2].toLowerCase())! : 1), digits: null, approx: 'about' }))
  const vague: Written[] = kept.reverse().map((m) => ({ start: p.start + m.index, end: p.start + m.index + m[0].length, value: w.vagueValue.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!, digits: null, approx: 'about' }))
  // 4 and a half days: the number and its half are one figure, in place of the number read alone.
  const andHalf = figuresFound(body, p.start, AND_A_HALF, inMask, (m) => {
    const whole = /^\d+$/.test(m[1]!) ? Number(m[1]) : valueOf(m[1]!)
    return whole === null ? null : { value: whole + 0.5, digits: String(whole + 0.5) }
  })
  const folds = figuresFound(body, p.start, FOLD, inMask, (m) => {
    const n = m[1]!.replace(/[-\s]$/, '')
    const times = /^\d/.test(n) ? Number(n) : valueOf(n)
    return times === null || times <= 1 ? null : { value: times, digits: null, ownUnit: 'fold' }
  })
  return [...outside(outside(outside(outside(out, fews), andHalf), vague), folds), ...fews, ...andHalf, ...outside(vague, folds), ...folds].sort((a, b) => a.start - b.start)
}

/** The figures `re` finds in a paragraph's text (`body`, from `from`) outside the masks that `read` reads: in text order, none overlapping another. */
function figuresFound(body: string, from: number, re: RegExp, inMask: (s: number, e: number) => boolean, read: (m: RegExpExecArray) => Omit<Written, 'start' | 'end'> | null): Written[] {
  const out: Written[] = []
  for (const m of body.matchAll(re)) {
    const s = from + m.index
    const e = s + m[0].length
    const f = inMask(s, e) ? null : read(m)
    if (f) out.push({ start: s, end: e, ...f })
  }
  return out
}

/** The figures of `list` that overlap none of `over` (in text order, none overlapping another), each looked up by binary search. */
function outside(list: Written[], over: readonly Written[]): Written[] {
  if (!over.length) return list
  return list.filter((f) => {
    const k = partitionPoint(over.length, (i) => over[i]!.end <= f.start)
    return k === over.length || over[k]!.start >= f.end
  })
}

/** The value of digits (1,887, 18.38) times a magnitude, exact where the result is a whole number. */
function times(digits: string, magnitude: number): number {
  const [whole = '', frac = ''] = digits.replace(/,/g, '').split('.')
  return (Number(whole + frac) * magnitude) / 10 ** frac.length
}

// A clause joined to the one before by a comma and a conjunction, or a semicolon (…to 1,240, and proposals fell…).
const CLAUSE_JOIN = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g

/** Where the last clause of `s` begins: after its last clause join, else 0. */
function clauseStart(s: string): number {
  let at = 0
  for (const m of s.matchAll(CLAUSE_JOIN)) at = m.index + m[0].length
  return at
}
