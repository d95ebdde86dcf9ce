import { isAsciiLetter, isHan } from '../text/chars.js'
import type { LineKind, LineKinds } from '../text/line-kinds.js'
import type { Paragraph } from './types.js'

export type Para = Paragraph & { kind: LineKind; text: string }

/** Non-empty lines of the normalized text, trimmed, classified, and marked when printed twice. */
export function paragraphs(text: string, lines: LineKinds): Para[] {
  const out: Para[] = []
  const seen = new Set<string>()
  let s = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue
    let a = s
    let b = i
    while (a < b && /\s/.test(text[a]!)) a++
    while (b > a && /\s/.test(text[b - 1]!)) b--
    if (b > a) {
      const t = text.slice(a, b)
      const kind = lines.classify(t)
      // Pages print whole blocks twice (a pull quote, a repeated section): count each once.
      const duplicate = t.length >= 15 && seen.has(t)
      seen.add(t)
      out.push({ start: a, end: b, article: 0, duplicate, lang: languageOf(t), kind, text: t })
    }
    s = i + 1
  }
  return out
}

/** A paragraph is English where Latin letters outnumber Han characters. */
function languageOf(t: string): 'zh' | 'en' {
  let han = 0
  let latin = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (isHan(c)) han++
    else if (isAsciiLetter(c)) latin++
  }
  return latin > han ? 'en' : 'zh'
}
