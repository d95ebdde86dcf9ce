import type { BodyLexicon } from './lexicon.js'
import type { BodyMention } from './types.js'

// The rule of an institute named by its head (大学, 学院, 研究院: data/body-heads.tsv, phrase any), and of the two joined.
const INSTITUTE_RULE = 'rule:head:any'
const ATTACHED_RULE = 'rule:head:attached'
const INSTITUTION = 'other'

/**
 * An institute and the hospital or school written right after it with a word of attachment between (清华大学 + 附属 +
 * 北京清华长庚医院, data/attached-institution-words.txt): one body, named whole as written, of the attached body's
 * region where it has one (the place in its name: 北京市, 阿拉山口市), else the institute's. Not two bodies (the hospital
 * is the university's, no body beside it; dev 1013, 1118).
 */
export function attachedInstitutions(lex: BodyLexicon, text: string, found: BodyMention[]): BodyMention[] {
  const byEnd = new Map<number, BodyMention>()
  for (const m of found) if (m.rule === INSTITUTE_RULE && m.kind === INSTITUTION) byEnd.set(m.end, m)
  if (!byEnd.size) return found
  // The institutes by where the word of attachment after them ends (清华大学 + 附属 → the end of 附属).
  const byWordEnd = new Map<number, BodyMention[]>()
  for (const [end, a] of byEnd) {
    const w = lex.attachedWords.longestAt(text, end)
    if (w) byWordEnd.set(w.end, [...(byWordEnd.get(w.end) ?? []), a])
  }
  // Each attached body with its institute, the word between ending where it begins.
  const whole = new Map<BodyMention, BodyMention>()
  const joined = new Set<BodyMention>()
  for (const b of found) {
    if (b.kind !== INSTITUTION || byEnd.has(b.end)) continue
    for (const a of byWordEnd.get(b.start) ?? []) {
      if (a.end >= b.start || joined.has(a)) continue
      const name = a.name + text.slice(a.end, b.start) + b.name
      whole.set(b, { ...a, end: b.end, name, key: name, region: b.region ?? a.region, division: b.region ? b.division : a.division, rule: ATTACHED_RULE })
      joined.add(a)
      break
    }
  }
  return whole.size ? found.filter((m) => !joined.has(m)).map((m) => whole.get(m) ?? m) : found
}
