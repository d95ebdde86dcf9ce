import type { BodyMention as CommitteeMention } from '../committees/types.js'
import { articleAt, type Structure } from '../structure/types.js'
import type { PersonLexicon, Role } from './lexicon.js'
import type { NameMention } from './types.js'

export type RoleFinding = { roles: string[]; org: CommitteeMention | null; cppcc: boolean }

/** What attaching roles reads: the text, its structure, the bodies found, and the person lexicon. */
export type RoleInput = { text: string; structure: Structure; bodies: readonly CommitteeMention[]; lex: PersonLexicon }

const SEP = /^[、，,\s]$/

/** Role words right after a name (徐勇委员, 胡斌同志). */
function rolesAfter(lex: PersonLexicon, text: string, end: number): Role[] {
  const { roles, roleAt } = lex
  const f = roleAt(text, end)
  return f ? [roles.get(f)!] : []
}

/** Role words right before a name, through 、 (党委副书记、镇长何涛), with 原/前 kept; and where the chain starts. */
function rolesBefore(lex: PersonLexicon, text: string, start: number): { found: Array<{ role: Role; as: string }>; from: number } {
  const { roles, roleEndingAt } = lex
  const found: Array<{ role: Role; as: string }> = []
  let at = start
  // A byline sets names apart with spaces: 本报记者 高峰.
  while (at > 0 && /\s/.test(text[at - 1]!)) at--
  while (at > 0) {
    if (SEP.test(text[at - 1]!) && found.length) {
      if (!roleEndingAt(text, at - 1)) break
      at -= 1
    }
    const f = roleEndingAt(text, at)
    if (!f) break
    at -= f.length
    const role = roles.get(f)!
    const prefix = /[原前]/.test(text[at - 1] ?? '') ? text[at - 1]! : ''
    if (prefix) at -= 1
    found.unshift({ role, as: prefix + role.as })
  }
  return { found, from: at }
}

type Segment = { roles: string[]; kinds: Role[]; org: CommitteeMention | null }

/**
 * The titles written before a name, as segments of body + roles joined by 、:
 * 全国政协委员、水利部黄河水利委员会原主任岳中明 → [全国政协: 委员], [水利部黄河水利委员会: 原主任].
 */
function segmentsBefore(input: RoleInput, start: number): Segment[] {
  const { text, bodies: cms } = input
  const segments: Segment[] = []
  let at = start
  for (;;) {
    const r = rolesBefore(input.lex, text, at)
    if (r.found.length === 0) break
    // The body ends where the roles begin, or inside a title that repeats it (全国政协委员: 全国政协 + 政协委员).
    const org = cms.find((c) => c.end === r.from) ?? cms.find((c) => c.start < r.from && c.end > r.from && c.end <= r.from + 2) ?? null
    let roles = r.found.map((f) => f.as)
    // 市委书记胡斌: the party committee and 书记 make one title.
    if (org && org.kind === 'party' && /^副?书记$/.test(roles[0] ?? '')) {
      const rel = text.slice(org.start, org.end)
      if (/^[省市区县州]委$/.test(rel)) roles = [rel + roles[0]!, ...roles.slice(1)]
    }
    segments.unshift({ roles, kinds: r.found.map((f) => f.role), org })
    at = org ? Math.min(org.start, r.from) : r.from
    if (text[at - 1] !== '、') break
    at -= 1
  }
  return segments
}

const isCppcc = (c: CommitteeMention | null) => c !== null && (c.kind === 'cppcc' || c.kind === 'cppcc-special')

/**
 * Roles, organisation and CPPCC membership of one name mention. The organisation is the body written
 * before the role (市政协主席高志国 → 长春市政协); where a person holds several titles, the CPPCC one
 * (全国政协委员、…原主任岳中明 → 全国政协); a 委员/常委 without a body belongs to the 政协 the
 * article is about (the nearest earlier CPPCC mention in it).
 */
export function rolesOf(input: RoleInput, m: NameMention): RoleFinding {
  const segments = segmentsBefore(input, m.start)
  const after = rolesAfter(input.lex, input.text, m.end)
  const kinds = [...segments.flatMap((s) => s.kinds), ...after]
  const roles = [...segments.flatMap((s) => s.roles), ...after.map((r) => r.as)]
  if (kinds.some((r) => r.kind === 'press' || r.kind === 'address')) return { roles: roles.filter((r) => r !== '同志'), org: null, cppcc: false }
  // A CPPCC title among several makes the person a member: 全国政协委员、…原主任; 政协常委、…教授.
  const cppccSegment = segments.find((s) => s.kinds.some((k) => k.cppcc) && (isCppcc(s.org) || (s.org === null && s.kinds.every((k) => k.kind === 'member'))))
  if (cppccSegment && (cppccSegment.org || segments.length > 1)) return { roles, org: cppccSegment.org, cppcc: true }
  let org = segments.at(-1)?.org ?? null
  const cppccRole = kinds.some((r) => r.cppcc)
  if (!org && cppccRole && kinds.every((r) => r.kind === 'member' || r.kind === 'office')) org = nearestCppcc(input, m.start)
  // A 委员 or 常委 of no other body named is a CPPCC member in these reports.
  const cppcc = cppccRole && (org === null ? kinds.every((r) => r.kind === 'member') : isCppcc(org))
  return { roles, org, cppcc }
}

function nearestCppcc({ structure, bodies }: RoleInput, pos: number): CommitteeMention | null {
  const art = articleAt(structure, pos)
  const inArt = bodies.filter((c) => c.kind === 'cppcc' && articleAt(structure, c.start) === art)
  return inArt.filter((c) => c.end <= pos).at(-1) ?? inArt[0] ?? null
}

/** Names joined by 、 form a list: a role before the first or after the last applies to all. */
export function listGroups(text: string, ms: NameMention[]): NameMention[][] {
  const groups: NameMention[][] = []
  for (const m of ms) {
    const g = groups.at(-1)
    const last = g?.at(-1)
    if (g && last && /^[、，\s]$/.test(text.slice(last.end, m.start))) g.push(m)
    else groups.push([m])
  }
  return groups
}
