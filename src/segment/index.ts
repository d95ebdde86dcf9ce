import { defineStage } from '../pipeline/stage.js'
import { isAsciiLetter, isWhitespace } from '../text/chars.js'
import type { Segmentation } from './load.js'
import { indexTokens, WordToken } from './tokens.js'
import { finishWords } from './words.js'

// A Latin-script run stays one token: App, BTX, NO.5, COVID-19, Wi-Fi, and capitalised words in a row (John Smith).
const WORD = "[A-Za-z][A-Za-z0-9]*(?:[.\\-+&'][A-Za-z0-9]+)*"
const LATIN_RUN = new RegExp(`${WORD}(?: (?=[A-Z])${WORD})*`, 'g')

// A high surrogate without its low one, or a low one without its high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * The words of a text, aligned to it: in order, they tile it. Lone surrogates are cut as U+FFFD by the
 * native engines (they see UTF-8), so the engine cuts a copy with each replaced, unit for unit; where
 * the words still do not tile the text, the unmatched characters become words of their own (`x`
 * tokens) and `onMisaligned` is told where. The engine's own strings are kept where they are the
 * text's: no word is sliced again.
 */
export function cutText(seg: Segmentation, text: string, onMisaligned: (start: number, end: number) => void): string[] {
  const safe = text.replace(LONE_SURROGATE, '\ufffd')
  const route = seg.engine.cut(safe)
  let at = 0
  for (const w of route) {
    if (!safe.startsWith(w, at)) return realign(text, safe, route, onMisaligned)
    at += w.length
  }
  if (at !== safe.length) return realign(text, safe, route, onMisaligned)
  const words = finishWords(safe, route, seg.lexicon, seg.hmm)
  return safe === text ? words : sameSpans(text, words)
}

/** The words of `text` at the places of `words` (which tile a copy of it). */
function sameSpans(text: string, words: readonly string[]): string[] {
  let at = 0
  return words.map((w) => text.slice(at, (at += w.length)))
}

function realign(text: string, safe: string, route: readonly string[], onMisaligned: (start: number, end: number) => void): string[] {
  const out: string[] = []
  let at = 0
  for (const w of route) {
    const i = safe.indexOf(w, at)
    if (w.length === 0 || i < 0) continue
    if (i > at) { out.push(text.slice(at, i)); onMisaligned(at, i) }
    out.push(text.slice(i, i + w.length))
    at = i + w.length
  }
  if (at < safe.length) { out.push(text.slice(at)); onMisaligned(at, safe.length) }
  return out
}

/**
 * Stage: the words of the text with their parts of speech. White space is no word; a Latin run
 * (App, COVID-19, John Smith) is one `eng` token.
 */
export const segmentStage = defineStage({
  name: 'segment',
  needs: ['text', 'structure'],
  provides: ['tokens'],
  run(doc, res) {
    const mapped = doc.get('text')
    const text = mapped.text
    let warned = false
    const words = cutText(res.segmentation, text, (s, e) => {
      if (warned) return
      warned = true
      doc.warn({ code: 'W_SEGMENT_ALIGN', message: 'segmenter output did not match the text; unmatched characters kept as `x` tokens', start: mapped.starts[s]!, end: mapped.ends[e - 1]! })
    })
    const lex = res.segmentation.lexicon
    const list: WordToken[] = []
    let s = 0
    for (const word of words) {
      const e = s + word.length
      if (!isBlank(word)) list.push(new WordToken(s, e, word, lex.tag(word)))
      s = e
    }
    return { tokens: indexTokens(mergeLatinRuns(list, text), text.length) }
  },
})

function isBlank(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isWhitespace(word.charCodeAt(i))) return false
  return true
}

/** The words of each Latin run that starts and ends on word edges, as one `eng` token. */
function mergeLatinRuns(words: WordToken[], text: string): WordToken[] {
  let runs = latinRuns(text)
  let run = runs.next()
  if (run.done) return words
  const out: WordToken[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    while (!run.done && run.value.start < w.start) run = runs.next()
    if (!run.done && run.value.start === w.start) {
      let j = i
      while (j < words.length && words[j]!.end < run.value.end) j++
      if (j < words.length && words[j]!.end === run.value.end) {
        const word = text.slice(w.start, run.value.end)
        out.push(new WordToken(w.start, run.value.end, word, 'eng', true))
        i = j
        run = runs.next()
        continue
      }
    }
    out.push(w)
  }
  return out
}

/** Latin runs whose edges are word edges (a run never starts or ends inside a Han word). */
function* latinRuns(text: string): Generator<{ start: number; end: number }> {
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue
    LATIN_RUN.lastIndex = i
    const m = LATIN_RUN.exec(text)
    if (!m) return
    yield { start: m.index, end: m.index + m[0].length }
    i = m.index + m[0].length - 1
  }
}
