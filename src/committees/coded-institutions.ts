import type { PlaceMention } from '../places/types.js'
import { isAsciiDigit } from '../text/chars.js'
import { ORDINAL } from '../text/grammar.js'
import type { Numerals } from '../text/numerals.js'
import type { Head } from './lexicon.js'
import { CITY, CODED_RULE } from './proper-schools.js'
import type { BodyInput, BodyMention } from './types.js'

// A code is so many digits read one by one (309, 四0四, 三〇二): the army's and the big works' hospitals and schools
// are numbered so; fewer is an ordinal or a count (三医院, 两所学校), more a year or a figure (2023医院).
const CODE_LENGTH = 3
// The army's units are named by a code of five Arabic digits (93920部队, 84847部队: data/body-heads.tsv, phrase coded).
const UNIT_CODE_LENGTH = 5
const UNIT_PHRASE = 'coded'
// A word the segmenter's dictionary holds as an organisation's name (解放军/nt).
const ORGANISATION_POS = 'nt'

/** Whether the code unit `c` is a digit, Arabic or Chinese (〇, 零 and 一…九; not a unit such as 十, 百). */
const isDigit = (numerals: Numerals, c: number) => isAsciiDigit(c) || numerals.kindOf(String.fromCharCode(c)) === 'digit'

/**
 * A hospital or school named by a code of digits, kept as written (309医院, 绵阳市四0四医院, 第三〇二医院, 101中学): three
 * digits read one by one, 第 before them or not, right before the head, with no further numeral before them (a count or a
 * longer number is no code); a place written right before is the name's and its region (dev-pages README: a school or
 * hospital written with a region keeps its own name as written), else the city the report is about.
 */
export function codedInstitution(input: BodyInput, numerals: Numerals, covered: Uint8Array, placeEnd: ReadonlyMap<number, PlaceMention>, end: number, head: Head): BodyMention | null {
  const { text } = input
  const codeEnd = end - head.word.length
  let start = codeEnd
  const unit = head.phrase === UNIT_PHRASE
  const length = unit ? UNIT_CODE_LENGTH : CODE_LENGTH
  while (start > 0 && codeEnd - start <= length && (unit ? isAsciiDigit(text.charCodeAt(start - 1)) : isDigit(numerals, text.charCodeAt(start - 1)))) start--
  if (codeEnd - start !== length) return null
  // A code is no count: a Chinese one writes its zero (四0四, 三〇二), an Arabic one its digits alone.
  const code = text.slice(start, codeEnd)
  if (![...code].every((c) => isAsciiDigit(c.charCodeAt(0))) && ![...code].some((c) => (isAsciiDigit(c.charCodeAt(0)) ? Number(c) : numerals.parse(c)) === 0)) return null
  if (text[start - 1] === ORDINAL) start--
  if (start > 0 && numerals.isNumeralUnit(text.charCodeAt(start - 1))) return null
  const place = placeEnd.get(start)?.division ? placeEnd.get(start) : undefined
  // The organisation that runs it, written right before, is the name's too (解放军 + 301医院, 武警部队 + 第二〇一医院).
  const before = start > 0 ? input.tokens.list[input.tokens.at[start - 1]!] : undefined
  if (place) start = place.start
  else if (before?.end === start && before.pos === ORGANISATION_POS) start = before.start
  if (covered[start]) return null
  // A unit of the army is of no region (its code hides where it lies), unless written after its place.
  const region = place?.division ?? (unit ? null : input.relative(start, CITY) ?? input.home?.(start) ?? null)
  const name = text.slice(start, end)
  return { start, end, name, key: name, rank: 2, kind: head.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: CODED_RULE }
}
