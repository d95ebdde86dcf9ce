import type { PlaceLevel } from '../schema/result.js'

export type Division = { code: string | null; name: string; level: PlaceLevel; parent: Division | null }
/** A written form of a division: its official name, or a short form (derived by rule, or an alias from data). */
export type Form = { division: Division; form: string; short: boolean; rule: string }
/** A place mention in normalized coordinates, with every division its form can mean and the one it was resolved to. */
export type PlaceMention = {
  start: number; end: number; forms: Form[]; division: Division | null; rule: string
  /** The segmenter took the form for one word, a place name (ns): 浦东/ns. */
  placeWord: boolean
  /** The segmenter took the form for one proper name, of a place or a person (陈仓/nr), not a common word (资源/n, 合作/vn). */
  properWord: boolean
  /** The segmenter took the form for another proper noun of its dictionary (义乌/nz, 慈溪/nrt), neither a landform nor a word (江山/ns, 井冈山/ns) nor a person's name. */
  otherProperWord: boolean
  /** A county's short form the page vouches for: its full name, one of its townships, or its city with a body of its level written elsewhere on it (stage.ts). */
  vouched: boolean
  /** Written after a verb of travel away (赴上海, 前往上海、江苏): where the page's people go, not its home (data/travel-away.txt). */
  away: boolean
  /** Written as where something smaller lies (蛟河市 of 蛟河市南顶子村, 武汉市 of 武汉市蔡甸区): a location, no body's region. */
  spot: boolean
  /** Written before 一行来我市 (台州市政协主席王伟一行来我市): where the page's visitors come from, never its home (set by src/regions). */
  visitor: boolean
}

/**
 * A mention with every flag set (false unless given), in one order: mentions then share one object shape,
 * and the optimised code that reads them is not thrown away for flags added later (V8 deopts on "wrong map").
 */
export function placeMention(start: number, end: number, forms: Form[], division: Division | null, rule: string, flags: Partial<PlaceMention> = {}): PlaceMention {
  return { start, end, forms, division, rule, placeWord: false, properWord: false, otherProperWord: false, vouched: false, away: false, spot: false, visitor: false, ...flags }
}
