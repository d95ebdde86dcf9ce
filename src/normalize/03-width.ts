import { rewrite } from './offset-map.js'
import { HAN, type NormalizeStep } from './types.js'

// Full-width ASCII letters, digits and % → half-width; the ideographic space → space.
const FULL = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\u3000]/g
// Half-width punctuation inside Chinese text → full-width, so that sentences split the same way.
const HALF = new RegExp(`(?<=[${HAN}\\u201d\\u300b\\uff09])[,;!?]|[,;!?](?=[${HAN}\\u201c\\u300a])|(?<![0-9])[:](?![0-9])`, 'g')
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：' }
// Round brackets around Chinese text → full-width.
const PARENS = new RegExp(`\\(([^()\\n]{0,80}[${HAN}][^()\\n]{0,80})\\)`, 'g')

/** Folds full/half-width variants: digits and Latin to ASCII, punctuation in Chinese text to full-width. */
export const foldWidth: NormalizeStep = (m0) => {
  const a = rewrite(m0, FULL, (x) => (x[0] === '\u3000' ? ' ' : x[0] === '\uff0e' ? '.' : String.fromCharCode(x[0].charCodeAt(0) - 0xfee0)))
  const b = rewrite(a.out, HALF, (x) => HALF_TO_FULL[x[0]] ?? null)
  const c = rewrite(b.out, PARENS, (x) => `（${x[1]}）`)
  return { out: c.out, warnings: [] }
}
