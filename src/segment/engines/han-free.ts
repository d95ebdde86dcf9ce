/**
 * jieba-rs's route (`cut(text, false)`) through a text with no Han character, computed here so that an
 * English page does not load the engine's dictionary (tens of MB) only to cut Latin text. Only the
 * dictionary's words made of the characters jieba cuts in a block (A-Z a-z 0-9 + # & . _ % -: AT&T, C++)
 * can match there; the rest of the dictionary counts only in the total frequency.
 *
 * As jieba-rs cuts (hmm off): the text is split into blocks of those characters and the rest; in the rest,
 * `\r\n` and each white-space character are words and every other character is a word of its own; a block
 * takes its most probable route through the dictionary, where a run of single letters and digits is one
 * word. test/unit/segment.test.ts checks it against the engine.
 */
import { isAsciiAlnum } from '../../text/chars.js'

/** Characters from the CJK radicals on: where jieba's Han ranges are. A text with one is cut by the engine. */
const CJK_OR_LATER = /[\u2e80-\uffff]/

/** Whether the route of `text` can be computed here: it has no character from U+2E80 on (no Han). */
export const isHanFree = (text: string): boolean => !CJK_OR_LATER.test(text)

const BLOCK = /[A-Za-z0-9+#&._%-]+/g
const SKIP = /\r\n|\p{White_Space}/gu
const BLOCK_WORD = /^[A-Za-z0-9+#&._%-]+$/

export type HanFreeDictionary = {
  /** The frequencies of the dictionary's words made of block characters. */
  readonly words: ReadonlyMap<string, number>
  /** ln of the sum of all the dictionary's frequencies, as jieba-rs weighs a word. */
  readonly logTotal: number
  /** The length of the longest of `words`. */
  readonly longest: number
}

/**
 * The part of a jieba dictionary (`word freq [tag]` lines, no word twice) that a Han-free text can use. Read as
 * bytes, not decoded (5 MB, mostly Han words): the fields are split at ASCII white space, the only kind jieba's file
 * and our merged lines write (loadExtension rejects a user's alias or word with white space of any kind), and the
 * words kept are ASCII.
 */
export function hanFreeDictionary(dict: Uint8Array): HanFreeDictionary {
  const words = new Map<string, number>()
  let total = 0
  let longest = 0
  const n = dict.length
  const skipSpace = (at: number) => { while (at < n && dict[at] !== NL && isSpace(dict[at]!)) at++; return at }
  const skipField = (at: number) => { while (at < n && !isSpace(dict[at]!)) at++; return at }
  for (let at = 0; at < n;) {
    const wordStart = skipSpace(at)
    const wordEnd = skipField(wordStart)
    const freqStart = skipSpace(wordEnd)
    const freqEnd = skipField(freqStart)
    const nl = dict.indexOf(NL, freqEnd)
    at = nl < 0 ? n : nl + 1
    if (wordEnd === wordStart) continue
    const freq = Number(ascii(dict, freqStart, freqEnd) ?? Buffer.from(dict.subarray(freqStart, freqEnd)).toString('utf8'))
    total += freq
    const word = ascii(dict, wordStart, wordEnd)
    if (word !== null && BLOCK_WORD.test(word)) {
      words.set(word, freq)
      longest = Math.max(longest, word.length)
    }
  }
  return { words, logTotal: Math.log(total), longest }
}

const NL = 10
/** ASCII white space (a line end too), as `\s` reads it. */
const isSpace = (b: number): boolean => b === 32 || (b >= 9 && b <= 13)
/** The bytes `[start, end)` as a string where they are all ASCII (a block word, a frequency), else null. */
function ascii(bytes: Uint8Array, start: number, end: number): string | null {
  let s = ''
  for (let i = start; i < end; i++) {
    if (bytes[i]! >= 128) return null
    s += String.fromCharCode(bytes[i]!)
  }
  return s
}

/** The engine's words of a Han-free text (see isHanFree), in order: they tile it. */
export function hanFreeRoute(text: string, d: HanFreeDictionary): string[] {
  const out: string[] = []
  let at = 0
  for (const m of text.matchAll(BLOCK)) {
    rest(text.slice(at, m.index), out)
    block(m[0], d, out)
    at = m.index + m[0].length
  }
  rest(text.slice(at), out)
  return out
}

/** Outside blocks: `\r\n` and white space are words, every other character (code point) one too. */
function rest(s: string, out: string[]): void {
  let at = 0
  for (const m of s.matchAll(SKIP)) {
    for (const c of s.slice(at, m.index)) out.push(c)
    out.push(m[0])
    at = m.index + m[0].length
  }
  for (const c of s.slice(at)) out.push(c)
}

/** A block (ASCII only): the most probable route, read from the end; runs of single letters and digits joined. */
function block(s: string, d: HanFreeDictionary, out: string[]): void {
  const n = s.length
  const score = new Float64Array(n + 1)
  const next = new Int32Array(n + 1)
  for (let k = n - 1; k >= 0; k--) {
    // The ends of the dictionary words that start here, or else the next character; ties go to the longer.
    let best = -Infinity
    let bestEnd = k + 1
    let matched = false
    for (let e = k + 1; e <= Math.min(n, k + d.longest); e++) {
      const f = d.words.get(s.slice(k, e))
      if (f === undefined) continue
      matched = true
      const sc = Math.log(f) - d.logTotal + score[e]!
      if (sc >= best) { best = sc; bestEnd = e }
    }
    if (!matched) best = -d.logTotal + score[k + 1]!
    score[k] = best
    next[k] = bestEnd
  }
  let left = -1
  for (let k = 0; k < n; k = next[k]!) {
    const e = next[k]!
    if (e === k + 1 && isAsciiAlnum(s.charCodeAt(k))) {
      if (left < 0) left = k
      continue
    }
    if (left >= 0) { out.push(s.slice(left, k)); left = -1 }
    out.push(s.slice(k, e))
  }
  if (left >= 0) out.push(s.slice(left))
}

