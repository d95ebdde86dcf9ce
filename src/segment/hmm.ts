import { CppccNlpError } from '../errors.js'
import { isHan } from '../text/chars.js'

/** jieba's states: Begin, End, Middle of a word, or a Single-character word. */
const B = 0
const E = 1
const M = 2
const S = 3
/** The states each state may follow (jieba's PrevStatus). */
const PREV: readonly (readonly number[])[] = [[E, S], [B, M], [M, B], [S, E]]
/** jieba's MIN_FLOAT: the log probability of what the model never saw. */
const NEVER = -3.14e100

/** jieba's HMM (finalseg): start, transition and per-character emission log probabilities. */
export type HmmModel = { start: Float64Array; trans: Float64Array[]; emit: Float64Array[] }

/** Parses data/hmm-model.utf8 (cppjieba's format: start line, 4 transition lines, 4 emission lines B E M S). */
export function parseHmmModel(text: string, where: string): HmmModel {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  if (lines.length !== 9) throw new CppccNlpError('E_DATA', `invalid HMM model in ${where}: expected 9 data lines, got ${lines.length}`)
  const nums = (l: string) => Float64Array.from(l.split(/\s+/).map(Number))
  const emit = lines.slice(5).map((l) => {
    const t = new Float64Array(65536).fill(NEVER)
    for (const pair of l.split(',')) {
      const at = pair.lastIndexOf(':')
      const ch = pair.slice(0, at)
      if (ch.length === 1) t[ch.charCodeAt(0)] = Number(pair.slice(at + 1))
    }
    return t
  })
  return { start: nums(lines[0]!), trans: lines.slice(1, 5).map(nums), emit }
}

/** The most likely B/E/M/S states of a run of characters (jieba's viterbi, ties broken as it breaks them). */
function viterbi(m: HmmModel, text: string, s: number, e: number): Uint8Array {
  const n = e - s
  const prob = new Float64Array(n * 4)
  const from = new Uint8Array(n * 4)
  for (let y = 0; y < 4; y++) prob[y] = m.start[y]! + m.emit[y]![text.charCodeAt(s)]!
  for (let t = 1; t < n; t++) {
    const c = text.charCodeAt(s + t)
    for (let y = 0; y < 4; y++) {
      let best = -Infinity
      let arg = 0
      for (const y0 of PREV[y]!) {
        const p = prob[(t - 1) * 4 + y0]! + m.trans[y0]![y]! + m.emit[y]![c]!
        // A tie goes to the later state letter, as in jieba (B < E < M < S are 0 < 1 < 2 < 3).
        if (p > best || (p === best && y0 > arg)) { best = p; arg = y0 }
      }
      prob[t * 4 + y] = best
      from[t * 4 + y] = arg
    }
  }
  let state = prob[(n - 1) * 4 + S]! >= prob[(n - 1) * 4 + E]! ? S : E
  const states = new Uint8Array(n)
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state
    state = from[t * 4 + state]!
  }
  return states
}

/**
 * Cuts text[s, e) as jieba's finalseg does: runs of Han characters by the HMM, everything else into
 * [A-Za-z0-9]+(.digits)?%? words and single characters. Returns the word ends.
 */
export function hmmCut(m: HmmModel, text: string, s: number, e: number, ends: number[]): void {
  let i = s
  while (i < e) {
    const c = text.charCodeAt(i)
    if (isHan(c)) {
      let j = i + 1
      while (j < e && isHan(text.charCodeAt(j))) j++
      const states = viterbi(m, text, i, j)
      for (let t = 0; t < states.length; t++) if (states[t] === E || states[t] === S || t === states.length - 1) ends.push(i + t + 1)
      i = j
    } else {
      let j = skipWord(text, i, e)
      if (j === i) j = i + 1
      ends.push(j)
      i = j
    }
  }
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number) => c >= 48 && c <= 57

/** End of jieba's re_skip word [a-zA-Z0-9]+(?:\.\d+)?%? at i, or i. */
function skipWord(text: string, i: number, e: number): number {
  let j = i
  while (j < e && isAlnum(text.charCodeAt(j))) j++
  if (j === i) return i
  if (text.charCodeAt(j) === 46 && j + 1 < e && isDigit(text.charCodeAt(j + 1))) {
    j++
    while (j < e && isDigit(text.charCodeAt(j))) j++
  }
  if (j < e && text.charCodeAt(j) === 37) j++
  return j
}
