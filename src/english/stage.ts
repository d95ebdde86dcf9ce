import type { BodyMention } from '../committees/types.js'
import type { EnglishFindings } from './types.js'
import { defineStage } from '../pipeline/stage.js'
import { spanMaker } from '../spans/index.js'
import { findEnglishBodies } from './bodies.js'
import { findEnglishDates } from './dates.js'
import { findEnglishFigures } from './figures.js'
import { latinOrganisations } from './latin.js'
import { findEnglishNames } from './names.js'
import { compromiseOnCall } from './nlp.js'
import { englishPersons } from './persons.js'
import { findEnglishPlaces } from './places.js'
import { englishWords, phrase, type EnWord } from './words.js'

const NONE: EnglishFindings = { placeMentions: [], bodyMentions: [], persons: [], figures: [], dates: [] }

/**
 * Stage: the English paragraphs (Latin letters outnumber Han characters) read with the English grammar
 * and data: places linked to the gazetteer through pinyin, bodies, persons with roles, figures, dates
 * with month names; and organisations named in Latin letters inside Chinese paragraphs. Their findings
 * join the lists that the other stages make from the Chinese text. The English data loads with the
 * first page that has English.
 */
export const englishStage = defineStage({
  name: 'english',
  needs: ['text', 'structure'],
  provides: ['english'],
  run(doc, res) {
    const structure = doc.get('structure')
    const mapped = doc.get('text')
    const text = mapped.text
    const paragraphs = structure.paragraphs.filter((p) => p.lang === 'en')
    // Chinese paragraphs with Latin letters may name organisations in them (UNDP, WTO).
    const mixed = structure.paragraphs.filter((p) => p.lang === 'zh' && /[A-Za-z]{2}/.test(text.slice(p.start, p.end)))
    if (paragraphs.length === 0 && mixed.length === 0) return { english: NONE }
    const lex = res.english()
    const latin = latinOrganisations(text, mixed, lex.isLatinOrganisation)
    if (paragraphs.length === 0) return { english: { ...NONE, bodyMentions: latin } }
    // One run of words for the page: phrases and lists never cross the gap between paragraphs.
    const words: EnWord[] = paragraphs.flatMap((p) => englishWords(text, p.start, p.end))
    const listedAt = new Set<number>()
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 3); j > i; j--) {
        const p = phrase(text, words, i, j)
        if (p !== null && lex.placeNames.has(p)) { for (let k = i; k < j; k++) listedAt.add(k); break }
      }
    }
    const names = findEnglishNames(text, words, lex, (i) => listedAt.has(i))
    const inName = new Set(names.flatMap((n) => Array.from({ length: n.next - n.first }, (_, k) => n.first + k)))
    const placeMentions = findEnglishPlaces(text, words, lex, (i) => inName.has(i))
    const joined = unwrapped(text, paragraphs)
    const bodyMentions = [...findEnglishBodies({ text, paragraphs: joined, places: placeMentions, levelAfter: lex.levelAfter, outside: res.outsideRegions, nameStarts: new Set(names.map((n) => n.start)) }, lex.bodies), ...latin].sort((a, b) => a.start - b.start)
    const span = spanMaker(doc.input, mapped, structure)
    // Persons read a copy of the text where a hard-wrapped line end inside a sentence is a space (offsets unchanged):
    // "He serves as …" on a new line of the same paragraph looks back to its person (en dev 597, 329).
    const persons = englishPersons({ text: joinedLines(text, joined), names, bodies: bodyMentions, places: placeMentions, lex: lex.roles, departmentBefore: lex.bodies.partyDepartmentBefore, span, nameOf: entityNames(bodyMentions), written: text })
    const { dates, covered } = findEnglishDates(text, paragraphs, structure, lex.dates, span, bodyMentions, joined)
    // Figures as the Chinese stage counts them: not in a paragraph the page prints twice, nor in a date; a number and
    // its noun across a line end of a hard-wrapped text (more than 4,400│proposals) read as one.
    const figures = findEnglishFigures(text, unwrapped(text, paragraphs.filter((p) => !p.duplicate)), covered, lex.figures, compromiseOnCall, span, lex.figureReads())
    return { english: { placeMentions, bodyMentions, persons, figures, dates } }
  },
})

/** The name of each body: that of its first mention of the highest rank, as the committees stage names it. */
function entityNames(mentions: readonly BodyMention[]): (key: string) => string | undefined {
  const best = new Map<string, BodyMention>()
  for (const m of mentions) {
    const b = best.get(m.key)
    if (!b || m.rank > b.rank) best.set(m.key, m)
  }
  return (key) => best.get(key)?.name
}

/** The text with each line end inside a joined paragraph written as a space: same length, so every offset holds. */
function joinedLines(text: string, joined: ReadonlyArray<{ start: number; end: number }>): string {
  // Built in one pass over the paragraphs (in text order), not a copy of the whole text per paragraph.
  const parts: string[] = []
  let at = 0
  for (const p of joined) {
    const inner = text.slice(p.start, p.end)
    if (!inner.includes('\n')) continue
    parts.push(text.slice(at, p.start), inner.replace(/\r?\n/g, (m) => ' '.repeat(m.length)))
    at = p.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

// A wrapped line's next line: a word or a bracket, or a number that opens no item of a list (…joined the CPC in December│1965
// and began working…), not a span of years (1961-1966 Student…) nor a numbered item (1. …).
const GOES_ON = /^(?:[A-Za-z(]|\d(?!\d{3}\s?[-–—]|\d?[.)]\s))/

/**
 * Paragraphs of a hard-wrapped text joined where a line ends inside a sentence (no closing punctuation, the next line
 * right after one line end, opening with a lower-case word or a capital one that goes on): the bodies a line end
 * cuts (Chinese People's Political│Consultative Conference) read as one name, a number and its noun (4,400│proposals) as one figure. Only a long line is a wrapped one:
 * a title line stays its own paragraph.
 */
function unwrapped(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const p of paragraphs) {
    const last = out.at(-1)
    // The last line of the paragraph so far (read from its end: a long joined paragraph is not copied per line).
    const tail = last ? text.slice(Math.max(last.start, text.lastIndexOf('\n', last.end - 1) + 1), last.end) : ''
    if (last && /^\r?\n$/.test(text.slice(last.end, p.start)) && tail.length >= 40 && !/[.!?:;"”’]\s*$/.test(tail) && GOES_ON.test(text.slice(p.start, p.start + 8))) last.end = p.end
    else out.push({ start: p.start, end: p.end })
  }
  return out
}
