import type { BodyMention } from '../committees/types.js'
import { bodyBeforeName, countClosesList, listClosingMember, rolesOf, type RoleFinding, type RoleInput } from './roles.js'
import { NAME_MIN, SINGLE_SURNAME_NAME_MAX, type NameMention } from './types.js'

// Lists of names and the titles they share: a title before the first name or after the last applies to
// every name (市政协副主席A、B、C; A、B等委员), and a list of titled names set apart by commas shares the
// body it names first (山西省广东商会会长曾建新，党支部书记李楚忠，执行会长庄绵升).

// An item of a name's length between two names of a list, that the recogniser did not take (…、刘小兵、陈金华、沈洁),
// also with the stray commas of the list's marks (姜國安,、張為民,、郭純青): the list goes on across it.
const MISSED_ITEM = new RegExp(`^[,，]?、\\p{Script=Han}{${NAME_MIN},${SINGLE_SURNAME_NAME_MAX}}[,，]?、$`, 'u')
// What joins two names of one list: 、 (a stray comma may come before it: 陈静薇,、王钢; stray spaces around it: 刘丹(女) 、李育梅),
// a comma or a space, after a short note in brackets (江国强（兼职）、甘海疆（专职）), or after a longer one with 、 only (委员A（县一中校长）、B（县医院院长）).
const NAME_JOIN = /^(?:(?:[（(][^（）()]{1,6}[）)])?(?:\s*[,，]?、\s*|[，\s])|[（(][^（）()]{7,24}[）)]\s*[,，]?、\s*)$/
// What sets apart the titled names of one list (…会长曾建新，党支部书记李楚忠、执行会长庄绵升).
const LIST_SEPARATOR = /^[，,、]$/

/** The end of a list, the body it named first, where that body is written with a relative region, and whether its titles are a 政协's. */
type ListEnd = { end: number; org: string | null; at: number | null; cppcc: boolean }

/** A name mention with the roles the text gives it, its own or its list's. */
export type Listed = { m: NameMention; f: RoleFinding }

/**
 * Names joined by 、 (or a space, in a byline) or by a conjunction (和, 以及) that closes a list of two or
 * more (A、B和C; 主席A和B may name two people who met): a title before the first or after the last applies to all.
 * Names run on with nothing between join a list only after a credit (通讯员关跃忠左维峥): `credited` says so of a start.
 */
export function listGroups(text: string, ms: readonly NameMention[], ands: ReadonlySet<string>, credited: (start: number) => boolean): NameMention[][] {
  const groups: NameMention[][] = []
  for (const m of ms) {
    const g = groups.at(-1)
    const last = g?.at(-1)
    const between = last ? text.slice(last.end, m.start) : ''
    if (g && last && (NAME_JOIN.test(between) || (g.length > 1 && ands.has(between)) || MISSED_ITEM.test(between) || (between === '' && credited(g[0]!.start)))) g.push(m)
    else groups.push([m])
  }
  return groups
}

/**
 * The names of the text in their lists, each with its roles: its own titles, else those the list shares
 * (a title before the first name or after the last, one announced for the list: 担任执行主席的有A、B、C).
 * Titles that say no body take the one the list named first (…会长曾建新，党支部书记李楚忠), and a credit that
 * closes a byline takes the body before its first name (（十堰市张湾区政协 叶克华 李梅 供稿）).
 */
export function listedRoles(input: RoleInput, names: readonly NameMention[], byEnd: ReadonlyMap<number, BodyMention>): Listed[][] {
  const out: Listed[][] = []
  // The end of the list before, the body it named first and where that body is written with a relative region.
  let before: ListEnd | null = null
  for (const group of listGroups(input.text, names, input.lex.titleWords.ands, (start) => creditBefore(input, start))) {
    const found = group.map((m) => rolesOf(input, m, byEnd))
    const f0 = found[0]!
    const from = continued(input.text, before, f0.from ?? group[0]!.start)
    const carried = from?.org ?? null
    // An office read as a 政协's for want of a body (秘书长C after 主委A，副主委B) is one of the list's body, a 政协 or not.
    if (f0.open && carried) found[0] = { ...f0, org: carried, at: from?.at ?? f0.at, cppcc: f0.cppcc && from!.cppcc }
    const first = found[0]!.roles.length ? found[0]! : announced(input, group[0]!.start, byEnd) ?? found[0]!
    let last = found.at(-1)!
    // A credit that closes a byline whose first name has its credit before it (记者王澍、周春摄, 记者 A B C 摄影报道) is
    // every name's second credit, as after one credited name (记者姚大伟摄 → 记者, 摄: README): the list shares both.
    // …only where the first name's roles are credits (市政协副主席张三、李四摄: the office is no credit, review r32).
    if (last.closing && group.length > 1 && found[0]!.roles.length && found[0]!.roles.every((r) => input.lex.isCredit(r)) && found.length > 1 && !found.slice(1, -1).some((f) => f.roles.length)) {
      last = { ...found[0]!, roles: [...new Set([...found[0]!.roles, ...last.roles])] }
      found.fill(last)
    }
    else if (last.closing && last.org === null && group.length > 1) last = { ...last, org: bodyBeforeName(input, group[0]!.start, byEnd)?.name ?? null }
    // A title given by a verb of election after the last name (市政协副主席A、B为第二视察分团团长) is every name's,
    // beside the title before the first: the list shares both.
    else if (last.elected && group.length > 1 && found[0]!.from !== null && found[0]!.roles.length && !found.slice(1, -1).some((f) => f.roles.length)) {
      last = { ...found[0]!, roles: [...new Set([...found[0]!.roles, ...last.roles])] }
      found.fill(last)
    }
    // Titles set after the last name by a comma, in a list whose title is written before its first name (区政协副主席A、B、C，
    // 区政协秘书长，相关处室负责同志): an office whose holder the text leaves unnamed, no title of the list (dev 680).
    else if (unnamedAfterTitledList(input.text, group, found)) last = found[0]!
    const listed = group.map((m, i): Listed => {
      const f = i === group.length - 1 ? last : found[i]!
      return { m, f: f.roles.length ? f : group.length > 1 && last.roles.length && i < group.length - 1 ? last : first }
    })
    sharedBefore(input, group, found, listed, byEnd)
    sharedAcrossCount(input, group, found, listed)
    const own = listed.at(-1)!.f
    // A list that names a body of its own (…县长A，县政协主席B，一级调研员C) passes that body on, not the one before it;
    // a part of the body before (市政协副秘书长A、教科卫体委主任B、机关党委书记C) passes the body before on.
    before = carried && (f0.open || !f0.roles.length || (f0.org ?? '').startsWith(carried)) ? { end: group.at(-1)!.end, org: carried, at: from?.at ?? null, cppcc: from!.cppcc } : { end: group.at(-1)!.end, org: own.org, at: own.at, cppcc: own.cppcc }
    out.push(listed)
  }
  closedByMembers(input, out)
  return out
}

// The comma that sets titles after a name apart from it (A，市政协委员).
const APPOSITION_COMMA = /^[，,]$/

/** Whether the last name of a list titled before its first has only titles set after it by a comma, and no name between has any. */
function unnamedAfterTitledList(text: string, group: readonly NameMention[], found: readonly RoleFinding[]): boolean {
  const first = found[0]!
  const last = found.at(-1)!
  if (group.length < 2 || first.from === null || !first.roles.length || last.from !== null || !last.roles.length) return false
  if (last.closing || last.elected || last.address || found.slice(1, -1).some((f) => f.roles.length)) return false
  return APPOSITION_COMMA.test(text[group.at(-1)!.end] ?? '')
}

/** Whether a newsroom credit (data/roles.tsv kind press) is written right before `start` (通讯员关跃忠). */
function creditBefore({ text, lex }: RoleInput, start: number): boolean {
  const credit = lex.roleEndingAt(text, start)
  return credit !== undefined && lex.isCredit(credit)
}

// What joins titled names of one list, each a list of its own (副院长A、主任B): 、 (a stray comma before it), then the
// next name's titles and the office written before them (骨三科主任, 妇科三区副主任), Han characters only.
const TITLED_JOIN = /^[,，]?、\p{Script=Han}{1,16}$/u
// The longest titles of a name after a conjunction that joins it to the name before (和妇科三区副主任).
const TITLED_AND_MAX = 16

/** Whether `between` joins two titled names of one list: 、 or a conjunction, then the second name's titles. */
function titledJoin(input: RoleInput, between: string): boolean {
  if (TITLED_JOIN.test(between)) return true
  const and = [...input.lex.titleWords.ands].find((w) => between.startsWith(w))
  const rest = and === undefined ? '' : between.slice(and.length)
  return rest.length > 0 && rest.length <= TITLED_AND_MAX && /^\p{Script=Han}+$/u.test(rest)
}

/**
 * Titled names listed by 、 or a conjunction (副院长A、骨三科主任B和副主任C), each a list of its own, closed by 等 or a count
 * and a 政协 member's title (…C四位政协委员, …C等政协委员): the title is every name's, as after a list of untitled names,
 * and its 政协 their org where no title of theirs is a 政协's.
 */
function closedByMembers(input: RoleInput, lists: Listed[][]): void {
  for (let j = lists.length - 1; j > 0; j--) {
    const last = lists[j]!.at(-1)!
    const as = last.f.cppcc ? listClosingMember(input, last.m.end) : null
    if (!as) continue
    let k = j
    for (; k > 0; k--) {
      const prev = lists[k - 1]!
      const next = lists[k]![0]!
      if (next.f.from === null || prev.some((l) => !l.f.roles.length || l.f.from === null) || !titledJoin(input, input.text.slice(prev.at(-1)!.m.end, next.m.start))) break
    }
    for (let i = k; i < j; i++) {
      for (const l of lists[i]!) if (!l.f.roles.includes(as)) l.f = { ...l.f, roles: [...l.f.roles, as], org: l.f.cppcc ? l.f.org : last.f.org, cppcc: true }
    }
  }
}

/** The list before, where the titles of a list beginning at `start` go on from it (…会长曾建新，党支部书记李楚忠). */
function continued(text: string, before: ListEnd | null, start: number): ListEnd | null {
  return before !== null && LIST_SEPARATOR.test(text.slice(before.end, start)) ? before : null
}

/** The title (or the body of leaders) a clause announces right before a list of names (担任执行主席的有…, 常务主席为…), read as if written before it. */
function announced(input: RoleInput, start: number, byEnd: ReadonlyMap<number, BodyMention>): RoleFinding | null {
  // Announcing words may follow one another (担任执行主席的有：A、B).
  let at = start
  for (let m = input.lex.titleWords.announces.longestEndingAt(input.text, at); m && m.start < at; m = input.lex.titleWords.announces.longestEndingAt(input.text, at)) at = m.start
  if (at === start) return null
  const f = rolesOf(input, { start: at, end: start, name: '', score: 0, rule: '' }, byEnd)
  // …or the body whose leaders it names (出席会议的市政协领导有A、B).
  return f.roles.length || f.org ? f : null
}

/**
 * A CPPCC title before the first name of a list is every name's, also of those with titles of their own in
 * brackets (政协委员A（县一中校长）、B（县医院院长）: B is a 委员 and a 院长 of the 政协 before).
 */
function sharedBefore(input: RoleInput, group: readonly NameMention[], found: readonly RoleFinding[], listed: Listed[], byEnd: ReadonlyMap<number, BodyMention>): void {
  if (group.length < 2 || found[0]!.from === null || !found[0]!.cppcc) return
  const at = group[0]!.start
  const before = rolesOf(input, { start: at, end: at, name: '', score: 0, rule: '' }, byEnd)
  if (before.from === null || !before.cppcc || !before.roles.length) return
  for (let i = 1; i < group.length; i++) {
    const f = found[i]!
    if (!f.roles.length || f.from !== null || f.cppcc || f.address || f.closing) continue
    listed[i] = { m: group[i]!, f: { ...before, roles: [...new Set([...before.roles, ...f.roles])] } }
  }
}

/**
 * A title before the first name and one after a count that closes the list (省政协委员魏明灯、刘明华两位教授) are both every
 * name's, where no name between has titles of its own: the body is the one before the first name (dev 1226: both 委员 and 教授).
 */
function sharedAcrossCount(input: RoleInput, group: readonly NameMention[], found: readonly RoleFinding[], listed: Listed[]): void {
  const first = found[0]!
  const last = found.at(-1)!
  if (group.length < 2 || first.from === null || !first.roles.length || !last.roles.length || last.from !== null || last.closing || last.elected) return
  if (found.slice(1, -1).some((f) => f.roles.length) || !countClosesList(input, group.at(-1)!.end)) return
  const shared: RoleFinding = { ...first, roles: [...new Set([...first.roles, ...last.roles])] }
  for (let i = 0; i < group.length; i++) listed[i] = { m: group[i]!, f: shared }
}
