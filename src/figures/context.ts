import type { Tokens } from '../segment/tokens.js'
import { partitionPoint } from '../text/bisect.js'

/**
 * Positions at most `max` units after an opening mark whose closing mark follows within `reach` units
 * of it, on the same line (a short quotation “四个意识”, a title 《长治市创新生态30条》); a mark in both `opens` and
 * `closes` (") pairs with the next one on its line. Answered by
 * binary search over the openings found in one pass: asking for every figure of a long text costs no
 * more than the text itself.
 */
export function enclosedBy(text: string, opens: string, closes: string, max: number, reach: number): (pos: number) => boolean {
  const openAt: number[] = []
  const closeAt: number[] = []
  let nextClose = -1
  let nextBreak = -1
  for (let i = 0; i < text.length; i++) {
    if (!isMark(opens, text.charCodeAt(i))) continue
    if (nextClose <= i) { nextClose = i + 1; while (nextClose < text.length && !isMark(closes, text.charCodeAt(nextClose))) nextClose++ }
    if (nextBreak <= i) { const b = text.indexOf('\n', i + 1); nextBreak = b < 0 ? text.length : b }
    openAt.push(i)
    // The quotation ends at the first closing mark, if one comes before a line break and within reach.
    closeAt.push(nextClose < text.length && nextClose < nextBreak && nextClose - i <= reach ? nextClose : -1)
    // A mark that both opens and closes (the straight quote ", "三个年"): the one that closes a quotation on its line opens none.
    if (nextClose < nextBreak && nextClose < text.length && isMark(opens, text.charCodeAt(nextClose))) i = nextClose
  }
  return (pos) => {
    // The last quotation opened at or before pos.
    const k = partitionPoint(openAt.length, (i) => openAt[i]! <= pos) - 1
    if (k < 0) return false
    const open = openAt[k]!
    const close = closeAt[k]!
    return pos - open <= max && close >= pos
  }
}

// Marks that end a sentence inside a quotation (“今年计划增加2500亩。”), an ellipsis after it (“…先从500公斤起步”……: remarks
// noted one after another), and a colon after a speech verb before it (他说：“…”).
const SENTENCE_ENDS = '。！？!?'
const TRAILING = '…'
const COLONS = '：:'

/**
 * Whether the quotation around `pos` (opened at most `reach` units before it, closed within `reach` of its opening) is
 * speech rather than a slogan or a policy's name (“奋斗100年”, “…再延长30年”政策): it ends in a sentence mark inside the
 * quotes, trails off in an ellipsis after them, or follows one of `speechVerbs` and a colon. Reads a few characters.
 */
export function quotedSpeech(text: string, pos: number, opens: string, closes: string, reach: number, speechVerbs: readonly string[]): boolean {
  let open = pos - 1
  while (open >= 0 && pos - open <= reach && !isMark(opens, text.charCodeAt(open))) open--
  if (open < 0 || pos - open > reach) return false
  let close = pos
  while (close < text.length && close - open <= reach && !isMark(closes, text.charCodeAt(close))) close++
  if (close >= text.length || close - open > reach) return false
  if (isMark(SENTENCE_ENDS, text.charCodeAt(close - 1)) || isMark(TRAILING, text.charCodeAt(close + 1))) return true
  return open > 0 && isMark(COLONS, text.charCodeAt(open - 1)) && speechVerbs.some((v) => text.endsWith(v, open - 1))
}

/** Whether the code unit `c` is one of `marks` (compared by unit: no one-character string per position). */
function isMark(marks: string, c: number): boolean {
  for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === c) return true
  return false
}

const NOUN = /^(?:n|nz|nt|vn|nr|ns|j|l|an|zg)$/
// The part of speech of a word the segmenter's HMM guessed.
const GUESSED = 'x'
// Between nouns of one subject: 规模以上企业.
const BRIDGE = /^f$/

/**
 * What a figure counts: the whole words after it that name a thing (85次协商活动 → 协商活动, 5家规模以上企业
 * → 规模以上企业), else the noun right before it (议题8个 → 议题).
 */
export function subjectOf(t: Tokens, start: number, end: number): string | null {
  const toks = t.list
  let i = t.isStart[end] ? t.at[end]! : -1
  let subject = ''
  let taken = ''
  while (i >= 0 && i < toks.length && taken.length < 8) {
    const tok = toks[i]!
    if (taken && toks[i - 1]!.end !== tok.start) break
    if (NOUN.test(tok.pos)) subject = taken += tok.word
    else if (BRIDGE.test(tok.pos) && subject) taken += tok.word
    else break
    i++
  }
  if (subject) return subject
  const before = start > 0 && t.isEnd[start] ? toks[t.at[start - 1]!] : undefined
  return before && before.end === start && NOUN.test(before.pos) && before.word.length >= 2 ? before.word : null
}

/**
 * Where the noun words right after a figure's unit end (1000双|鞋|左右 → after 鞋), within `max` units; -1 where no noun
 * begins at `end`.
 */
export function nounsEnd(t: Tokens, end: number, max: number): number {
  let i = t.at[end] ?? -1
  let at = -1
  // The noun's start may be glued to the unit in a word the HMM guessed (1000|双鞋|左右).
  const glued = t.list[i]
  if (glued && glued.start < end && glued.pos === GUESSED && glued.end - end <= max) { at = glued.end; i++ }
  while (i >= 0 && i < t.list.length) {
    const tok = t.list[i]!
    if (tok.start !== (at < 0 ? end : at) || !NOUN.test(tok.pos) || tok.end - end > max) break
    at = tok.end
    i++
  }
  return at
}
