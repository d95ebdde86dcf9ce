import { Editor, rewrite, type Mapped } from './offset-map.js'
import { HAN } from '../text/chars.js'
import type { NormalizeStep } from './types.js'

// Full-width ASCII letters, digits, % and + → half-width; the ideographic space → space.
const FULL = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0e\u3000]/g
// Half-width punctuation inside Chinese text → full-width, so that sentences split the same way: , ; ! ? :
// after Han text or a closing mark, or before Han text or an opening mark; a colon not beside a digit (10:30). In
// English text all stay (received 500 proposals: 300 from members).
const HALF = /[,;!?:]/g
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：' }
const AFTER_OK = new RegExp(`[${HAN}\\u201d\\u300b\\uff09]`)
const BEFORE_OK = new RegExp(`[${HAN}\\u201c\\u300a]`)
const DIGIT = /[0-9]/
const toFull = (text: string, i: number): string | null => {
  const c = text[i]!
  const prev = text[i - 1] ?? ''
  const next = text[i + 1] ?? ''
  if (c === ':' && (DIGIT.test(prev) || DIGIT.test(next))) return null
  return AFTER_OK.test(prev) || BEFORE_OK.test(next) ? HALF_TO_FULL[c]! : null
}
// Full-width marks inside a number → ASCII: a comma grouping thousands (１，２００万元: 1 to 3 digits, then groups of
// exactly three) where the digits on both sides are full-width as written, read before they are folded (a full-width comma
// after ASCII digits is the text's comma: 立案452，356件已办复, 分别为120，350人: two numbers, review r32); a solidus
// (２／３, ２０２４／３／５) and a hyphen (３－５年, ２０２４－０３－０５) between digits, after they are folded. A comma before
// a group of another length stays a comma (１，２，３; ２０２３，２０２４).
const INNER_COMMA = /(?<=(?<![0-9.\uff10-\uff19\uff0e])[\uff10-\uff19]{1,3}(?:\uff0c[\uff10-\uff19]{3})*)\uff0c(?=[\uff10-\uff19]{3}(?![0-9.\uff10-\uff19\uff0e]))/g
const INNER = /(?<=[0-9])[\uff0f\uff0d](?=[0-9])/g
const INNER_TO_ASCII: Record<string, string> = { '\uff0f': '/', '\uff0d': '-' }
// Round brackets around Chinese text → full-width.
const PARENS = new RegExp(`\\(([^()\\n]{0,80}[${HAN}][^()\\n]{0,80})\\)`, 'g')

/** Folds full/half-width variants: digits and Latin to ASCII, punctuation in Chinese text to full-width. */
export const foldWidth: NormalizeStep = (m0) => {
  const a0 = rewrite(m0, INNER_COMMA, () => ',').out
  const a = rewrite(a0, FULL, (x) => (x[0] === '\u3000' ? ' ' : x[0] === '\uff0e' ? '.' : String.fromCharCode(x[0].charCodeAt(0) - 0xfee0)))
  const b0 = rewrite(a.out, HALF, (x) => toFull(a.out.text, x.index)).out
  const b = rewrite(b0, INNER, (x) => INNER_TO_ASCII[x[0]] ?? null).out
  return { out: b.text.includes('(') ? fullWidthParens(b) : b, warnings: [] }
}

/** Only the two brackets are rewritten, so the text inside keeps its own offsets. */
function fullWidthParens(m: Mapped): Mapped {
  const found = [...m.text.matchAll(PARENS)]
  if (found.length === 0) return m
  const ed = new Editor(m)
  let last = 0
  for (const x of found) {
    const close = x.index + x[0].length - 1
    ed.keep(last, x.index)
    ed.replace(x.index, x.index + 1, '（')
    ed.keep(x.index + 1, close)
    ed.replace(close, close + 1, '）')
    last = close + 1
  }
  ed.keep(last, m.text.length)
  return ed.done()
}
