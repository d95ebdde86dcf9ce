import { every, isHan, isWhitespace } from '../text/chars.js'
import { DATELINE_CLOSE, ENUMERATION_COMMA, HAN_SMALL } from '../text/grammar.js'
import type { PersonLexicon } from './lexicon.js'
import { NAME_MAX, SINGLE_SURNAME_NAME_MAX, type NameMention } from './types.js'

// Lists of names and bylines, as the person recogniser reads them: a list whose names carry notes in
// brackets (江国强（兼职）、甘海疆（专职）), and the names of a byline in brackets (（记者 邢利宇 郑巧）).

// The longest note in brackets between the names of a list (（兼职）, （女，回族）).
const NOTE_MAX = 6
// The longest byline in brackets (（记者 邢利宇 郑巧）) and the longest verb that closes its credit (摄, 采写).
const BYLINE_MAX = 24
const CREDIT_VERB_MAX = 2

const some = (flags: Uint8Array, s: number, e: number) => {
  for (let k = s; k < e; k++) if (flags[k]) return true
  return false
}

// A news agency's dateline just before a bracket (中新网北京2月27日电 （李百加 程小路）).
const DATELINE_END = new RegExp(String.raw`${DATELINE_CLOSE}\s*$`)

/**
 * The items of a list of names that each carry a note in brackets (江国强（兼职）、甘海疆（专职）、曾飒爽
 * （兼职）): an item that begins with a surname, written between two such names or after one that is
 * itself listed, with a note of its own, is a name however the segmenter cut it (曾/d 飒爽/z). So is an
 * item without notes that `plainItem` (the segmenter's reading) allows: between two names of a 、-list, the
 * last of a list of three or more closed by 等, or the last of a reporters' credit (记者刘明、果永新报道).
 */
export function notedItems(lex: PersonLexicon, blocked: Uint8Array, text: string, taken: readonly NameMention[], score: number, plainItem: (s: number, e: number) => boolean): NameMention[] {
  const out: NameMention[] = []
  const ends = new Set(taken.map((t) => t.end))
  taken.forEach((t, k) => {
    const mark = noteAfter(text, t.end)
    if (text.charCodeAt(mark) !== ENUMERATION_COMMA) return
    const s = mark + 1
    let e = s
    while (e < text.length && e - s <= NAME_MAX && isHan(text.charCodeAt(e))) e++
    // The last item may run on into the 等 that closes the list (苗海等在, 苗海等。) or the verb that closes a
    // credit (记者刘明、果永新报道): it ends there.
    if (text.charCodeAt(e) !== ENUMERATION_COMMA && noteAfter(text, e) === e) {
      for (let w = s + 2; w <= Math.min(e - 1, s + NAME_MAX); w++) if (lex.titleWords.others.longestAt(text, w) || lex.creditVerbAt(text, w)) { e = w; break }
    }
    const itemMark = noteAfter(text, e)
    const next = taken[k + 1]
    if (e - s < 2 || e - s > NAME_MAX || some(blocked, s, e)) return
    const noted = mark > t.end && itemMark > e && !(next && next.start <= itemMark)
    // Without notes, an item that the segmenter read as no ordinary word, between two names of the list,
    // each set apart by 、 (王建军、厉无畏、钮小明), or closing a list of three or more with 等 (丁明、朱建华、苗海等).
    const listedBefore = text.charCodeAt(t.start - 1) === ENUMERATION_COMMA && ends.has(noteBefore(text, t.start - 1))
    const between = text.charCodeAt(e) === ENUMERATION_COMMA && next?.start === e + 1
    const closing = listedBefore && lex.titleWords.others.longestAt(text, e) !== undefined && !(next && next.start < e + 1)
    // The last name of a reporters' credit, before the verb that closes it (记者刘明、果永新报道), needs no
    // surname the lexicon knows.
    const credit = lex.roleEndingAt(text, t.start)
    const credited = credit !== undefined && lex.isCredit(credit) && lex.creditVerbAt(text, e) !== undefined && e - s <= SINGLE_SURNAME_NAME_MAX && !(next && next.start < e + 1)
    const plain = mark === t.end && itemMark === e && (between || closing || credited) && plainItem(s, e)
    if (!noted && !plain) return
    if (plain && credited) { out.push({ start: s, end: e, name: text.slice(s, e), score, rule: 'list-item' }); return }
    // A surname and one or two characters.
    if (![2, 1].some((sl) => lex.surnamePriorAt(text, s, sl) !== undefined && e - s - sl >= 1 && e - s - sl <= 2)) return
    // The list goes on on both sides, or it began before this name.
    if (!listedBefore && next?.start !== itemMark + 1) return
    out.push({ start: s, end: e, name: text.slice(s, e), score, rule: 'list-item' })
  })
  return out
}

/** Whether [s, e) is a credit of data/roles.tsv written whole (记者, 本报记者). */
const wholeCredit = (lex: PersonLexicon, text: string, s: number, e: number): boolean => {
  const r = lex.roleAt(text, s)
  return r !== undefined && s + r.length === e && lex.isCredit(r)
}

/**
 * The names of a byline in brackets, as start → end: one closing a paragraph (…发展。（申亚静）), after a
 * credit (（记者 邢利宇 郑巧）) or after a dateline (中新网北京2月27日电 （李百加 程小路）): nothing but names
 * set apart by spaces. The body that sends the report may open it as a credit does (（武胜县政协 夏青）): a
 * first item that is a body found on the page, `senders` as start → end.
 */
export function bracketedBylines(lex: PersonLexicon, text: string, senders: ReadonlyMap<number, number> = new Map()): Map<number, number> {
  const out = new Map<number, number>()
  for (let open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
    // Only as far as the longest byline: a bracket left open costs no search to the text's end.
    const within = text.slice(open, open + BYLINE_MAX + 1).indexOf('）')
    if (within < 0) continue
    const close = open + within
    let k = open + 1
    const credit = lex.roleAt(text, k)
    const press = credit !== undefined && lex.isCredit(credit)
    if (press) k += credit.length
    // …or the body that sends it, set apart from the names by a space (（满城区政协  李新战）).
    const sender = press ? undefined : senders.get(k)
    const sent = sender !== undefined && sender < close && isWhitespace(text.charCodeAt(sender))
    if (sent) k = sender
    const credited = press || sent
    // …and a verb that closes the credit: （记者 李明 摄）, （记者李明摄）.
    let end = close
    for (let v = Math.max(k, close - CREDIT_VERB_MAX); v < close; v++) {
      if (lex.creditVerbAt(text, v) && v + lex.creditVerbAt(text, v)!.length === close) { end = v; break }
    }
    const items: Array<[number, number]> = []
    for (const m of text.slice(k, end).matchAll(/\S+/g)) items.push([k + m.index, k + m.index + m[0].length])
    // A credit written whole after the first, set apart by a space (（文/图 记者 岳耀军）, （摄影 本报记者 王芳）), is a
    // credit too, no name: the names follow it, if any (（文/图 记者）: credits only, no name).
    while (press && items.length && wholeCredit(lex, text, items[0]![0], items[0]![1])) items.shift()
    if (!items.length || !items.every(([s, e]) => e - s >= 2 && e - s <= NAME_MAX && every(text, s, e, isHan))) continue
    const closes = close + 1 === text.length || text.charCodeAt(close + 1) === 10
    const dateline = DATELINE_END.test(text.slice(Math.max(0, open - 6), open))
    if (credited || dateline || closes) for (const [s, e] of items) out.set(s, e)
  }
  return out
}

/**
 * The names of a credit line written without brackets, as start → end: a credit, a colon, and two or
 * more names set apart by spaces up to the end of the line or a mark (作者：李宏 鲍蔓华 | 来源, 编辑：付波
 * 熊哲). One name after a credit needs no help; two or more are set apart only by the space. `penNames`
 * gets the one name of two characters that closes its line (编辑：意杨, 作者：香山, 責任編輯：大紅): a pen
 * name may have no surname, and the credit, the colon and the line's end say where it is; and one of three beginning with a surname.
 */
export function creditLines(lex: PersonLexicon, text: string, penNames?: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>()
  for (let colon = text.search(COLON); colon >= 0; colon = nextColon(text, colon + 1)) {
    const credit = lex.roleEndingAt(text, colon)
    if (credit === undefined || !lex.isCredit(credit)) continue
    const items: Array<[number, number]> = []
    let k = colon + 1
    for (;;) {
      while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0x3000) k++
      const s = k
      while (k < text.length && isHan(text.charCodeAt(k))) k++
      if (k === s) break
      items.push([s, k])
      const c = text.charCodeAt(k)
      if (c !== 32 && c !== 0x3000) break
    }
    // The credited unit may come first, a body ending in a final noun (图文:黄埔区政协办 廖丸谊; dev 1042): the names follow
    // it, one enough, as after the credit itself.
    const unit = items.length >= 2 && items[0]![1] - items[0]![0] > NAME_MAX && lex.finalNoun.has(text.charCodeAt(items[0]![1] - 1)) ? items.shift() : undefined
    // The line goes on after the last name only with a mark (| 来源, ）), never with more words.
    const last = items.at(-1)
    if (penNames && !unit && items.length === 1 && lineEnds(text, last![1]) && (last![1] - last![0] === PEN_NAME || fullName(lex, text, last![0], last![1]))) penNames.set(last![0], last![1])
    if (items.length < (unit ? 1 : 2) || !items.every(([s, e]) => e - s >= 2 && e - s <= NAME_MAX) || (last && isHan(text.charCodeAt(last[1])))) continue
    for (const [s, e] of items) if (lex.roleAt(text, s) === undefined) out.set(s, e)
  }
  return out
}

/**
 * The names of a byline written without a colon, as [start, end): a credit, a space, and names set apart by spaces to the
 * end of the line (人民日报记者 李心萍 祝大伟 刘新吾 游仪; 记者 沈洁 通讯员 计益婷), a verb closing the credit left out (记者 林海波
 * 摄). A two-character name padded with a space to the width of three (游 仪) is one item here: normalisation keeps the space
 * before it and drops the one inside (src/normalize/06-spaces.ts).
 */
export function spacedBylines(lex: PersonLexicon, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let gap = text.indexOf(' '); gap >= 0; gap = text.indexOf(' ', gap + 1)) out.push(...spacedByline(lex, text, gap))
  return out
}

function spacedByline(lex: PersonLexicon, text: string, gap: number): Array<[number, number]> {
  const credit = lex.roleEndingAt(text, gap)
  if (credit === undefined || !lex.isCredit(credit)) return []
  const items: Array<[number, number]> = []
  let k = gap
  for (;;) {
    while (isCreditSpace(text.charCodeAt(k))) k++
    const s = k
    while (k < text.length && isHan(text.charCodeAt(k))) k++
    if (k === s) break
    items.push([s, k])
    if (!isCreditSpace(text.charCodeAt(k))) break
  }
  // The line ends after the last item (trailing spaces aside).
  while (isCreditSpace(text.charCodeAt(k))) k++
  if (!lineEnds(text, k)) return []
  const last = items.at(-1)
  if (last && lex.creditVerbAt(text, last[0])?.length === last[1] - last[0]) items.pop()
  // …also where normalisation joined a one-character verb to the last name (记者 唐斌 摄 → 唐斌摄).
  else if (last && last[1] - last[0] > 2 && lex.creditVerbAt(text, last[1] - 1)?.length === 1) last[1]--
  if (!items.length || !items.every(([s, e]) => e - s >= 2 && e - s <= NAME_MAX)) return []
  return items.filter(([s]) => lex.roleAt(text, s) === undefined)
}

/** A space of either width, as a byline writes it between a credit and a name. */
export const isCreditSpace = (c: number) => c === 32 || c === 0x3000

// The length of a pen name that closes a credit line (意杨, 香山, 小米): longer items there are accounts (深圳发布).
const PEN_NAME = 2
/**
 * A surname and a given name of two characters (责任编辑: 秦金月⏎: dev 1337), which the segmenter may cut before a line's
 * end (秦金/x 月/m) where the credit, the colon and the line's end say where the name is.
 */
const fullName = (lex: PersonLexicon, text: string, s: number, e: number) => e - s === FULL_NAME && lex.surnamePriorAt(text, s, 1) !== undefined
const FULL_NAME = 3
const lineEnds = (text: string, i: number) => i === text.length || text.charCodeAt(i) === 10

const COLON = /[：:]/
function nextColon(text: string, from: number): number {
  const k = text.slice(from).search(COLON)
  return k < 0 ? -1 : from + k
}

/**
 * Where the word before the mark at `at` ends, across a short note in brackets before it (甘海疆（专职）、;
 * 副主席（兼）赵明光): `at` without one. A note holds at most `max` characters.
 */
export function noteBefore(text: string, at: number, max = NOTE_MAX): number {
  const close = text.charCodeAt(at - 1)
  if (close !== 0xff09 && close !== 0x29) return at
  for (let k = at - 2; k >= Math.max(0, at - 2 - max); k--) {
    const c = text.charCodeAt(k)
    if (c === 0xff08 || c === 0x28) return k < at - 2 ? k : at
    if (c === 0xff09 || c === 0x29 || c === 10) return at
  }
  return at
}

/** Where the mark after a name ending at `e` is, across a short note in brackets (江国强（兼职）、): `e` without one. */
export function noteAfter(text: string, e: number): number {
  const open = text.charCodeAt(e)
  if (open !== 0xff08 && open !== 0x28) return e
  for (let k = e + 1; k <= e + 1 + NOTE_MAX && k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === 0xff09 || c === 0x29) return k > e + 1 ? k + 1 : e
    if (c === 0xff08 || c === 0x28 || c === 10) return e
  }
  return e
}

// Marks that close the last item of a list of names where the sentence goes on (、季平，, 、季平。).
const ITEM_CLOSE = /[，。；,;]/
// The least mean fit of a given name's characters, and the least of any one, for an item that the list alone makes a
// name (季平: 0.85; 干部: −1.21, 群众 has no surname): the list carries a name the segmenter took for a word, not a word.
const LISTED_GIVEN_MEAN = 0
const LISTED_GIVEN_MIN = -1.2

/**
 * The items of a 、-list of names opened by a title (区政协副主席施辉、王沈康、葛涛、季平、顾建军参加活动) that the
 * recogniser left out because the segmenter read them as ordinary words (季平/n, 顾/v 建军/n): the list's position
 * makes each a name, as the title is given once for all. Only after two names of the list already taken, item by
 * item from the last of them, while each item is a surname and a given name of one or two characters whose characters
 * names use; and only where the list then ends as a list of names does (see namesClosedAt): a list that goes on with
 * items no name (卫生、教育等部门) or ends in a word of things (卫生等部门) was one of words.
 */
export function titledListItems(lex: PersonLexicon, blocked: Uint8Array, text: string, taken: readonly NameMention[], score: number): NameMention[] {
  const out: NameMention[] = []
  const byStart = new Map(taken.map((t) => [t.start, t]))
  const inChain = new Set<NameMention>()
  for (const head of taken) {
    if (inChain.has(head) || lex.roleEndingAt(text, head.start) === undefined) continue
    let cur = head
    let names = 1
    const items: NameMention[] = []
    for (;;) {
      inChain.add(cur)
      const mark = noteAfter(text, cur.end)
      if (text.charCodeAt(mark) !== ENUMERATION_COMMA) {
        if (items.length && namesClosedAt(lex, text, mark)) out.push(...items)
        break
      }
      const next = byStart.get(mark + 1)
      if (next) { cur = next; names++; continue }
      if (names < 2) break
      const s = mark + 1
      const e = listedItemEnd(lex, text, s)
      if (e === undefined || some(blocked, s, e) || lex.roleAt(text, s) !== undefined || !listedName(lex, text, s, e)) break
      const item: NameMention = { start: s, end: e, name: text.slice(s, e), score, rule: 'list-item' }
      items.push(item)
      cur = item
      names++
    }
  }
  return out
}

// A numeral that counts the names before (等5人, 等三位).
const COUNT_START = new RegExp(`[0-9０-９${HAN_SMALL}]`)

/**
 * Whether a list of names ends at `at`: a mark, a verb of presence or speech or a cue written after names (参加, 表示,
 * 率队), or 等 before one of those, a title, a word of leaders or a count (等领导, 等5人; not 等部门).
 */
function namesClosedAt(lex: PersonLexicon, text: string, at: number): boolean {
  const closes = (k: number) => ITEM_CLOSE.test(text[k] ?? '。') || lex.presenceAt(text, k) !== undefined || lex.verbAt(text, k) !== undefined || lex.cueAt(text, k) !== undefined
  if (closes(at)) return true
  const others = lex.titleWords.others.longestAt(text, at)
  if (!others) return false
  const k = others.end
  return closes(k) || lex.roleAt(text, k) !== undefined || lex.titleWords.leaders.longestAt(text, k) !== undefined || COUNT_START.test(text[k] ?? '')
}

/** Where a list item that begins at `s` ends: at a 、, a mark or a note, or before 等 or a verb or cue written after names. */
function listedItemEnd(lex: PersonLexicon, text: string, s: number): number | undefined {
  for (let e = s + 2; e <= s + NAME_MAX; e++) {
    if (!isHan(text.charCodeAt(e - 1))) return undefined
    if (text.charCodeAt(e) === ENUMERATION_COMMA || noteAfter(text, e) > e || namesClosedAt(lex, text, e)) return e
  }
  return undefined
}

/** A surname and a given name of one or two characters that names use (季平, 顾建军; not 干部). */
function listedName(lex: PersonLexicon, text: string, s: number, e: number): boolean {
  return [2, 1].some((sl) => {
    const g = e - s - sl
    if (g < 1 || g > 2 || lex.surnamePriorAt(text, s, sl) === undefined) return false
    let sum = 0
    for (let k = s + sl; k < e; k++) {
      const fit = lex.given[text.charCodeAt(k)]!
      if (fit < LISTED_GIVEN_MIN) return false
      sum += fit
    }
    return sum / g >= LISTED_GIVEN_MEAN
  })
}
