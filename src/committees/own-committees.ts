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
  const next = LIST.has(text.charCodeAt(m.end)) ? m.end + 1 : m.end
  return found.some((g) => g.kind === GOVERNMENT && g.region === m.region && g.start === next)
}
