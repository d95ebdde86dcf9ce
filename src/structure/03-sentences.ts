import type { SentenceRange } from './types.js'
import type { Para } from './01-paragraphs.js'
import { CLOSING_MARKS } from '../text/grammar.js'

// A sentence ends after 。！？；… and any closing quotes or brackets that follow.
const END = new RegExp(`[。！？!?；]+[${CLOSING_MARKS})]*|…{1,2}[${CLOSING_MARKS})]*`, 'g')

/** Splits each paragraph into sentences; every range stays inside its paragraph. */
export function sentences(ps: Para[], text: string): SentenceRange[] {
  const out: SentenceRange[] = []
  ps.forEach((p, pi) => {
    const body = text.slice(p.start, p.end)
    let from = 0
    END.lastIndex = 0
    for (let m = END.exec(body); m; m = END.exec(body)) {
      const to = m.index + m[0].length
      out.push({ start: p.start + from, end: p.start + to, article: p.article, paragraph: pi, duplicate: p.duplicate })
      from = to
    }
    if (from < body.length) out.push({ start: p.start + from, end: p.end, article: p.article, paragraph: pi, duplicate: p.duplicate })
  })
  return out
}
