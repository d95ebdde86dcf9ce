import { articleAt, type Doc } from '../doc/doc.js'
import type { CommitteeMention } from '../committees/extract.js'
import { committeeMentions } from '../committees/stage.js'
import { personLexicon, type Role } from './lexicon.js'
import type { NameMention } from './recognize.js'

export type RoleFinding = { roles: string[]; org: CommitteeMention | null; cppcc: boolean }

const SEP = /^[、，,\s]$/

/** Role words right after a name (徐勇委员, 胡斌同志). */
function rolesAfter(text: string, end: number): Role[] {
  const { roles, roleForms } = personLexicon()
  const f = roleForms.find((r) => text.startsWith(r, end))
  return f ? [roles.get(f)!] : []
}

/** Role words right before a name, through 、 (党委副书记、镇长何涛), with 原/前 kept; and where the chain starts. */
function rolesBefore(text: string, start: number): { found: Array<{ role: Role; as: string }>; from: number } {
  const { roles, roleForms } = personLexicon()
  const found: Array<{ role: Role; as: string }> = []
  let at = start
  // A byline sets names apart with spaces: 本报记者 高峰.
  while (at > 0 && /\s/.test(text[at - 1]!)) at--
  while (at > 0) {
    if (SEP.test(text[at - 1]!) && found.length) {
      const f0 = roleForms.find((r) => text.startsWith(r, at - 1 - r.length))
      if (!f0) break
      at -= 1
    }
    const f = roleForms.find((r) => at - r.length >= 0 && text.startsWith(r, at - r.length))
    if (!f) break
    at -= f.length
    const role = roles.get(f)!
    const prefix = /[原前]/.test(text[at - 1] ?? '') ? text[at - 1]! : ''
    if (prefix) at -= 1
    found.unshift({ role, as: prefix + role.as })
  }
  return { found, from: at }
}

/**
 * Roles, organisation and CPPCC membership of one name mention. The organisation is the body written
 * right before the role (市政协主席高志国 → 长春市政协); a 委员/常委 without one belongs to the
 * 政协 the article is about (the nearest earlier CPPCC mention in it).
 */
export function rolesOf(doc: Doc, m: NameMention): RoleFinding {
  const text = doc.text
  const before = rolesBefore(text, m.start)
  const after = rolesAfter(text, m.end)
  const all = [...before.found.map((b) => ({ role: b.role, as: b.as })), ...after.map((r) => ({ role: r, as: r.as }))]
  const cms = committeeMentions(doc)
  // The body ends where the roles begin, or inside a title that names it (吉林市委书记: 吉林市委 + 书记).
  let org = before.found.length ? (cms.find((c) => c.end === before.from) ?? cms.find((c) => c.kind === 'party' && c.end > before.from && c.end <= before.from + 2) ?? null) : null
  let roles = all.map((r) => r.as)
  // 市委书记胡斌: the party committee and 书记 make one title.
  if (org && org.kind === 'party' && /^副?书记$/.test(roles[0] ?? '')) {
    const rel = text.slice(org.start, org.end)
    if (/^[省市区县州]委$/.test(rel)) roles = [rel + roles[0]!, ...roles.slice(1)]
  }
  const cppccRole = all.some((r) => r.role.cppcc)
  if (!org && cppccRole && all.every((r) => r.role.kind === 'member' || r.role.kind === 'office')) org = nearestCppcc(doc, cms, m.start)
  // A 委员 or 常委 of no other body named is a CPPCC member in these reports.
  const cppcc = cppccRole && (org === null ? all.every((r) => r.role.kind === 'member') : org.kind === 'cppcc' || org.kind === 'cppcc-special')
  if (all.some((r) => r.role.kind === 'press' || r.role.kind === 'address')) return { roles: roles.filter((r) => r !== '同志'), org: null, cppcc: false }
  return { roles, org, cppcc }
}

function nearestCppcc(doc: Doc, cms: CommitteeMention[], pos: number): CommitteeMention | null {
  const art = articleAt(doc, pos)
  const inArt = cms.filter((c) => c.kind === 'cppcc' && articleAt(doc, c.start) === art)
  return inArt.filter((c) => c.end <= pos).at(-1) ?? inArt[0] ?? null
}

/** Names joined by 、 form a list: a role before the first or after the last applies to all. */
export function listGroups(doc: Doc, ms: NameMention[]): NameMention[][] {
  const groups: NameMention[][] = []
  for (const m of ms) {
    const g = groups.at(-1)
    const last = g?.at(-1)
    if (g && last && /^[、，\s]$/.test(doc.text.slice(last.end, m.start))) g.push(m)
    else groups.push([m])
  }
  return groups
}
