import { COMMITTEE, LIST_MARKS } from '../text/grammar.js'
import { UnitSet } from '../text/chars.js'
import type { BodyLexicon } from './lexicon.js'
import type { BodyInput, BodyMention } from './types.js'

const LIST = UnitSet.of([LIST_MARKS])
const PARTY = 'party'
const DEMOCRATIC_PARTY = 'democratic-party'
const GOVERNMENT = 'government'
// The rules that read a relative word + organ (市委 of 与市委步调一致; 省、市委).
const RELATIVE_RULE = /^rule:relative(?:-list)?\+body$/

/**
 * A party committee written by a relative word alone (市委, 区委) on a page of one democratic party's committee of that
 * region is that party's own committee (农工党北京市委 … 做到与市委步调一致 → 农工党北京市委; 民盟泉州市委 … 在市委领导下
 * → 民盟泉州市委), where the page names no Communist Party body of that region: none written with its region or 中共
 * (中共泉州市委, 泉州市委), none with a department (市委统战部), no title of the Party's after it (市委书记, 市委常委) and
 * no government of the region paired with it (市委、市政府, 市委市政府). Committees of several parties of the region
 * leave it as read: the text does not say whose it is. A democratic party's own title after it (市委主委) is read before
 * (elided parties); a member word (市委委员) tells neither. Where the page itself calls a democratic party's committee
 * by the bare word (区委副主委 X among the mentions `read` before elided parties), a department written by the relative word
 * alone (区统战部, 区委办) does not name the Communist Party's committee of that region (dev 1185): only one written with
 * its region or 中共, or a Party title after the bare word, does.
 */
export function ownPartyCommittees(input: BodyInput, lex: BodyLexicon, found: BodyMention[], read: readonly BodyMention[]): BodyMention[] {
  const bare = (m: BodyMention) => m.kind === PARTY && m.region !== null && m.key === `${m.region}|${COMMITTEE}` && RELATIVE_RULE.test(m.rule)
  // The regions whose bare committee the page writes with a democratic party's title after it.
  const ownUse = new Set(read.filter((m) => bare(m) && partyTitleAfter(input, lex, m)).map((m) => m.region!))
  // The regions the page names a Communist Party body of, and the democratic parties' committees of each region.
  const cpc = new Set<string>()
  const parties = new Map<string, BodyMention[]>()
  for (const m of found) {
    if (m.region === null) continue
    if (m.kind === DEMOCRATIC_PARTY && m.key.endsWith(COMMITTEE)) {
      const of = parties.get(m.region)
      if (of) of.push(m)
      else parties.set(m.region, [m])
    }
    if (m.kind === PARTY && (bare(m) ? cpcAfter(input, lex, found, m) : !(ownUse.has(m.region) && relativeAt(input, m)))) cpc.add(m.region)
  }
  return found.map((m) => {
    if (!bare(m) || cpc.has(m.region!) || listedWithCpc(input, found, m, cpc)) return m
    const of = parties.get(m.region!) ?? []
    const keys = new Set(of.map((p) => p.key))
    if (keys.size !== 1) return m
    const party = of[0]!
    return { ...m, name: party.name, key: party.key, kind: DEMOCRATIC_PARTY, rule: 'rule:own-party-committee' }
  })
}

/** The title right after a mention, a modifier of it read along (专职 + 副主委); undefined where none is. */
const titleAfter = (input: BodyInput, lex: BodyLexicon, m: { end: number }) => input.roleAt(input.text, lex.titleModifiers.longestAt(input.text, m.end)?.end ?? m.end)

/** Whether a title of the Communist Party's follows a mention (荷城街道工委 + 书记). */
export function cpcTitleAfter(input: BodyInput, lex: BodyLexicon, m: { end: number }): boolean {
  const title = titleAfter(input, lex, m)
  return title !== undefined && lex.cpcTitles.has(title)
}

/** Whether a democratic party's own title follows a mention (区委 + 副主委). */
export function partyTitleAfter(input: BodyInput, lex: BodyLexicon, m: BodyMention): boolean {
  const title = titleAfter(input, lex, m)
  return title !== undefined && lex.partyTitles.has(title)
}

/** Whether a mention begins with a relative word (区 of 区统战部), not with its region's name. */
const relativeAt = (input: BodyInput, m: BodyMention) => input.relativeWords.longestAt(input.text, m.start) !== undefined

/**
 * Whether a relative word listed before a shared organ (省 of 省、市委) is listed with the Communist Party's committee of
 * another region (中共市委 written on the page): one organ shared by the list is one party's (贯彻省、市委全会精神 on a page
 * of 民建河北省委 and 中共市委 → 河北省委).
 */
function listedWithCpc(input: BodyInput, found: readonly BodyMention[], m: BodyMention, cpc: ReadonlySet<string>): boolean {
  let item: BodyMention | undefined = m
  while (item && LIST.has(input.text.charCodeAt(item.end))) {
    const at: number = item.end + 1
    item = found.find((g) => g.kind === PARTY && g.start === at && RELATIVE_RULE.test(g.rule))
    if (item?.region && cpc.has(item.region)) return true
  }
  return false
}

/** Whether what follows a bare party committee makes it the Communist Party's: a title of its (书记, 常委) or a government paired with it. */
function cpcAfter(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], m: BodyMention): boolean {
  const { text } = input
  const title = titleAfter(input, lex, m)
  if (title !== undefined && !lex.partyTitles.has(title) && lex.members.longestAt(text, m.end) === undefined) return true
  return pairedGovernment(text, found, m)
}

/** Whether a government of the committee's region is paired with it (市委、市政府, 市委市政府). */
function pairedGovernment(text: string, found: readonly BodyMention[], m: BodyMention): boolean {
  const next = LIST.has(text.charCodeAt(m.end)) ? m.end + 1 : m.end
  return found.some((g) => g.kind === GOVERNMENT && g.region === m.region && g.start === next)
}

/**
 * A party committee written with its region's name alone (宝山区委, 成都市委) on a page of one democratic party's bodies of
 * that region (九三学社宝山区第四支社, 九三学社成都市委会) is that party's committee where the page says so of it: a
 * democratic party's title after one (宝山区委 + 前任主委, dev 364) or the unit of the page's credit line (来源：成都市委 on a
 * 九三学社成都市委会 page, dev 1249). Named as the party's committee of the region the page writes, else its short name
 * and the written form (九三学社 + 宝山区委). Only where the page writes no sign of the Communist Party's of that form:
 * none with 中共 before it, a title of the Party's after it (宝山区委书记; not 秘书长, which both have) or a government paired with it; bodies of several
 * parties of the region leave it as read. A department of the Party's (宝山区委统战部) is another body and leaves it.
 */
export function ownNamedPartyCommittees(input: BodyInput, lex: BodyLexicon, found: readonly BodyMention[], read: readonly BodyMention[], credited: (m: BodyMention) => boolean): BodyMention[] {
  const { text } = input
  const committee = (m: BodyMention) => m.kind === PARTY && m.region !== null && m.key === `${m.region}|${COMMITTEE}`
  const asNamed = (m: BodyMention) => committee(m) && !RELATIVE_RULE.test(m.rule) && text.slice(m.start, m.end) === m.name
  const forms = found.filter(asNamed)
  if (!forms.length) return [...found]
  // A sign of the Communist Party's on any mention of the committee: 中共 written before it or in it, its title after it, a
  // government paired with it. A title shared by both (秘书长) tells neither.
  const cpcSign = (m: BodyMention) => cpcWritten(text, lex, m) || cpcTitleAfter(input, lex, m) || pairedGovernment(text, found, m)
  const recast = new Map<BodyMention, BodyMention>()
  for (const region of new Set(forms.map((m) => m.region!))) {
    const of = forms.filter((m) => m.region === region)
    if (found.some((m) => committee(m) && m.region === region && cpcSign(m))) continue
    // The party's title is read on the mentions before elided parties (宝山区委前任主委 with no party before it in its sentence).
    if (!of.some(credited) && !read.some((m) => asNamed(m) && m.region === region && partyTitleAfter(input, lex, m))) continue
    const parties = new Map<string, { name: string, key: string }>()
    for (const p of found) {
      if (p.kind !== DEMOCRATIC_PARTY || p.region !== region) continue
      const x = lex.prefixes.longestAt(text, p.start)?.values[0]
      if (!x || x.kind !== DEMOCRATIC_PARTY) continue
      const key = `${region}|${x.party}${COMMITTEE}`
      const partyName = p.key === key ? p.name : parties.get(x.party)?.name
      parties.set(x.party, { key, name: partyName ?? (x.full ?? x.form) + of[0]!.name })
    }
    if (parties.size !== 1) continue
    const party = [...parties.values()][0]!
    for (const m of of) recast.set(m, { ...m, name: party.name, key: party.key, kind: DEMOCRATIC_PARTY, rule: 'rule:own-named-party-committee' })
  }
  return recast.size ? found.map((m) => recast.get(m) ?? m) : [...found]
}

// The longest prefix of a party read before a committee (中国共产党).
const PREFIX_MAX = 5

/** Whether the Communist Party's prefix (中共: data/body-prefixes.tsv, kind party) begins a mention or ends right before it. */
function cpcWritten(text: string, lex: BodyLexicon, m: BodyMention): boolean {
  if (lex.prefixes.longestAt(text, m.start)?.values[0]?.kind === PARTY) return true
  for (let k = 1; k <= PREFIX_MAX && k <= m.start; k++) {
    const p = lex.prefixes.longestAt(text, m.start - k)
    if (p?.end === m.start && p.values[0]?.kind === PARTY) return true
  }
  return false
}
