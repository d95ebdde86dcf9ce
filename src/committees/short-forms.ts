import { CPPCC } from '../text/grammar.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyMention } from './types.js'

const SPECIAL = 'cppcc-special'

/** The name before a special committee's stem (中山市政协) and the stem without the word that ends it (社会法制民族宗教). */
function headAndStem(name: string, ends: readonly string[]): { head: string; stem: string; rest: string } | null {
  const at = name.lastIndexOf(CPPCC)
  if (at < 0) return null
  const rest = name.slice(at + CPPCC.length)
  // ends are sorted shortest first: the longest that ends the name is taken (委员会 before 委).
  for (let k = ends.length - 1; k >= 0; k--) {
    const w = ends[k]!
    if (rest.length > w.length && rest.endsWith(w)) return { head: name.slice(0, at + CPPCC.length), stem: rest.slice(0, rest.length - w.length), rest }
  }
  return null
}

/** Whether `short` is drawn from `full`: its first character opens it, its others follow in it in order (社法民宗 ← 社会法制民族宗教). */
function drawnFrom(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0]) return false
  let i = 1
  for (let k = 1; k < full.length && i < short.length; k++) if (full[k] === short[i]) i++
  return i === short.length
}

/**
 * The keys of CPPCC special committees written in a short form on a page that writes the same committee of the same 政协
 * in full, each mapped to the full form's key (社法民宗委 beside 社会法制民族宗教委员会, 农业委 beside 农业和农村委员会, 社法委
 * beside 社会法制与人口资源环境委员会: dev 253, 822, 1244): README, one body written two ways is listed once, named by its
 * first full form. No 政协 has two special committees one of whose stems is drawn from the other's; 人资环建 is not drawn
 * from 人口资源环境 (建), and a short form drawn from two full ones is left alone. Two forms both listed in
 * data/body-parts.tsv keep the ids it gives them (社法委 and 社法群委 are two committees there).
 */
export function shortFormKeys(mentions: readonly BodyMention[], ends: readonly string[], listed: (part: string) => boolean): Map<string, string> {
  const byKey = new Map<string, { head: string; stems: Set<string>; listed: boolean }>()
  for (const m of mentions) {
    if (m.kind !== SPECIAL) continue
    const hs = headAndStem(m.name, ends)
    if (!hs) continue
    const e = byKey.get(m.key)
    if (!e) byKey.set(m.key, { head: hs.head, stems: new Set([hs.stem]), listed: listed(hs.rest) })
    else if (e.head === hs.head) {
      e.stems.add(hs.stem)
      e.listed &&= listed(hs.rest)
    }
  }
  const out = new Map<string, string>()
  if (byKey.size < 2) return out
  const entries = [...byKey]
  for (const [key, a] of entries) {
    const fulls = entries.filter(([k, b]) => k !== key && b.head === a.head && !(a.listed && b.listed) && [...a.stems].some((s) => [...b.stems].some((f) => drawnFrom(s, f))))
    if (fulls.length === 1) out.set(key, fulls[0]![0])
  }
  // A full form that is itself short of another: follow to the last.
  for (const [k, v] of out) {
    let to = v
    for (let n = 0; out.has(to) && n < out.size; n++) to = out.get(to)!
    out.set(k, to)
  }
  return out
}

/** Whether `part` (文史委, 社法群委) is a CPPCC special committee of data/body-parts.tsv, written whole. */
export function listedSpecial(lex: BodyLexicon, part: string): boolean {
  return lex.parts.matchesAt(part, 0).some(([e, vs]) => e === part.length && vs.some((v) => v.after === 'cppcc' && v.kind === SPECIAL))
}
