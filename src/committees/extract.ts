import type { Division, PlaceMention } from '../places/types.js'
import type { RelativeLevel } from '../regions/home.js'
import type { CommitteeKind } from '../schema/result.js'
import type { Tokens } from '../segment/tokens.js'
import { UnitSet } from '../text/chars.js'
import type { Numerals } from '../text/numerals.js'
import { longest, organEnds, type Body, type BodyLexicon } from './lexicon.js'
import type { BodyMention } from './types.js'

type CommitteeMention = Omit<BodyMention, 'key'>

/** What finding bodies reads: the text's words and places, and how to resolve a relative region word. */
export type BodyInput = { text: string; tokens: Tokens; places: readonly PlaceMention[]; relative: (pos: number, rel: RelativeLevel) => Division | null }

const TITLE_AFTER = /^(?:委员|常委|主席|副主席|秘书长|副秘书长|主任|副主任)/
const RELATIVE_UNITS = UnitSet.of(['省市区县州镇乡旗'])
// 政协吉林市第十四届委员会第三次会议 / 中国人民政治协商会议吉林市委员会
const SESSION = /^(?:第([一二三四五六七八九十]{1,3})届)?委员会(?:第([一二三四五六七八九十]{1,3})次(?:全体)?会议)?/

/** There is no CPPCC committee below county level: 彭浦镇政协委员工作站 is a members' station. */
const admissible = (d: Division, b: Body) => !(b.kind === 'cppcc' && d.level === 'township')

/**
 * Stage step: every body mention. A body is found after a region: a place mention (长春市政协,
 * 中共吉林市委), a relative word resolved in context (市政协, 省发展改革委, 区人社局), 政协 + place +
 * 委员会 with term and session, national bodies (全国政协, 中共中央), and universities and institutes.
 */
export function findCommitteeMentions(input: BodyInput, lex: BodyLexicon, numerals: Numerals): CommitteeMention[] {
  const { organs: bodies, special, national } = lex
  const { text, tokens, places } = input
  const bodyOk = organEnds
  const cnSmall = (s: string | undefined) => (s ? numerals.parse(s) : null)
  const out: CommitteeMention[] = []
  const covered = new Uint8Array(text.length)
  for (const p of places) covered.fill(1, p.start, p.end)
  // 科技部门 is no 科技部: a national body ends where a word ends,
  // …or where a title follows (全国政协委员 is cut 全国 | 政协委员).
  const nationalEnds = (end: number) => tokens.isEnd[end] === 1 || !/[\u4e00-\u9fff]/.test(text[end] ?? '') || TITLE_AFTER.test(text.slice(end, end + 3))

  const withSpecial = (m: CommitteeMention): CommitteeMention => {
    if (m.kind !== 'cppcc') return m
    const sp = longest(special, text, m.end)
    return sp ? { ...m, end: sp.end, name: m.name + sp.value.canonical, kind: 'cppcc-special', rule: `${m.rule}+special` } : m
  }
  const regionName = (d: Division | null) => d?.name ?? null

  // Bodies after a place: 长春市政协, 吉林市委, 甘井子区数据局, 中共吉林市委; 政协吉林市第十四届委员会.
  for (const p of places) {
    if (!p.division) continue
    const d = p.division
    const before = (n: number) => text.slice(Math.max(0, p.start - n), p.start)
    const start = before(2) === '中共' || before(2) === '政协' ? p.start - 2 : p.start
    const fullTitle = before(10) === '中国人民政治协商会议'
    if (before(2) === '政协' || fullTitle) {
      const s = SESSION.exec(text.slice(p.end, p.end + 20))
      if (s) {
        const from = fullTitle ? p.start - 10 : start
        out.push({ start: from, end: p.end + s[0].length, name: `${d.name}政协`, kind: 'cppcc', region: d.name, division: d, term: cnSmall(s[1]), session: cnSmall(s[2]), rule: 'rule:committee-session' })
        continue
      }
    }
    const b = longest(bodies, text, p.end, bodyOk(text))
    if (!b || !admissible(d, b.value)) continue
    out.push(withSpecial({ start, end: b.end, name: d.name + b.value.canonical, kind: b.value.kind, region: d.name, division: d, term: null, session: null, rule: 'rule:place+body' }))
  }

  for (let i = 0; i < text.length; i++) {
    // Relative bodies: 市政协, 区人社局, 省委, 该市政协. The word must start here (城市政府 is no 市政府).
    if (RELATIVE_UNITS.has(text.charCodeAt(i)) && !covered[i] && (tokens.isStart[i] === 1 || text[i - 1] === '该')) {
      const ch = text[i]!
      const b = longest(bodies, text, i + 1, bodyOk(text))
      if (b) {
        const d = input.relative(i, ch as RelativeLevel)
        const name = d && admissible(d, b.value) ? d.name + b.value.canonical : null
        if (name) out.push(withSpecial({ start: i, end: b.end, name, kind: b.value.kind, region: regionName(d), division: d, term: null, session: null, rule: 'rule:relative+body' }))
        i = b.end - 1
        continue
      }
    }
    const n = !covered[i] && national.longestAt(text, i) ? longest(national, text, i, nationalEnds) : null
    if (n) {
      out.push(withSpecial({ start: i, end: n.end, name: n.value.canonical, kind: n.value.kind, region: '全国', division: null, term: null, session: null, rule: 'lexicon:national' }))
      i = n.end - 1
    }
  }
  for (const m of namedBodies(input, out)) out.push(m)
  return dedupe(out)
}

/**
 * Bodies named by a noun phrase before a body word, found on the segmenter's words:
 * universities and institutes (与长春中医药大学 → 长春中医药大学), the party branch or office of a
 * village, community or township (城西庄村党支部, 城北庄街道办事处), and offices of a named place
 * (北京市支援合作办公室).
 */
// Body words end the token (党支部 of 城西庄村党支部) or are the whole token (办公室).
const named = (words: string[], whole: boolean, rest: { phrase: RegExp; kind: CommitteeKind; needsPlace: boolean; rule: string }) => ({ words, body: new RegExp(`${whole ? '^' : ''}(?:${words.join('|')})$`), ...rest })
const NAMED = [
  named(['大学', '学院', '研究院', '研究所', '科学院'], false, { phrase: /^.{2,}$/, kind: 'other', needsPlace: false, rule: 'rule:university' }),
  named(['党支部', '党总支', '党工委', '党委'], false, { phrase: /^.{2,}(?:村|社区|街道|镇|乡)$/, kind: 'party', needsPlace: false, rule: 'rule:local-party' }),
  named(['办事处', '村委会', '居委会', '村民委员会', '居民委员会'], false, { phrase: /^.{2,}(?:村|社区|街道|镇|乡)$/, kind: 'government', needsPlace: false, rule: 'rule:local-office' }),
  named(['办公室', '管理局', '服务中心', '工程处'], true, { phrase: /^.{4,}$/, kind: 'government', needsPlace: true, rule: 'rule:place-office' }),
]
const PHRASE_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|vn|s)$/
// Between a named place and its office, verbs name the office's task (北京市支援合作办公室).
const PLACE_PHRASE_POS = /^(?:n|ns|nt|nz|nrt|nr|ng|j|x|vn|s|v)$/

function namedBodies({ text, tokens, places }: BodyInput, taken: CommitteeMention[]): CommitteeMention[] {
  const out: CommitteeMention[] = []
  const toks = tokens.list
  const placeStart = new Map(places.filter((p) => p.division).map((p) => [p.start, p]))
  const inBody = new Uint8Array(text.length)
  for (const c of taken) inBody.fill(1, c.start, c.end)
  toks.forEach((t, i) => {
    if (!BODY_LAST.has(t.word.charCodeAt(t.word.length - 1)) || !NAMED_ANY.test(t.word)) return
    const rule = NAMED.find((r) => r.body.test(t.word))
    if (!rule || inBody[t.start]) return
    // The body word may end a longer word (街道办事处): the part before it belongs to the phrase.
    const bodyStart = t.end - (rule.body.exec(t.word)?.[0].length ?? t.word.length)
    // Walk back over the content words right before the body word (at most four, within the sentence).
    let k = i
    let start = t.start
    const pos = rule.needsPlace ? PLACE_PHRASE_POS : PHRASE_POS
    while (k > 0 && i - k < 4 && pos.test(toks[k - 1]!.pos) && toks[k - 1]!.end === toks[k]!.start && /^[\u4e00-\u9fff]+$/.test(toks[k - 1]!.word)) {
      k--
      // An office needs a named place to begin its name: stop there.
      if (rule.needsPlace && placeStart.has(toks[k]!.start)) { start = toks[k]!.start; break }
      if (!rule.needsPlace) start = toks[k]!.start
    }
    if (rule.needsPlace && !placeStart.has(start)) return
    // A local body is named from its own place: 潞州区城北庄街道办事处 → 城北庄街道办事处.
    let above: PlaceMention | undefined
    for (let p = placeStart.get(start); rule.rule.startsWith('rule:local') && p && p.end < bodyStart - 2; p = placeStart.get(start)) { above = p; start = p.end }
    const phrase = text.slice(start, bodyStart)
    const name = text.slice(start, t.end)
    if (!rule.phrase.test(phrase)) return
    const region = (places.find((p) => p.division && p.start >= start && p.end <= t.end) ?? above)?.division ?? null
    out.push({ start, end: t.end, name, kind: rule.kind, region: region?.name ?? null, division: region, term: null, session: null, rule: rule.rule })
  })
  return out
}

// Any rule's body word (one test per token instead of one per rule), and before it the last units
// that those words can end with (a table look-up rejects almost every token).
const NAMED_ANY = new RegExp(NAMED.map((r) => r.body.source).join('|'))
const BODY_LAST = UnitSet.of(NAMED.flatMap((r) => r.words.map((w) => w.at(-1)!)))

/** Overlapping mentions: keep the longer (中国科学院长春应化所 over 中国科学院). */
function dedupe(ms: CommitteeMention[]): CommitteeMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: CommitteeMention[] = []
  for (const m of ms) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m
      continue
    }
    out.push(m)
  }
  return out
}
