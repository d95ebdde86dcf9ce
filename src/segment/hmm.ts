import { accessSync, constants, readFileSync, statSync } from 'node:fs'
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

/**
 * jieba's HMM (finalseg): start, transition and per-character emission log probabilities. A character's
 * four emissions sit side by side (emit[unit * 4 + state]): the Viterbi reads them from one cache line.
 */
export type HmmModel = { start: Float64Array; trans: Float64Array[]; emit: Float64Array }

/** Parses data/hmm-model.utf8 (cppjieba's format: start line, 4 transition lines, 4 emission lines B E M S). */
export function parseHmmModel(text: string, where: string): HmmModel {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  if (lines.length !== 9) throw new CppccNlpError('E_DATA', `invalid HMM model in ${where}: expected 9 data lines, got ${lines.length}`)
  const nums = (l: string) => Float64Array.from(l.split(/\s+/).map(Number))
  const emit = new Float64Array(65536 * 4).fill(NEVER)
  lines.slice(5).forEach((l, state) => {
    for (const pair of l.split(',')) {
      const at = pair.lastIndexOf(':')
      const ch = pair.slice(0, at)
      if (ch.length === 1) emit[ch.charCodeAt(0) * 4 + state] = Number(pair.slice(at + 1))
    }
  })
  return { start: nums(lines[0]!), trans: lines.slice(1, 5).map(nums), emit }
}

/**
 * jieba's HMM in the file `path` (`where` in messages), parsed on the first call: only a run of Han characters needs it.
 * The file is checked here, with the analyzer (a readable file, by stat: a missing one fails at creation, not on the first
 * Chinese page); any failure of the later read or parse is an E_DATA error naming the file.
 */
export function lazyHmmModel(path: string, where: string): () => HmmModel {
  const fail = (e: unknown) => (e instanceof CppccNlpError ? e : new CppccNlpError('E_DATA', `cannot read the HMM model ${where} (${path}): ${(e as Error).message}`, { cause: e }))
  try {
    if (!statSync(path).isFile()) throw new Error('not a file')
    accessSync(path, constants.R_OK)
  } catch (e) {
    throw fail(e)
  }
  let model: HmmModel | undefined
  return () => {
    if (model) return model
    try {
      return (model = parseHmmModel(readFileSync(path, 'utf8'), where))
    } catch (e) {
      throw fail(e)
    }
  }
}

/**
 * Work arrays for the Viterbi runs of one text, grown as needed and reused from run to run: typed
 * arrays made for each run (most are a few characters long) cost more than the run's arithmetic.
 */
export class HmmScratch {
  prob = new Float64Array(64)
  from = new Uint8Array(64)
  states = new Uint8Array(16)

  /** Room for a run of n characters. */
  fit(n: number): void {
    if (this.states.length >= n) return
    const size = Math.max(n, this.states.length * 2)
    this.prob = new Float64Array(size * 4)
    this.from = new Uint8Array(size * 4)
    this.states = new Uint8Array(size)
  }
}

/** The most likely B/E/M/S states of a run of characters (jieba's viterbi, ties broken as it breaks them), in w.states[0, e - s). */
function viterbi(m: HmmModel, text: string, s: number, e: number, w: HmmScratch): void {
  const n = e - s
  w.fit(n)
  const { prob, from, states } = w
  for (let y = 0; y < 4; y++) prob[y] = m.start[y]! + m.emit[text.charCodeAt(s) * 4 + y]!
  for (let t = 1; t < n; t++) {
    const c = text.charCodeAt(s + t)
    for (let y = 0; y < 4; y++) {
      let best = -Infinity
      let arg = 0
      for (const y0 of PREV[y]!) {
        const p = prob[(t - 1) * 4 + y0]! + m.trans[y0]![y]! + m.emit[c * 4 + y]!
        // A tie goes to the later state letter, as in jieba (B < E < M < S are 0 < 1 < 2 < 3).
        if (p > best || (p === best && y0 > arg)) { best = p; arg = y0 }
      }
      prob[t * 4 + y] = best
      from[t * 4 + y] = arg
    }
  }
  let state = prob[(n - 1) * 4 + S]! >= prob[(n - 1) * 4 + E]! ? S : E
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state
    state = from[t * 4 + state]!
  }
}

/**
 * Cuts text[s, e) as jieba's finalseg does: runs of Han characters by the HMM, everything else into
 * [A-Za-z0-9]+(.digits)?%? words and single characters. Returns the word ends.
 */
export function hmmCut(model: () => HmmModel, text: string, s: number, e: number, ends: number[], w: HmmScratch = new HmmScratch()): void {
  let i = s
  while (i < e) {
    const c = text.charCodeAt(i)
    if (isHan(c)) {
      let j = i + 1
      while (j < e && isHan(text.charCodeAt(j))) j++
      viterbi(model(), text, i, j, w)
      const n = j - i
      for (let t = 0; t < n; t++) if (w.states[t] === E || w.states[t] === S || t === n - 1) ends.push(i + t + 1)
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
