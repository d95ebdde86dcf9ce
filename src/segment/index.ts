import { append, WordToken, type Doc } from '../doc/doc.js'
import { isWhitespace } from '../normalize/types.js'
import { lexicon, segmenter } from './jieba.js'
import { classifyLatin } from './latin.js'

// A Latin-script run stays one token: App, BTX, NO.5, COVID-19, Wi-Fi, and capitalised words in a row (John Smith).
const WORD = "[A-Za-z][A-Za-z0-9]*(?:[.\\-+&'][A-Za-z0-9]+)*"
const LATIN_RUN = new RegExp(`${WORD}(?: (?=[A-Z])${WORD})*`, 'g')

/** Merge the tokens that a Latin run covers into one `eng` token classified by compromise. */
function mergeLatin(tokens: WordToken[], text: string, from: number, to: number): WordToken[] {
  const body = text.slice(from, to)
  LATIN_RUN.lastIndex = 0
  const runs = [...body.matchAll(LATIN_RUN)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] }))
  if (runs.length === 0) return tokens
  const out: WordToken[] = []
  let r = 0
  for (const t of tokens) {
    while (r < runs.length && runs[r]!.end <= t.start) r++
    const run = runs[r]
    if (run && t.start >= run.start && t.end <= run.end) {
      if (t.start === run.start) out.push(new WordToken(run.start, run.end, run.word, 'eng', classifyLatin(run.word)))
      continue
    }
    out.push(t)
  }
  return out
}

/**
 * Stage: words with POS over each paragraph (nodejieba cut, HMM on, domain dictionary), aligned back to the
 * text by a running offset. A word that does not match the text where it should (the native side sees
 * UTF-8, so a lone surrogate comes back as U+FFFD) is realigned, and the gap becomes an `x` token with
 * a W_SEGMENT_ALIGN warning.
 */
export function segment(doc: Doc): void {
  const out: WordToken[] = []
  const lex = lexicon()
  const jieba = segmenter()
  let warned = false
  const bodies = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))
  const words = wordsOfParagraphs(doc, bodies, jieba)
  doc.paragraphs.forEach((p, k) => {
    const body = bodies[k]!
    // Paragraphs without Latin letters (most) take their tokens straight into the result.
    const latin = HAS_LATIN.test(body)
    const para: WordToken[] = latin ? [] : out
    let at = 0
    const { words: ws, from, to } = words[k]!
    for (let w = from; w < to; w++) {
      const word = ws[w]!
      if (word.length === 0) continue
      const idx = body.startsWith(word, at) ? at : body.indexOf(word, at)
      if (idx < 0) continue
      if (idx > at) {
        if (!isSpace(body.slice(at, idx))) para.push(new WordToken(p.start + at, p.start + idx, body.slice(at, idx), 'x'))
        if (!warned) { doc.warnings.push({ code: 'W_SEGMENT_ALIGN', message: 'segmenter output did not match the text; unmatched characters kept as `x` tokens', start: doc.norm.starts[p.start + at]!, end: doc.norm.ends[p.start + idx - 1]! }); warned = true }
      }
      at = idx + word.length
      // Spaces are not words.
      if (isSpace(word)) continue
      para.push(new WordToken(p.start + idx, p.start + at, word, lex.tag(word)))
    }
    if (at < body.length && !isSpace(body.slice(at))) para.push(new WordToken(p.start + at, p.end, body.slice(at), 'x'))
    if (latin) append(out, mergeLatin(para, doc.text, p.start, p.end))
  })
  doc.tokens = out
}

const HAS_LATIN = /[A-Za-z]/

/** Words [from, to) of `words` are a paragraph's. */
type WordRange = { words: string[]; from: number; to: number }

const whole = (words: string[]): WordRange => ({ words, from: 0, to: words.length })

/**
 * The segmenter's words of each paragraph, from one cut of the whole text: cppjieba splits its input
 * at line breaks and spaces itself, so these are the words of each paragraph cut alone, for one native
 * call instead of one per paragraph (about 5 % less time in the segmenter), and each paragraph's words
 * are a range of that one array. Where a word does not tile the text (a lone surrogate comes back as
 * U+FFFD) every paragraph is cut alone; where a word runs across a paragraph's edge, that paragraph is.
 */
function wordsOfParagraphs(doc: Doc, bodies: string[], jieba: ReturnType<typeof segmenter>): WordRange[] {
  const { text, paragraphs } = doc
  const all = jieba.cut(text, true)
  const out: WordRange[] = paragraphs.map(() => ({ words: all, from: 0, to: 0 }))
  const alone = new Uint8Array(paragraphs.length)
  let at = 0
  let k = 0
  for (let w = 0; w < all.length; w++) {
    const word = all[w]!
    if (!text.startsWith(word, at)) return bodies.map((body) => whole(jieba.cut(body, true)))
    const s = at
    at += word.length
    while (k < paragraphs.length && paragraphs[k]!.end <= s) k++
    // Words between paragraphs belong to none; the words inside one follow each other.
    for (let j = k; j < paragraphs.length && paragraphs[j]!.start < at; j++) {
      if (s < paragraphs[j]!.start || at > paragraphs[j]!.end) alone[j] = 1
      else if (out[j]!.to === 0) { out[j]!.from = w; out[j]!.to = w + 1 } else out[j]!.to = w + 1
    }
  }
  if (at !== text.length) return bodies.map((body) => whole(jieba.cut(body, true)))
  alone.forEach((a, j) => { if (a) out[j] = whole(jieba.cut(bodies[j]!, true)) })
  return out
}

function isSpace(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isWhitespace(word.charCodeAt(i))) return false
  return true
}
