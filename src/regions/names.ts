import type { PersonLexicon } from '../persons/lexicon.js'
import { recognizeNames } from '../persons/recognize.js'
import type { PlaceMention } from '../places/types.js'
import type { Tokens } from '../segment/tokens.js'

/**
 * The place mentions that lie outside every person's name: a place written inside a name (市国有林发展中心主任孙大庆,
 * 专职副主委兼秘书长黄山明主持会议, 统战部部长杜永安) names no region, so neither the page's home nor a relative word
 * (市林业局, 市人大, 市政协) may be read from it. The place list drops such mentions after the persons stage
 * (places/stage.ts); the regions are read before the bodies that stage needs, so the names are read here once
 * without the bodies (they only block names, and a name that holds a place is what is asked), and a place inside a
 * further writing of such a name is none either, as in the place list. Only pages where a mention starts at a surname
 * or right after one are read.
 */
export function outsideNames(text: string, tokens: Tokens, ms: PlaceMention[], lex: PersonLexicon, idf?: (word: string) => number | undefined): PlaceMention[] {
  const maybe = ms.some((m) => m.division && (lex.surnameStart.has(text.charCodeAt(m.start - 1)) || lex.surnameStart.has(text.charCodeAt(m.start))))
  if (!maybe) return ms
  const names = recognizeNames({ text, tokens, places: ms, bodies: [], idf }, lex)
  if (!names.length) return ms
  // …also a further writing of a name found elsewhere (黄山明主持会议 … 黄山明在会上总结): the names as written, each
  // tried where it would hold the mention (a page names a few persons, so a few comparisons per mention).
  const written = [...new Set(names.map((n) => text.slice(n.start, n.end)))]
  const inWritten = (m: PlaceMention) => {
    const place = text.slice(m.start, m.end)
    return written.some((w) => {
      if (w.length <= place.length) return false
      for (let j = w.indexOf(place); j >= 0; j = w.indexOf(place, j + 1)) if (m.start - j >= 0 && text.startsWith(w, m.start - j)) return true
      return false
    })
  }
  // Both lists are in text order: one pass over the names.
  let k = 0
  return ms.filter((m) => {
    while (k < names.length && names[k]!.end <= m.start) k++
    const n = names[k]
    return !(n && n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start) && !inWritten(m)
  })
}
