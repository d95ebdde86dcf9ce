import { bareParties, type BodyMention } from '../committees/types.js'
import type { PlaceMention } from '../places/types.js'
import type { Person } from '../schema/result.js'
import { containedIn, overlapsAny, type SpanMaker } from '../spans/index.js'
import { partitionPoint } from '../text/bisect.js'
import { spacesBefore } from '../text/chars.js'
import { NATIONAL } from '../text/grammar.js'
import type { EnRoles } from './lexicon.js'
import { withoutTitleLevel } from './lexicon.js'
import { TitlePattern } from './title-pattern.js'
import type { EnName } from './names.js'
import { compromise } from './nlp.js'

/** What the text writes beside one mention of a name: its titles and the body they are of. */
type Finding = {
  roles: string[]
  body: BodyMention | null
  cppcc: boolean
  before: boolean
  ofCommittee?: true
  /** The title was written in the plural (Vice Chairmen A, B and C; A, B and C, vice chairmen of …): it is each name's. */
  plural?: true
  /** Where the titles written before a name begin in the text (where others may be chained before them). */
  from?: number
  /** Where the titles end in the text. */
  end?: number
  /** The title is the group's a name is named among (advisers including A): a title written beside the name replaces it. */
  weak?: true
  /** Titles written of something named that is no listed body (chairman of Zhongyi Machinery): not the page's CPPCC's. */
  elsewhere?: string[]
  /** A title written after the word CPPCC that makes no member (CPPCC spokesperson): its body is the page's CPPCC committee. */
  cppccWord?: true
  /** A title written of a region and nothing else (chairman of the Guangxi Zhuang Autonomous Region): no CPPCC committee's. */
  ofRegion?: true
  /** A plural title "among the" whose "of" complement is a group that is no body (the members of the delegation): no page CPPCC. */
  ofGroup?: true
  /** Titles of an office inside their body (director of the general office of X): no CPPCC membership by that body. */
  inOffice?: string[]
  /** A firm a title is written of (chairman of the New Hope Group): no listed body, the org where no body is. */
  firm?: string
  /**
   * A CPPCC title with no listed body written, first or after others (CPPCC member and president of X; president of X and a
   * CPPCC member; vice-chairman of X and a delegate to the CPPCC): the org is the page's CPPCC committee, the body of the first
   * CPPCC role (README: org); `national` where the words name the national committee in lower case (another CPPCC national
   * committee member): the page's national one.
   */
  cppccTitle?: 'page' | 'national'
}

/** What the persons of a page are read from. */
export type EnPersonInput = {
  text: string
  names: readonly EnName[]
  bodies: readonly BodyMention[]
  places: readonly PlaceMention[]
  lex: EnRoles
  /** A party department's words right before a title, ending a text (EnBodyLexicon.partyDepartmentBefore). */
  departmentBefore: RegExp
  span: SpanMaker
  /** The name of the body of a key (its first mention of the highest rank), or undefined for a key no mention has. */
  nameOf: (key: string) => string | undefined
  /** The page as written, its line ends kept where `text` joins a wrapped paragraph (same length); `text` where absent. */
  written?: string
}

// Between a title and its body: "of the", "for the third session of the 14th", "in charge of the", "deputy to the 14th",
// "of the Standing Committee of the" (in lower case too: a member of the standing committee of the X Committee), "of the 13th
// executive committee of the" (a people's organisation's: its title, org the organisation);
// a note in brackets may stand first ("a member (economic circles) of the 13th …"); a description of the body in a
// name's possessive may stand before it in commas ("a deputy to China's parliament, the National People's Congress").
const CONNECTOR = /^(?:\s+\([a-z][a-z ]{0,30}\))?\s+(?:in\s+charge\s+of|of|for|at|in|with|to)\s+(?:[A-Z][a-z]+['’]s\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+)?(?:the\s+)?(?:(?:(?:\d+|[A-Za-z]+)(?:st|nd|rd|th)\s+(?=[Ee]xecutive\s))?(?:[Ss]tanding\s+[Cc]ommittee|[Ee]xecutive\s+[Cc]ommittee|[A-Za-z]+\s+(?:[Pp]lenary\s+)?[Ss]ession)\s+of\s+(?:the\s+)?)?(?:(?:\d+|[A-Za-z]+)(?:st|nd|rd|th)\s+)?/
// "X, a member of …", "X ,Chairman of …" (space before the comma), "X- President of …" (a dash), "X-Director of …" (a dash with no space, before a capital: pages translated from Chinese), "X -- Vice-chairman of …" (a typed dash of two hyphens), "X, 67, a member
// of …" (an age first), "X and Y, both members of …", "X (C, front), chairman of …" (a place in a photo), "X, China’s ambassador to …", "X, the province's governor" (a possessive), "X, who is also a member of …" (a relative clause: "who serves as", "who (later) became"), "Jia, also a member of …", "X, as a member of …", "X (vice chairman of …)" (in brackets).
const APPOSITION = /^(?:\s*\((?:\d+(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|center|centre|front|back)(?:,\s*(?:front|back|\d+(?:st|nd|rd|th)\s+[LR]))?\))?(?:,\s+\d{1,3}(?=\s*,))?(?:\s?,\s*|\s?(?:--|[-–—])(?:\s+|(?=[A-Z]))|\s?\(\s*)(?:who\s+(?:(?:is|was)\s+(?:also\s+)?|(?:also\s+)?(?:serves|served)\s+as\s+|(?:has|had)\s+(?:also\s+)?served\s+as\s+|(?:later\s+|then\s+)?(?:became|becomes)\s+))?(?:also\s+|as\s+(?=(?:a|an|the)\s))?(?:the\s+[a-z]+['’]s\s+|(?:a|an|the|then|now|all|both)\s+|[A-Z][a-z]+['’]s\s+)?(?:Chinese\s+)?/
// The complement of a title that names no body right after its connector ("member of the Standing Committee of the
// Political Bureau of the CPC Central Committee", "ambassador to Germany"): name words and the small words between.
const LINK = /^\s+(?:in\s+charge\s+of|of|for|at|in|with|to|from|under)(?![A-Za-z])/
const LINK_WORD = /^\s+(?:of|the|for|on|at|in|to|from|under)(?![A-Za-z])/
const NAME_WORD = /^\s+(?:[A-Z0-9][A-Za-z0-9'’&.-]*|\([A-Z][A-Za-z]*\))/
// "… were non-Communist Party │members, Lyu Xinhua": a copula and at most four words (no passive: was presided over
// by the) before a title make it what its subject is, not the title of the name after the comma.
// …also where the title's complement runs over a copula (members of China's new top political advisory body were … members, X).
const COPULA = /(?<![A-Za-z])(?:is|are|was|were)(?![A-Za-z])/
const PREDICATIVE = /(?<![A-Za-z])(?:is|are|was|were|become|became)\s+(?:(?!by\s|[a-z]+ed\s)[A-Za-z'’-]+\s+){0,4}$/i
// "China's top political advisor Wang Yang": a description, not a title.
const DESCRIBED = /(?<![A-Za-z])top\s+$/i
const DESCRIBED_TITLE = /^top\s/i
// "Wu Zhiming, the committee’s chairman", "X, its vice-chairman": a title of the committee the page is about.
const OF_COMMITTEE = /^,\s+(?:(?:the\s+)?committee['’]s|its)\s+/i
/** A verb that gives a title to the names before it (A, B and C were elected as the vice governors). */
const ELECTS = /(?<![A-Za-z])(?:elected|re-elected|appointed|named|chosen)(?![A-Za-z])/i
/** The text from `at` to the end of its sentence. */
const sentenceAfter = (text: string, at: number) => text.slice(at, text.slice(at).search(/[.;!?\n]|$/) + at)
/** Where the sentence holding `at` begins: after the last . ! ? or line break before it (read back from `at`, not from the text's start). */
function sentenceStart(text: string, at: number): number {
  let s = at
  while (s > 0 && !SENTENCE_ENDS.has(text[s - 1]!)) s--
  return s
}
const SENTENCE_ENDS = new Set(['.', '!', '?', '\n'])
/** A deputy's title and the head title it is deputy to (vice governor → governor, deputy director → director). */
const DEPUTY = /^(?:executive\s+)?(?:vice|deputy)[\s-]+(.+)$/
// Between two names of a list: a comma (a space may stand before it) or "and", after a note on the name ("(female)", "(Tibetan)").
const LIST_GAP = /^(?:\s?\([^()\n]{1,20}\))?(?:\s?,\s*|,?\s+and\s+)$/
// Between two titles: a comma or "and", also with a verb (… of the Supreme People's Court and is now vice chairperson of …).
// …after the body's abbreviation in brackets (vice-chairman of the National Committee of the … Conference (CPPCC) and head of …).
// …after "also" (a CPPCC National Committee member, also deputy director of …; secretary of X and also Vice Chairman of
// Y); after ", and" in capitals too (…, Minister of X, and Deputy Secretary of Y: a name there is no title). A comma may stand without a space
// after it, as pages translated from Chinese print it (Vice Chairman of X (CNDCA),Vice Chairman of Y).
// A later post of a career: a professor at X before going on to become deputy mayor of Y; … and later became ….
// A second election after "and": was elected as a member of X and appointed (as) secretary of Y.
const NEXT_TITLE = /^(?:\s*\([A-Z]{2,8}\))?(?:,\s*(?:and\s+|also\s+)?|\s+(?:before|and\s+then|and\s+later)\s+(?:going\s+on\s+to\s+)?(?:becoming|become|became)\s+|\s+and\s+(?:(?:is|was|has\s+been)\s+(?:now\s+|also\s+)?|also\s+|(?:was\s+)?(?:elected|re-elected|appointed|named)\s+(?:as\s+)?)?)(?:(?:a|an|the)\s+)?(?:Chinese\s+)?/
const CPPCC = /^CPPCC\s+/
// Between a name and a later one inside its apposition: a comma, an age, an article and words of one clause (, 64, an ally of President │).
const IN_APPOSITION = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,.;:!?()\n"“”]{1,80}$/
// A plural title and "of" a lower-case noun that names no body (members of the delegation), at the start of a text; not a
// body's own lower-case words (members of the standing committee, of the national committee, of the municipal CPPCC).
const OF_NO_BODY = /^(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|this\s+)?(?!(?:national|standing|committee|cppcc|conference|municipal|provincial|city|county|district|local|central|party)(?![a-z]))[a-z]/
// "member of" and an article ending a text: the title that holds the body after it (a member of │Jiusan Society).
const MEMBER_OF_BEFORE = /(?<![A-Za-z-])members?\s+of\s+(?:the\s+)?$/i
// A name after "by" or "of" with a word in lower case before it: the object inside a noun phrase (led by, run by, the wife of).
const OBJECT_IN_SUBJECT = /\b[a-z]+\s+(?:by|of)\s+$/
const CPPCC_TITLE = /^CPPCC\s+(?:national\s+committee\s+(?=[a-z]))?/
const COMMA_AND = /^\s*,\s+and\s/
// After the last name of a closed list: the end of a sentence, or a word in lower case (a verb: attended, were seated)
// other than one of reporting (Wang Hong said, …), which makes the list a speaker; or a further name with a title of its
// own. A note on the name may stand first (Wang Hong (female) attended); a dash closes a list set off by dashes.
const LIST_CLOSED = /^(?:\s?\([^()\n]{1,20}\))?(?:\s*(?:[.;:!?\n—–]|$)|\s+(?!(?:said|says|told|added)(?![A-Za-z]))[a-z])/
const LIST_GOES_ON = /^(?:\s?\([^()\n]{1,20}\))?\s*,?\s+and\s+[A-Z]|^\s*,\s+[A-Z]/

/** Whether the list whose last name ends at `end` is closed there (LIST_CLOSED), or goes on to a name with its own title. */
function closedAfter(text: string, end: number, titledNext: boolean): boolean {
  const rest = text.slice(end, end + 32)
  return LIST_CLOSED.test(rest) || (titledNext && LIST_GOES_ON.test(rest))
}
/** A first-person pronoun opening "… as a TITLE" (I, my, me): a quote's speaker. */
const FIRST_PERSON = /^(?:I|my|me)(?![A-Za-z])/i
/**
 * The rest of a quote up to its speaker in one paragraph: the quote closes with , ? or ! and the name follows (or
 * "said" and the name), or it closes with anything and "said" and the name follow. A quote closed by a full stop
 * ends its sentence: a name after it begins the next ("…ten years." Wang Fang, a teacher, listened).
 */
const QUOTE_THEN_SPEAKER = /^[^\n"“”]{0,300}(?:[,!?]["”]\s+(?:(?:said|says|told|added)\s+)?|["”]\s+(?:said|says|told|added)\s+)$/
// Where a word starts (a title is looked for there in a heading's paragraph).
const WORD_START = /(?<![A-Za-z])[A-Za-z]/g
// What may stand on a line of names beside them: notes in brackets (female), commas, "and".
const NAMES_ONLY = /^(?:\s|\([^()\n]{1,20}\)|,|、|\band\b)*$/
const AND_IN_NAME = /^\s+(?:and|&)(?=\s+[A-Z][a-z])/

/**
 * The persons of English names, one per name with all its mentions: the titles written beside a name
 * (after it: "Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee"; before it: "spokesperson
 * Liu Jieyi", "Chairman of Zhongshan Municipal Committee of CPPCC Qiu Shuhong"; a credit: "Photo by …"),
 * in lower case and singular, the body of a title ("of the BODY", "CPPCC member of Shanghai"), and CPPCC
 * membership. A title before a list of names applies to each; a title of a CPPCC body written without
 * its body (… and Vice-Chairman He Cancheng) takes the body of the name before it in the sentence.
 */
export function englishPersons(page: EnPersonInput): Person[] {
  // A name inside a body's name is no person (China Zhi Gong Party); nor its later mentions by the surname.
  // …nor a name that names a doctrine (Xi Jinping Thought).
  const inBody = containedIn(page.bodies)
  const doctrine = (after: string) => page.lex.doctrineAfter.test(after) || page.lex.doctrineAfterPossessive.test(after)
  const named = new Set(page.names.filter((n) => inBody(n) || doctrine(page.text.slice(n.end, n.end + 20))))
  const outside = new Set(page.names.filter((n) => n.end - n.start === n.name.length && !named.has(n)).map((n) => n.name))
  const kept = page.names.filter((n) => outside.has(n.name) && !named.has(n))
  const bodyEnd = new Map<number, BodyMention>()
  const bodyByKey = new Map<string, BodyMention>()
  for (const b of page.bodies) {
    if (!bodyEnd.has(b.end)) bodyEnd.set(b.end, b)
    if (!bodyByKey.has(b.key)) bodyByKey.set(b.key, b)
  }
  // Where "As a …" opens a sentence: one scan of the page, read by binary search from each name.
  const fronted: Array<{ start: number; end: number }> = []
  page.lex.fronted.lastIndex = 0
  for (let m = page.lex.fronted.exec(page.text); m; m = page.lex.fronted.exec(page.text)) fronted.push({ start: m.index, end: m.index + m[0].length })
  const input: Ctx = {
    ...page, names: kept, bodyAt: new Map(page.bodies.map((b) => [b.start, b] as const)), placeAt: new Map(page.places.map((p) => [p.start, p] as const)),
    bodyEnd, nameStarts: kept.map((n) => n.start), nameEnds: new Set(kept.map((n) => n.end)), fronted,
    bodyByKey, placeEnd: new Map(page.places.map((p) => [p.end, p] as const)),
    overlapsBody: overlapsAny(page.bodies), bodiesByStart: [...page.bodies].map((body, order) => ({ body, order })).sort((a, b) => a.body.start - b.body.start),
    namedOf: namedOfIndex(page.bodies),
  }
  const { names, lex } = input
  const groups: Array<Finding | null> = []
  // Whether a name stands inside the apposition of the name before it (Qian Yunlu, 64, an ally of President │Hu Jintao,
  // was elected as …): the clause after it, an election's title too, is that name's.
  const inApposition = (i: number) => i > 0 && IN_APPOSITION.test(input.text.slice(names[i - 1]!.end, names[i]!.start))
  const found: Array<Finding | null> = []
  names.forEach((n, i) => {
    // A title ending a paragraph is not the next paragraph's name's where that name has its own in apposition (a speaker
    // list: "A, deputy director of X│\n\nB, deputy secretary general of Y"); the text's line breaks are paragraph ends, a
    // wrapped line being joined in `text`. (A heading title over a list of bare names stays theirs.)
    const w0 = before(input, n.start)
    const written = w0?.from !== undefined && input.text.slice(w0.from, n.start).includes('\n') && after(input, n.end, inApposition(i))?.roles.length ? null : w0
    // "ACFIC Vice Chairman A, Membership Department Vice Director B": a department no list names, opening the next item of
    // a list of titled names, is of the body of the title before it (README: a role's org is the body of that role).
    const prev = found[i - 1]
    const b = written && !written.body && written.from !== undefined && prev?.before && prev.body && DEPARTMENT_ITEM.test(input.text.slice(names[i - 1]!.end, written.from)) ? { ...written, body: prev.body } : written
    groups.push(b?.weak ? b : null)
    // A credit written after the name ([GUO XULEI/XINHUA]) where no title is written beside it.
    // …also a name in its ordinary form on a line of its own, the mark and an agency after it (Zhang Haifeng / Ti Gong).
    const credit = n.credit ?? lineCredit(input, n.start, n.end)
    const credited: Finding | null = credit ? { roles: [credit], body: null, cppcc: false, before: false } : null
    found.push(both(b, after(input, n.end, inApposition(i))) ?? ofAfter(input, i, b) ?? headedBy(input, n.start, n.end) ?? credited)
  })
  giveGroupOnward(input, groups, found)
  const creditRoles = new Set(lex.credits.values())
  // A clause after a list of names gives each of them its titles (A, B and C were elected as …).
  const joined = (i: number) => LIST_GAP.test(input.text.slice(names[i - 1]!.end, names[i]!.start))
  for (let i = 0; i < names.length; ) {
    let j = i + 1
    while (j < names.length && joined(j)) j++
    // … or a title in the plural in apposition after its last name (A, B and C, vice chairmen of …).
    const last = found[j - 1]
    // …not a list inside the apposition of the name before it (Qian Yunlu, 64, an ally of President │Hu Jintao, was chosen
    // as …): the clause is that name's.
    const inside = inApposition(i)
    // …nor a name inside the subject's noun phrase (The team led by │Li Hong was chosen as …; a village run by, the wife of).
    const p = inside || OBJECT_IN_SUBJECT.test(input.text.slice(Math.max(0, names[i]!.start - 30), names[i]!.start)) ? null : predicate(input, names[j - 1]!.end) ?? (j - i > 1 && last?.plural && !last.before ? last : null)
    // …and goes to the name whose apposition it closes, where that has no title yet (Wang Yang, a friend of Li Hong, was elected chairman of …).
    if (inside && j === i + 1 && !found[i - 1]) found[i - 1] = predicate(input, names[i]!.end)
    // …also after a title before the name (Executive Deputy General Manager Ren Hongguang was elected as the delegate of …).
    if (p) for (let k = i; k < j; k++) found[k] = found[k]?.before && p !== last ? both(found[k]!, p) : found[k] ?? p
    i = j
  }
  // "A and B, the secretary general of … and the party boss of …, respectively": each name takes its title in order.
  for (let i = 0; i < names.length; ) {
    let j = i + 1
    while (j < names.length && joined(j)) j++
    const each = j - i > 1 ? respectively(input, names[j - 1]!.end, j - i) : null
    if (each) for (let k = i; k < j; k++) found[k] = each[k - i]!
    i = j
  }
  // "The session elected A as chairman and B, C and D as vice chairmen", "elected Wu Tao chairman of …": a name or
  // list after an election verb takes the titles after it, and so does the next list joined to those titles.
  let chainAt = -1
  for (let i = 0; i < names.length; ) {
    let j = i + 1
    while (j < names.length && joined(j)) j++
    const s = names[i]!.start
    const opens = chainAt === s || lex.electBefore.test(input.text.slice(Math.max(0, s - 24), s))
    chainAt = -1
    const link = opens ? lex.electLink.exec(input.text.slice(names[j - 1]!.end, names[j - 1]!.end + 24)) : null
    const f = link ? titlesFrom(input, names[j - 1]!.end + link[0].length) : null
    if (f) {
      for (let k = i; k < j; k++) found[k] = f
      const next = /^(?:\s*[,;]\s*|\s+)(?:and\s+)?/.exec(input.text.slice(f.end!, f.end! + 8))
      if (next) chainAt = f.end! + next[0].length
    }
    i = j
  }
  // "He is a vice chairperson of …": the titles of the last name before, in the same paragraph or the one before it.
  // "As a member of the 14th National Committee …, he's conducting …": fronted titles of a pronoun, likewise.
  // Found by binary search, not by a scan back over the names and the text at every pronoun: the last name that
  // ends by `at` (through the least end of the names from each on), and whether two paragraph breaks lie between.
  const leastEnd = names.map((n) => n.end)
  for (let k = leastEnd.length - 2; k >= 0; k--) leastEnd[k] = Math.min(leastEnd[k]!, leastEnd[k + 1]!)
  let breaks: number[] | undefined
  const near = (at: number) => {
    const k = partitionPoint(leastEnd.length, (j) => leastEnd[j]! <= at) - 1
    if (k < 0) return -1
    // A blank line is one paragraph break: a run of line breaks with only spaces between counts once.
    if (!breaks) {
      breaks = []
      for (let i = input.text.indexOf('\n'); i >= 0; i = input.text.indexOf('\n', i + 1)) {
        const last = breaks.at(-1)
        if (last === undefined || /\S/.test(input.text.slice(last, i))) breaks.push(i)
      }
    }
    const b = breaks
    const upTo = partitionPoint(b.length, (j) => b[j]! < at)
    return upTo >= 2 && b[upTo - 2]! >= names[k]!.end ? -1 : k
  }
  const give = (k: number, p: Finding | null) => { if (k >= 0 && p) found[k] = found[k] ? both(found[k]!, p) : p }
  lex.pronoun.lastIndex = 0
  for (let m = lex.pronoun.exec(input.text); m; m = lex.pronoun.exec(input.text)) {
    const k = near(m.index + m[0].length)
    give(k, k < 0 ? null : predicate(input, m.index + m[0].length))
  }
  // A résumé (a biographical sketch as Xinhua prints it): "X, male, born in 1937, native of …; joined the CPC in 1983; professor
  // and member of …", then posts with no subject, items split by semicolons ("Assistant lecturer of … in 1959-1963; deputy
  // dean, dean … of … in 1980-86; concurrently deputy mayor of Shanghai in 1992-1994; …"): each item that opens with a title
  // is the name's, up to the paragraph that writes another name.
  // …also where the sketch opens a paragraph of its own after the sentence that names its person (The following is the
  // biographical sketch of X, who was …:│Male, born in 1941, …), and the posts follow, dated: that name's.
  const resume = (i: number, from: number) => {
    const n = names[i]!
    const other = names.slice(i + 1).find((m) => m.name !== n.name)
    const stop = other ? Math.max(input.text.lastIndexOf('\n', other.start), from) : input.text.length
    for (const m of input.text.slice(from, stop).matchAll(RESUME_ITEM)) give(i, titlesFrom(input, from + m.index + m[0].length))
  }
  names.forEach((n, i) => { if (RESUME_OPENS.test(input.text.slice(n.end, n.end + 40))) resume(i, n.end) })
  for (const m of input.text.matchAll(RESUME_PARAGRAPH)) {
    const k = partitionPoint(leastEnd.length, (j) => leastEnd[j]! <= m.index) - 1
    if (k >= 0 && !RESUME_OPENS.test(input.text.slice(names[k]!.end, names[k]!.end + 40))) resume(k, m.index)
  }
  // A heading line closed by "… as follows:" or "… include:" (data/en-person-cues.tsv, heading) whose paragraph gives a title
  // in the plural (A total of 20 members of the National Committee … received awards. Their major merits are as follows:):
  // each name that stands alone on a line after it (Wang Jing (female); A, B and C) holds that title first, up to the next
  // line closed by a colon.
  lex.listHeading.lastIndex = 0
  for (let m = lex.listHeading.exec(input.text); m; m = lex.listHeading.exec(input.text)) {
    const para = input.text.lastIndexOf('\n', m.index) + 1
    let f: Finding | null = null
    for (const w of input.text.slice(para, m.index).matchAll(WORD_START)) {
      const t = titleAt(input, para + w.index)
      f = t?.plural ? titlesFrom(input, para + w.index) : null
      if (f) break
    }
    if (!f?.roles.length) continue
    const { plural: _, ...held } = f
    const from = m.index + m[0].length
    const next = input.text.slice(from).search(/[:：][ \t]*\n/)
    const to = next < 0 ? input.text.length : from + next
    names.forEach((n, k) => {
      if (n.start < from || n.end > to) return
      const lo = input.text.lastIndexOf('\n', n.start) + 1
      const hi = input.text.indexOf('\n', n.end)
      const line = input.text.slice(lo, hi < 0 ? input.text.length : hi)
      // …the line holds names only: remove them, a note in brackets, commas and "and" may be left.
      const rest = names.filter((o) => o.start >= lo && o.end <= lo + line.length).reduceRight((l, o) => l.slice(0, o.start - lo) + l.slice(o.end - lo), line)
      if (NAMES_ONLY.test(rest)) found[k] = found[k] ? both({ ...held, before: true }, found[k]!) : { ...held, before: true }
    })
  }
  // "A total of 23 people were elected vice-chairpersons of …. They are A, B, … and Z.": the plural title given by the
  // election verb of the sentence before belongs to each name of the list (a scan of that one sentence per match).
  lex.groupNamed.lastIndex = 0
  for (let m = lex.groupNamed.exec(input.text); m; m = lex.groupNamed.exec(input.text)) {
    const at = m.index + m[0].length
    const k = partitionPoint(input.nameStarts.length, (j) => input.nameStarts[j]! < at)
    if (input.nameStarts[k] !== at) continue
    const lo = Math.max(0, m.index - 400)
    const prev = input.text.slice(lo, m.index).replace(/[.!?]["”’]?\s*$/, '')
    const from = lo + prev.search(/[^.!?\n]*$/)
    let f: Finding | null = null
    for (const v of input.text.slice(from, lo + prev.length).matchAll(lex.electTitle)) f = titlesFrom(input, from + v.index + v[0].length) ?? f
    if (!f?.plural) continue
    for (let j = k; j < names.length && (j === k || joined(j)); j++) found[j] ??= { ...f }
  }
  // "… approved the list of members of the 14th CPPCC. A and Professor B, vice president of X, are among them.": the names
  // of a sentence closed by "are among them" hold the plural title the sentence before gives (by an election or a roster),
  // with their own titles.
  lex.amongGroup.lastIndex = 0
  for (let m = lex.amongGroup.exec(input.text); m; m = lex.amongGroup.exec(input.text)) {
    const from = sentenceStart(input.text, m.index)
    const lo = Math.max(0, from - 400)
    const prev = input.text.slice(lo, from).replace(/[.!?]["”’]?\s*$/, '')
    const opens = lo + prev.search(/[^.!?\n]*$/)
    let f: Finding | null = null
    for (const re of [lex.electTitle, lex.rosterTitle]) {
      re.lastIndex = 0
      for (const v of input.text.slice(opens, lo + prev.length).matchAll(re)) f = titlesFrom(input, opens + v.index + v[0].length) ?? f
    }
    if (!f?.plural) continue
    const { plural: _, ...held } = f
    names.forEach((n, k) => { if (n.start >= from && n.end <= m!.index) give(k, { ...held, before: false }) })
  }
  // "Zhou Xiaochuan, governor of …, and Chen Yuan, chairman of … — are among the newly elected vice-chairpersons": the names
  // of the sentence before "among the" hold the plural title after it, besides their own titles; with no body written, a
  // title of the page's CPPCC committee is that committee's (its CPPCC role gives the org: both, below).
  // The page's CPPCC committee: the one it names, or where it names others in passing, the one it names first and more
  // often than each other (a city committee's session, whose report names the CPPCC National Committee once).
  const pageCppcc = pageCommittee(input.bodies.filter((b) => b.kind === 'cppcc'))
  lex.amongTitle.lastIndex = 0
  for (let m = lex.amongTitle.exec(input.text); m; m = lex.amongTitle.exec(input.text)) {
    const f = titlesFrom(input, m.index + m[0].length)
    if (!f?.plural || !f.roles.length) continue
    const { plural: _, ...held } = f
    // …not where the plural title's "of" complement is a group that is no body (the members of the delegation, of the audience).
    const ofNoBody = OF_NO_BODY.test(input.text.slice(m.index + m[0].length, m.index + m[0].length + 80))
    if (ofNoBody) held.ofGroup = true
    else if (!held.body && pageCppcc && held.roles.some((r) => lex.roles.get(r)?.cppcc === 'page')) held.body = pageCppcc
    const start = sentenceStart(input.text, m.index)
    // The subject starts after the last reporting or main verb (Wang Yang said │Li Ming was among …), none inside a "who …,"
    // clause, whose names are no subject (Li Ming, who met Wang Hua last week, is among …).
    const masked = input.text.slice(start, m.index).replace(/,\s+who\s[^,]*,/g, (w) => ' '.repeat(w.length))
    let from = start
    lex.clauseVerb.lastIndex = 0
    for (let v = lex.clauseVerb.exec(masked); v; v = lex.clauseVerb.exec(masked)) from = start + v.index + v[0].length
    names.forEach((n, k) => {
      if (n.start < from || n.end > m!.index || masked[n.start - start] === ' ' || OBJECT_IN_SUBJECT.test(input.text.slice(Math.max(0, n.start - 30), n.start))) return
      // …a name of the subject, no name inside a title's complement (a friend of A) nor after a full stop inside it.
      give(k, { ...held, before: false })
    })
  }
  // "Xia Lie, representing the news and publishing sector, analyzed …", "Zhao Qunyun, who spoke for the China Democratic
  // League, said …": at a CPPCC committee's session, one who speaks for a sector (界别) is a member of it; no title is written.
  const speakerBody = (from: number, to: number) => input.bodies.some((b) => (b.kind === 'democratic-party' || b.kind === 'mass-organisation') && b.start >= from && b.end <= to)
  if (pageCppcc) names.forEach((n, k) => {
    const s = lex.sectorSpeakerAt.exec(input.text.slice(n.end, n.end + 100))
    // "who spoke for the …" any span: only a sector or a democratic party / group body in it (not the first time, the company, the municipal government).
    if (s?.[1] !== undefined && !lex.sectorWord.test(s[1]) && !speakerBody(n.end + s.index + s[0].length - s[1].length, n.end + s.index + s[0].length)) return
    if (s) found[k] = found[k] ? { ...found[k]!, cppcc: true } : { roles: [], body: null, cppcc: true, before: false }
  })
  // "this is the last year for you as a political advisor", "in my capacity as a member of …": the name before.
  lex.asAfterPronoun.lastIndex = 0
  for (let m = lex.asAfterPronoun.exec(input.text); m; m = lex.asAfterPronoun.exec(input.text)) {
    const at = m.index + m[0].length
    // …or, for the first person inside a quote, its speaker named right after the quote in the same paragraph
    // ("… in my capacity as a member of …," Wu said; "… serving as a CPPCC member," Wang Xiaochuan told CGTN).
    const next = FIRST_PERSON.test(m[0]) ? partitionPoint(input.nameStarts.length, (j) => input.nameStarts[j]! < at) : -1
    const speaker = next >= 0 && next < names.length && QUOTE_THEN_SPEAKER.test(input.text.slice(at, names[next]!.start)) ? next : -1
    const k = speaker >= 0 ? speaker : near(m.index)
    if (k >= 0) give(k, titlesFrom(input, at))
  }
  for (const o of input.fronted) {
    const f = titlesFrom(input, o.end)
    const k = near(o.start)
    // …then a comma and a pronoun (As a member of …, he …).
    const rest = f ? /^(?:\s*\([A-Z]{2,8}\))?,\s+/.exec(input.text.slice(f.end!, f.end! + 12)) : null
    if (f && rest && lex.pronounAt.test(input.text.slice(f.end! + rest[0].length, f.end! + rest[0].length + 8))) give(k, f)
  }
  // A title or credit before the first name of a list (A, B and C) applies to each name of it; a title several hold
  // at once only over a closed list (closedAfter), and not across ", and" after the first name, which begins a clause
  // (…chaired by Vice Chairman A, and B delivered a report). The list's last name is found once per list.
  let listEnd = -1
  for (let i = 1; i < names.length; i++) {
    const prev = found[i - 1]
    // A title in the singular is the first name's only (Chairman A, B, C and D attended), a credit each name's, and so
    // is a title several hold at once (Vice Chairman of the CPPCC A, B and C: 副主席A、B、C).
    const shared = prev?.plural || prev?.roles.every((r) => creditRoles.has(r)) || (prev?.roles.length === 1 && lex.sharedTitles.has(prev.roles[0]!))
    // A credit line may list its names with spaces alone (Author: Jing Tianxu Zhang Shu Guo Minghua).
    const gap = input.text.slice(names[i - 1]!.end, names[i]!.start)
    const credit = prev?.roles.every((r) => creditRoles.has(r))
    if (found[i] || !prev?.before || !shared || !(LIST_GAP.test(gap) || (credit && /^ +$/.test(gap)))) continue
    if (!prev.plural && !credit) {
      if (i > listEnd) { listEnd = i; while (listEnd + 1 < names.length && joined(listEnd + 1)) listEnd++ }
      if ((COMMA_AND.test(gap) && (i < 2 || !joined(i - 1))) || !closedAfter(input.text, names[listEnd]!.end, found[listEnd + 1]?.before === true)) continue
    }
    found[i] = { ...prev }
  }
  // A deputy's title with no body written (A, B and C were elected as the vice governors) is of the body whose head title
  // the paragraph gave a name before (X was elected Governor of Y Provincial People's Government): the deputies of that head.
  // Only for deputies the sentence elects or appoints: a deputy written in passing (Wang Hong, a vice governor of Guangdong,
  // attended) is of a body of their own, written or not.
  names.forEach((n, i) => {
    const f = found[i]
    const heads = f?.body === null ? f.roles.map((r) => DEPUTY.exec(r)?.[1]) : []
    if (!f || !heads.length || heads.some((h) => h === undefined) || !ELECTS.test(sentenceAfter(input.text, n.end))) return
    for (let j = i - 1; j >= 0 && !input.text.slice(names[j]!.end, n.start).includes('\n'); j--) {
      const g = found[j]
      // The head title must be the one whose body the name has (its first): a county magistrate who is first a deputy
      // secretary of the party committee lends no body to the deputy magistrates (the government is not written).
      if (g?.body && heads.every((h) => h === g.roles[0])) { found[i] = { ...f, body: g.body }; return }
    }
  })
  const byName = new Map<string, Person>()
  // Persons whose org is the body of a CPPCC role: a later title of another body does not replace it.
  const cppccOrg = new Set<Person>()
  // A democratic party written only without its level is no listed body (committees stage).
  // A membership of a party written without level is membership of the party as such, though the page names
  // its central committee (Jiusan Society members including A, B: no org; en 422).
  // …tested on the title that holds the party, written right before it (a member of Jiusan Society and vice mayor of X).
  const membershipOfParty = (f: { body: BodyMention | null, roles: readonly string[] }) => f.body?.rule === 'english:fixed' && f.body.kind === 'democratic-party' &&
    (f.roles.every((r) => r === 'member') || MEMBER_OF_BEFORE.test(input.text.slice(Math.max(0, f.body.start - 20), f.body.start)))
  const bare = bareParties(input.bodies)
  const ofBody = (r: string) => { const c = lex.roles.get(r)?.cppcc; return c === 'with-body' || c === 'page' }
  // …and the national committee, where the page names it (the first mention: its name follows the first full form by key).
  const nationalCppcc = input.bodies.find((b) => b.kind === 'cppcc' && b.region === NATIONAL) ?? null
  // Titles each name holds of something that is no listed body: the same title written bare later (Chairman Sun) is that one.
  const elsewhere = new Map<string, Set<string>>()
  names.forEach((n, i) => {
    const f = found[i]
    // A political advisor (a title that alone makes a CPPCC member) is of the page's one CPPCC committee too.
    const advisor = f?.roles.some((r) => lex.roles.get(r)?.cppcc === 'always')
    const open = f?.roles.filter((r) => !f.elsewhere?.includes(r) && !elsewhere.get(n.name)?.has(r)) ?? []
    // …also when another title names another body (National political advisor X, who is also president of Y University).
    // A national title is of the national committee only: where the page does not name it, not the page's local one
    // (a Fujian committee's meeting where a CPPCC national committee member speaks).
    const ownCppcc = f?.cppccTitle === 'national' ? nationalCppcc : pageCppcc
    if (f && (advisor || f.cppccTitle) && f.body && !isCppcc(f.body) && ownCppcc) f.body = ownCppcc
    else if (f && f.body === null && !f.ofRegion && !f.ofGroup && (open.some(ofBody) || advisor || f.cppccWord)) {
      const prev = found[i - 1]
      // …not a name inside that name's apposition (Qian Yunlu, 64, an ally of President Hu Jintao, was chosen as CPPCC …).
      const gap = i > 0 ? input.text.slice(names[i - 1]!.end, n.start) : ''
      if (i > 0 && isCppcc(prev?.body) && !/[.!?]/.test(gap) && !IN_APPOSITION.test(gap)) f.body = prev!.body
      // …also a title of a CPPCC body written after the word CPPCC (CPPCC delegate Zhang Lihui): the page's CPPCC.
      else if (pageCppcc && (f.ofCommittee || advisor || f.cppccWord || (f.cppcc && f.before) || open.some((r) => lex.roles.get(r)?.cppcc === 'page'))) f.body = pageCppcc
    }
    for (const r of f?.elsewhere ?? []) elsewhere.set(n.name, (elsewhere.get(n.name) ?? new Set()).add(r))
    let p = byName.get(n.name)
    if (!p) { p = { name: n.name, roles: [], org: null, cppccMember: false, mentions: [], source: 'english' }; byName.set(n.name, p) }
    p.mentions.push(input.span(n.start, n.end))
    if (!f) return
    for (const r of f.roles) if (!p.roles.includes(r)) p.roles.push(r)
    // org: the body of the first CPPCC role where there is one, else of the first role.
    // …a leader's title of a party written without level has the party as written, as a firm's title its firm (en 661, 689).
    if (f.body && !membershipOfParty(f) && (p.org === null || (isCppcc(f.body) && !cppccOrg.has(p)))) {
      p.org = bare.has(f.body.key) ? input.text.slice(f.body.start, f.body.end) : input.nameOf(f.body.key) ?? f.body.name
      if (isCppcc(f.body)) cppccOrg.add(p)
    }
    if (p.org === null && !f.body && f.firm) p.org = f.firm
    if (f.cppcc || f.roles.some((r) => lex.roles.get(r)?.cppcc === 'always' || (isCppcc(f.body) && ofBody(r) && !f.inOffice?.includes(r)))) p.cppccMember = true
  })
  return [...byName.values()]
}

/** Of a page's mentions of CPPCC committees, the first of the one committee named first and more often than each other, or null. */
function pageCommittee(mentions: readonly BodyMention[]): BodyMention | null {
  const count = new Map<string, number>()
  for (const m of mentions) count.set(m.key, (count.get(m.key) ?? 0) + 1)
  const first = [...mentions].sort((a, b) => a.start - b.start)[0]
  if (!first) return null
  const n = count.get(first.key)!
  return [...count].every(([k, c]) => k === first.key || c < n) ? first : null
}

/** The page's input with its body and place mentions by where they start. */
type Ctx = EnPersonInput & {
  bodyAt: ReadonlyMap<number, BodyMention>
  placeAt: ReadonlyMap<number, PlaceMention>
  /** The first body mention ending at each position. */
  bodyEnd: ReadonlyMap<number, BodyMention>
  /** The names' starts, in order, and their ends. */
  nameStarts: readonly number[]
  nameEnds: ReadonlySet<number>
  /** Where "As a …" opens a sentence, in order: the opening and where its titles start. */
  fronted: ReadonlyArray<{ start: number; end: number }>
  /** The first body mention of each key, and the place mentions by where they end. */
  bodyByKey: ReadonlyMap<string, BodyMention>
  placeEnd: ReadonlyMap<number, PlaceMention>
  /** Whether a stretch overlaps a body mention. */
  overlapsBody: (s: { start: number; end: number }) => boolean
  /** The body mentions by start, each with its place in the list. */
  bodiesByStart: ReadonlyArray<{ body: BodyMention; order: number }>
  /** The bodies named "HEAD of (the) WHAT", by WHAT, in list order, with their head word in lower case (namedAlike). */
  namedOf: ReadonlyMap<string, ReadonlyArray<{ head: string; body: BodyMention }>>
}

/**
 * The body of a region's party committee or government that a title is of (data/en-roles.tsv, body), where
 * the page names it: Shanghai Party Secretary X → the Shanghai Committee of the CPC the page names; else null.
 */
function regionBody(input: Ctx, role: string, place: PlaceMention | undefined): BodyMention | null {
  const kind = input.lex.roles.get(role)?.body
  return kind && place?.division ? input.bodyByKey.get(`en:${kind}|${place.division.name}`) ?? null : null
}

/** Where the white space (and a possessive 's where allowed) before `at` begins, for a look-up of what ends there. */
function backOver(text: string, at: number, possessive: boolean): number {
  let k = spacesBefore(text, at)
  if (possessive && k < at && /['’]s$/.test(text.slice(k - 2, k))) k -= 2
  return k
}

/** The body ending before `at` with only white space between (and a possessive 's where allowed), or undefined. */
const bodyEndingBefore = (input: Ctx, at: number, possessive: boolean): BodyMention | undefined => {
  const k = backOver(input.text, at, false)
  if (k === at) return undefined
  return input.bodyEnd.get(k) ?? (possessive ? input.bodyEnd.get(backOver(input.text, at, true)) : undefined)
}

const isCppcc = (b: BodyMention | null | undefined) => b?.kind === 'cppcc' || b?.kind === 'cppcc-special'

/** The written title at `at`, singular and in lower case, with its end and whether it was written in the plural. */
function titleAt(input: EnPersonInput, at: number): { role: string; end: number; plural: boolean } | null {
  const m = input.lex.roleAt.exec(input.text.slice(at, at + 60))
  if (!m) return null
  const written = titleKey(m[0])
  const e = input.lex.roles.get(written)
  return { role: e?.singular ?? written, end: at + m[0].length, plural: !!e?.singular && e.singular !== written && !e.abbreviated }
}

/** The body mention starting at `at`, or null. */
const bodyAt = (input: Ctx, at: number) => input.bodyAt.get(at) ?? null

/**
 * The complement after a title at `at` ("of the Standing Committee of the Political Bureau of the CPC Central
 * Committee", "to Germany"): name words, the small words between them and whole body mentions, up to the first
 * word of another kind; its end and its first body, a CPPCC one before others.
 */
function complement(input: Ctx, at: number): { body: BodyMention | null; end: number } | null {
  // …within its paragraph: the next one's name is no word of it (A, deputy director of X│\n\nB, …).
  const lineEnd = input.text.indexOf('\n', at)
  const text = lineEnd < 0 ? input.text : input.text.slice(0, lineEnd)
  const link = LINK.exec(text.slice(at, at + 20))
  if (!link) return null
  return nameRead(input, text, at, at + link[0].length)
}

/** The words of a name read from `pos` (bodies, capitalised words, links and "and" inside it), with the body it holds. */
function nameRead(input: Ctx, text: string, at: number, from: number): { body: BodyMention | null; end: number } | null {
  let pos = from
  let end = at
  let body: BodyMention | null = null
  const limit = at + 200
  while (pos < limit) {
    const gap = /^\s+(?:the\s+)?/.exec(text.slice(pos, pos + 8))
    const b = gap ? bodyAt(input, pos + gap[0].length) : null
    if (b) {
      if (!body || (isCppcc(b) && !isCppcc(body))) body = b
      pos = end = b.end
      continue
    }
    // A body's own party group, in any case (of the Party leadership group of │X): read through to the body after it.
    const organ = input.lex.organOfAt.exec(text.slice(pos, pos + 50))
    if (organ) { pos += organ[0].length; continue }
    const w = NAME_WORD.exec(text.slice(pos, pos + 40))
    if (w) { pos = end = pos + w[0].replace(/[.]$/, '').length; continue }
    // "and" inside a name (the Institute of Public and Environmental Affairs): before a capitalised word that opens no
    // title or body of a next title (… Municipal Committee and Mayor of Jinan City).
    const and = end === pos ? AND_IN_NAME.exec(text.slice(pos, pos + 8)) : null
    const word = and ? pos + and[0].length + /^\s+/.exec(text.slice(pos + and[0].length))![0].length : 0
    if (and && !titleAt(input, word) && !bodyAt(input, word) && !nameStartsAt(input, word) && !CPPCC.test(text.slice(word, word + 8))) { pos += and[0].length; continue }
    const l = LINK_WORD.exec(text.slice(pos, pos + 12))
    if (!l) break
    pos += l[0].length
  }
  return end > at ? { body, end } : null
}

/** Titles in apposition after a name: ", a CPPCC member of Shanghai and vice president of …". */
function after(input: Ctx, end: number, inApposition = false): Finding | null {
  const own = OF_COMMITTEE.exec(input.text.slice(end, end + 40))
  const titles = own ? titlesFrom(input, end + own[0].length) : null
  if (titles) return { ...titles, ofCommittee: true }
  const lead = APPOSITION.exec(input.text.slice(end, end + 40))
  // "a new member of …": a word that describes the holder stands before the title.
  const described = lead ? end + lead[0].length + input.lex.describerAt.exec(input.text.slice(end + lead[0].length, end + lead[0].length + 20))![0].length : 0
  // "X (left), elected chairman of …", "X, who was re-elected chairman of …": the title an election gave the name.
  // …not where the name stands inside another's apposition: ", was elected …" then closes that one.
  const elected = lead && !inApposition ? ELECTED.exec(input.text.slice(end + lead[0].length, end + lead[0].length + 40)) : null
  // …not a description that opens with a name: the comma then lists names (A, B and a vice chairwoman, C).
  // "X, who previously served as …", "X, who has long served as …": a relative clause whose verb gives the title.
  const who = WHO.exec(input.text.slice(end, end + 12))
  const f = (lead ? titlesFrom(input, described) ?? (nameStartsAt(input, described) ? null : describedThenTitle(input, described)) ?? (elected ? titlesFrom(input, end + lead[0].length + elected[0].length) : null) : null)
    ?? (who ? predicate(input, end + who[0].length) : null)
  if (!f) return null
  // "X, as a member of the public, …", "as the head of the family": a capacity in a set phrase; after a bare "as" only a
  // title whose complement names a body (as a member of the CPPCC National Committee) or the CPPCC (as a CPPCC member).
  if (lead && AS_CAPACITY.test(lead[0]) && !f.body && !f.cppcc && !f.cppccWord) return null
  // The clause after the apposition may give more titles: "X, a member of …, was named spokesperson for …".
  // …also where the apposition has no closing comma ("Yu Beihua, Secretary of the CPC SIG Committee was elected a deputy to …").
  const close = /^[^,.;:!?]*(?=,)/.exec(input.text.slice(f.end!, f.end! + 80))
  // …also after a company's abbreviated words that end the complement (Shanghai State-owned Assets Operation Co., Ltd. was elected …).
  const abbreviated = /^\.?(?:,?\s+[A-Z][A-Za-z]*\.)+/.exec(input.text.slice(f.end!, f.end! + 40))
  const more = (close ? predicate(input, f.end! + close[0].length) : null) ?? predicate(input, f.end!) ?? (abbreviated ? predicate(input, f.end! + abbreviated[0].length) : null)
  if (!more) return f
  const roles = [...f.roles, ...more.roles.filter((r) => !f.roles.includes(r))]
  const body = !f.body || (isCppcc(more.body) && !isCppcc(f.body)) ? more.body ?? f.body : f.body
  return { ...f, roles, body, cppcc: f.cppcc || more.cppcc, ...elsewhereAndInOffice(f, more) }
}

// An apposition that closes with "respectively" in one sentence, and the "and" or comma between its titles.
const RESPECTIVELY = /^[^.;:!?()\n]{3,240}?\s?,?\s+respectively(?![A-Za-z])/

/**
 * The titles of the n names of a list from the apposition after its last name that lists n titles and ends with
 * "respectively" (Xiao Zhiheng and Wan Qingliang, the secretary general of … and the party boss of …, respectively),
 * one each in order; or null where the apposition lists other than n.
 */
function respectively(input: Ctx, end: number, n: number): Finding[] | null {
  const lead = APPOSITION.exec(input.text.slice(end, end + 40))
  const r = lead ? RESPECTIVELY.exec(input.text.slice(end + lead[0].length, end + lead[0].length + 240)) : null
  if (!lead || !r) return null
  const stop = end + lead[0].length + r[0].length - /\s?,?\s+respectively$/.exec(r[0])![0].length
  // Each title read alone: the next "and" ends it, where the whole apposition would chain them.
  const parts = input.text.slice(end + lead[0].length, stop).split(/\s*,?\s+and\s+|\s*,\s*(?=(?:the|a|an)\s)/)
  if (parts.length !== n) return null
  const out: Finding[] = []
  let at = end + lead[0].length
  for (const part of parts) {
    at = input.text.indexOf(part, at)
    const skip = /^(?:(?:the|a|an)\s+)?/.exec(part)![0].length
    const f = titlesFrom({ ...input, text: input.text.slice(0, at + part.length) }, at + skip)
    if (!f || !f.roles.length) return null
    out.push(f)
    at += part.length
  }
  // A body written once, after the last title, is every bare title's (vice chairman and secretary-general of X, respectively).
  const last = out.at(-1)!
  return out.map((f) => (f.body || !last.body ? f : { ...f, body: last.body, cppcc: f.cppcc || last.cppcc }))
}

// "of the federation", "of the university": one lower-case word closing the complement.
const OF_THE_HEAD = /^\s+of\s+the\s+([a-z]{4,})(?=\s*[,.;:!?)]|\s+and\s)/

/** The last body named before `from` whose head is the word of "of the WORD" after `at`, or null. */
function headAgain(input: Ctx, from: number, at: number): BodyMention | null {
  const m = OF_THE_HEAD.exec(input.text.slice(at, at + 40))
  if (!m) return null
  let found: BodyMention | null = null
  for (const b of input.bodyEnd.values()) {
    if (b.end > from || (found && found.end >= b.end)) continue
    // Its head: the last word, or the word before "of" or "for" (Federation of Industry and Commerce).
    const name = input.text.slice(b.start, b.end)
    const heads = [/([A-Za-z]+)\W*$/.exec(name)?.[1], /([A-Za-z]+)\s+(?:of|for)\s/.exec(name)?.[1]]
    if (heads.some((h) => h?.toLowerCase() === m[1])) found = b
  }
  return found
}

// A relative clause opening after a name and its comma (X, who …).
const WHO = /^\s?,\s*who\s+/

// An apposition opened by a bare "as" (X, as a member of …): not "who serves as".
const AS_CAPACITY = /(?:,|[-–—]|\()\s*as\s/

// An apposition that describes before it titles, in one clause: "X, a government official from a small city in China's
// northeast and member of the CPPCC National Committee", "Yao Ming, a former NBA star and a CPPCC member".
// Not a clause opened by a copula (X, 46, is deputy Party chief and …): that is the name's predicate.
// …also a list of descriptions in commas, each in lower case, before "and" and the title ("Feng Jicai, well-known
// writer, painter, and honorary council member of …"); a capital after a comma opens a name, which ends it.
const DESCRIPTION = /^(?!(?:is|are|was|were)\s)[^,.;:!?()\[\]\n"“”]{3,100}(?:,\s+(?=[a-z])(?!(?:is|are|was|were|who|which|said|says)\s)[^,.;:!?()\[\]\n"“”]{3,60}){0,3}/
const AND = /\s+and\s/g
// …each later item a description: not a verb first before its "and" (Zhang Wei, a farmer, │spoke first, and a member of
// … followed: the name's own predicate, the title the next subject's), save a participle before a noun (retired
// teacher); of any length (a professor of the Central Academy of Fine Arts).
const ITEM = /,\s+/g
const describes = (item: string) => {
  const words = item.split(/(?:^|\s+)and\s/)[0]!.trim()
  if (!words) return true
  const doc = compromise()(words)
  return !doc.has('^#Verb') || doc.has('^#PastTense #Noun')
}
// …and none after a relative clause (Zhang Wei, who came from Beijing, │and members of … met): its comma closes the apposition.
const RELATIVE = /^(?:who|whom|whose|which|that)\s/
/** The description of a DESCRIPTION match: up to its first later item that is none. */
function described(d: string): string {
  const cuts = [...d.matchAll(ITEM)]
  if (RELATIVE.test(d) && cuts.length) return d.slice(0, cuts[0]!.index)
  const bad = cuts.findIndex((c, i) => !describes(d.slice(c.index + c[0].length, cuts[i + 1]?.index ?? d.length)))
  return bad < 0 ? d : d.slice(0, cuts[bad]!.index)
}

/** The titles after "and" at the end of a description in apposition (no title of its own), or null. */
function describedThenTitle(input: Ctx, at: number): Finding | null {
  const d = DESCRIPTION.exec(input.text.slice(at, at + 280))
  if (!d) return null
  for (const m of described(d[0]).matchAll(AND)) {
    const n = nextTitle(input, at + m.index)
    if (n >= 0) return titlesFrom(input, n)
  }
  return null
}

/** The titles two findings hold of something that is no listed body, and of an office inside a body, as one field each (or none). */
const elsewhereAndInOffice = (a: Finding, b: Finding): Pick<Finding, 'elsewhere' | 'inOffice'> => ({
  ...(a.elsewhere || b.elsewhere ? { elsewhere: [...(a.elsewhere ?? []), ...(b.elsewhere ?? [])] } : {}),
  ...(a.inOffice || b.inOffice ? { inOffice: [...(a.inOffice ?? []), ...(b.inOffice ?? [])] } : {}),
})

// After a list of names: "were elected (as) the vice-chairmen of …", "served as the executive chairmen of …"; after a
// name: "Wang has been a CPPCC member for 15 years".
// "was elected in January vice-chairman of …": a time between the verb and the title; "was on Thursday elected …", "was on
// June 17 elected …": a day before the verb; "was recently elected", "is now serving": an adverb.
// "A and B are (both) members of …", "A, B and C were all vice chairmen of …": a plural copula after a list, "both" or "all" before the title.
// "was honored to be invited as the eighth member of …": an adjective and "to be" before the verb, an ordinal before the title.
// "is also serving as Secretary of …": an adverb of time between the copula and the verb, as before a bare title (is also …).
// "worked as a professor at …": a verb of work, with "as" only (worked with, worked for name no title).
// "She currently serves as director of …", "he also served as …": an adverb of time before the verb without a copula.
// (input.lex.predicateAt, built in lexicon.ts with the adverbs of data/en-person-cues.tsv.)

// "the CPC Central Committee (CPC) with (Comrade) Xi Jinping as (the) General Secretary": a body, "with", the name,
// "as" and its title of that body; also "with Comrade X at its core" gives no title.
const WITH_BEFORE = /(?<![A-Za-z])with\s+(?:[Cc]omrade\s+)?$/
const ABBREVIATION_BEFORE = /\s*\([A-Z]{2,8}\)\s*$/
const AS_AFTER = /^\s+as\s+(?:the\s+)?/

/** The title a body's leader is given in "BODY with X as TITLE", or null. */
function headedBy(input: Ctx, start: number, end: number): Finding | null {
  const as = AS_AFTER.exec(input.text.slice(end, end + 12))
  const w = as ? WITH_BEFORE.exec(input.text.slice(Math.max(0, start - 20), start)) : null
  if (!as || !w) return null
  const t = titleAt(input, end + as[0].length)
  if (!t || t.plural) return null
  const at = start - w[0].length
  const abbr = ABBREVIATION_BEFORE.exec(input.text.slice(Math.max(0, at - 14), at))
  const body = bodyEndingBefore(input, at, false) ?? (abbr ? input.bodyEnd.get(at - abbr[0].length) : undefined)
  return body ? { roles: [t.role], body, cppcc: false, before: false, end: t.end } : null
}

/** Titles a clause gives the names before it ("A, B and C were elected as the vice-chairmen of the CPPCC"). */
function predicate(input: Ctx, end: number): Finding | null {
  // A profile's notes first: "Su Hui, female, is vice chairperson of …", "X, male, Han ethnicity, born in 1963, is …".
  const bio = BIO.exec(input.text.slice(end, end + 200))
  const at = end + (bio?.[0].length ?? 0)
  // …also a passive verb of appointment with "as" (was chosen as, was co-opted as: data/en-person-cues.tsv, passive).
  // (first: a bare copula would read "was" alone.)
  // …or the post it is removed from (remove A from the post of …; A was relieved of his post as …).
  // (100 characters: a career opening may stand before the verb, "began her first job in July 1992 and served successively as".)
  const lead = input.lex.passiveAt.exec(input.text.slice(at, at + 60)) ?? input.lex.fromPostAt.exec(input.text.slice(at, at + 80))
    ?? input.lex.predicateAt.exec(input.text.slice(at, at + 100))
  if (!lead) return null
  // A word that describes the holder may stand before the title (was elected as a new member of …; as the new chairman).
  const from = at + lead[0].length
  return titlesFrom(input, from + input.lex.holderDescriberAt.exec(input.text.slice(from, from + 30))![0].length)
}

// …or a relative clause between commas: "Wang Yang, who turns 63 this month, was elected chairman of …";
// a long one too, brackets inside (Liu Yingxia, who was listed as China's 46th richest woman with assets of 4 billion yuan
// (HK$5 billion) by … last year, was removed as a member of …: en dev 437);
// …or the same notes in brackets: "Hu Lijie (born in 1971) was elected president of …", "Liu Liu (female), …".
const BIO = /^(?:,\s+(?:(?:male|female|\d{1,3})(?:,\s+[^,.;:!?\n]{1,40}){0,4}|who\s+[^,.;:!?\n]{1,160},)(?=,?\s+(?:is|was|has|became|serves|served)\s)|\s*\((?:(?:fe)?male|born\s[^()\n]{1,30}|aged?\s+\d{1,3}|\d{1,3})(?:,\s*[^()\n]{1,30})?\))/
// An election participle opening an apposition, after "who was/has been" or alone: "(re-)elected (as) (the) …".
const ELECTED = /^(?:(?:was|has\s+been)\s+)?(?:newly\s+)?(?:elected|re-elected|appointed|named)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?(?:new\s+)?(?=[A-Za-z])/

// A résumé's opening after the name (X, male, born in …; Y, female, Han ethnicity, …), and where its items begin: after a
// semicolon, a sentence's end or a line break, "and" or "concurrently" before the title.
// …also with no comma after the name and the sex in capitals (Zhang Rongming Female, born in …), as sketches printed on one line
// write it; and a span of years opening an item (1984-1985 Deputy head of …; 2007- First vice-chairwoman of …).
// …or with the nationality or birthplace first (Wang Zhaoguo, Han nationality, a native of …).
const RESUME_OPENS = /^,?\s+(?:(?:[Ff]e)?[Mm]ale,|[A-Z][a-z]+\s+(?:nationality|ethnicity),\s+(?:a\s+)?native\s+of\s)/
const RESUME_PARAGRAPH = /(?<=^|\n)[ \t]*(?:Fe)?[Mm]ale,\s+born\s/g
const RESUME_ITEM = /(?:;|[.](?=\s)|\n|(?<![\w-])(?:19|20)\d\d\s?-\s?(?:(?:19|20)?\d\d)?(?=\s+[A-Z]))\s*(?:and\s+)?(?:concurrently\s+)?/g
// A sentence opened by a pronoun: its titles are those of the name before it (X was born in 1957. She is vice chairperson of …).

// An English possessive right after a word (mayor's, mayor’s).
const POSSESSIVE_AT = /^['’]s(?![A-Za-z])/

/** Titles from `at`, each with the body after it, joined by "and" or commas; the first body is the role's. */
function titlesFrom(input: Ctx, from: number): Finding | null {
  const { text } = input
  const f: Finding = { roles: [], body: null, cppcc: false, before: false }
  const take = (b: BodyMention) => { if (!f.body || (isCppcc(b) && !isCppcc(f.body))) f.body = b }
  let at = from
  // Where the chain went on through ", and" (…, and secretary of …): the state before that title, to undo it.
  let joined: { at: number; roles: number; body: BodyMention | null; cppcc: boolean } | null = null
  // The state before the current title and whether a comma joined it to the one before (…, and vice chairman of …).
  let was = { at, roles: 0, body: null as BodyMention | null, cppcc: false }
  let afterComma = false
  for (;;) {
    // A body before its title: "a CPPCC National Committee member", "the CPPCC National Committee's vice-chairman".
    const lead = bodyAt(input, at)
    const gap = lead ? /^(?:['’]s)?\s+/.exec(text.slice(lead.end, lead.end + 6)) : null
    // …also with the national committee written in lower case, which names no listed body (another CPPCC national committee member).
    const cppcc = lead && gap ? null : CPPCC_TITLE.exec(text.slice(at, at + 30))
    // A place before the title: "a Hong Kong member of the NPC Standing Committee".
    const at0 = lead || cppcc ? undefined : input.placeAt.get(at)
    const place = at0 && /^\s$/.test(text.slice(at0.end, at0.end + 1)) ? at0 : undefined
    const t0 = titleAt(input, lead && gap ? lead.end + gap[0].length : place ? place.end + 1 : at + (cppcc?.[0].length ?? 0))
    // "Li Ming, Sunning Group chairman,": a name that is no body or place before a title that ends the apposition (a company).
    const firm = t0 || lead || cppcc || place || at !== from ? null : namedBefore(input, at)
    const t = t0 ?? firm
    // A title right before another name is that name's (A, Vice Chairmen B and C).
    const gapAfter = t ? /^\s+/.exec(text.slice(t.end, t.end + 40)) : null
    // …also a credit's word before a slash (Zhu Xiaofeng, Correspondent/Zhang Jianfeng); and a title that owns what follows
    // is another's, none of the name's (would be the mayor's guest, is the mayor's guest).
    if (!t || (gapAfter && nameStartsAt(input, t.end + gapAfter[0].length)) || text[t.end] === '/' || POSSESSIVE_AT.test(text.slice(t.end, t.end + 3))) break
    f.roles.push(t.role)
    if (t.plural) f.plural = true
    if (firm) (f.elsewhere ??= []).push(t.role)
    if (lead && gap) take(lead)
    at = t.end
    const c = CONNECTOR.exec(text.slice(at, at + 90))
    // "chairman of the Standing Committee of the Guizhou Provincial People's Congress": the Standing Committee where it
    // is a body of its own (人大常委会), else the body after it (member of the Standing Committee of the CPPCC …).
    const standing = c ? /Standing\s+Committee/.exec(c[0]) : null
    // …or the body of an office written in lower case after the connector (director of the social development department at the NDRC).
    const direct = (standing ? bodyAt(input, at + standing.index) : null) ?? (c ? bodyAt(input, at + c[0].length) : bodyAfterComma(input, at))
    const office = direct || !c ? null : officeBody(input, at + c[0].length)
    // …a title of an office makes no member of its CPPCC (办公室主任 of a 政协: an officer, org the 政协).
    if (office) (f.inOffice ??= []).push(t.role)
    const body = direct ?? office
    // "vice chairman of AFROC": a complement that is only the acronym the page glosses a body with is that body.
    const rest0 = body ? null : complement(input, at)
    const rest = rest0 && !rest0.body ? { ...rest0, body: glossedAcronym(input, text.slice(at, rest0.end)) ?? null } : rest0
    // "a CPPCC member for 15 years": the word CPPCC makes the holder a member whatever follows.
    // …but a title that never makes a member (CPPCC spokesperson) is only of the CPPCC, the page's one.
    if (cppcc) {
      markCppcc(input, f, t.role)
      if (f.cppcc) f.cppccTitle ??= /national/i.test(cppcc[0]) ? 'national' : 'page'
    }
    // "Party secretary of Yunnan province": the region's body of the title, where the page names it.
    const ofPlace = body || rest?.body ? null : /^\s+(?:of|in)\s+(?:the\s+)?/.exec(text.slice(t.end, t.end + 12))
    const placeOf = ofPlace ? input.placeAt.get(t.end + ofPlace[0].length) : undefined
    const own = ofPlace ? regionBody(input, t.role, placeOf) : null
    if (own) take(own)
    // "vice-president of the federation": a body named before, written again by the last word of its name, lower case.
    const again = body || rest?.body || own ? null : headAgain(input, from, t.end)
    if (again) take(again)
    // "chairman of the Guangxi Zhuang Autonomous Region": a title of the region itself, no CPPCC committee's.
    // …not "a CPPCC member of Shanghai" (the CPPCC of that place).
    // …nor a name the complement does not end (vice president of Shanghai政法学院); the first title only.
    else if (placeOf && rest && !cppcc && f.roles.length === 1 && rest.end <= placeOf.end + 20 && !/^\p{L}/u.test(text.slice(rest.end, rest.end + 1))) f.ofRegion = true
    // "chairman of Zhongyi Machinery": a complement naming something that is no body or place (a company).
    const named = body || rest?.body || own ? null : OF_NAMED.exec(text.slice(t.end, t.end + 60))
    // …or lower-case words with no article, a body no list names (standing member of provincial committee): not the page's CPPCC's.
    const ofLower = body || rest?.body || own ? false : OF_LOWER.test(text.slice(t.end, t.end + 60))
    if ((named && namesNoBody(input, t.end + named[0].length)) || ofLower || (!body && !rest?.body && input.lex.ofInstitution.test(text.slice(t.end, t.end + 60)))) (f.elsewhere ??= []).push(t.role)
    // "chairman of the Zhejiang Geely Holding Group": a firm, the title's org where no body is (README, Enterprises).
    const ofFirm = body || rest?.body || own ? null : input.lex.firmAfter.exec(text.slice(t.end, t.end + 140))
    if (ofFirm && !input.lex.notFirm.test(ofFirm[1]!)) f.firm ??= ofFirm[1]!.replace(/\s+/g, ' ')
    // "Chairman of Zhongyi Machinery,", "Board Chairman of Hanergy.": capitalised words that name no body, place or person
    // and close the item are a firm too (its end word unwritten), the org as written.
    // (…written with no article, as a firm's name is: not "of the Expo", "of the International Monetary Fund", "of the National CPPCC".)
    const closed = ofFirm || body || rest?.body || own ? null : NAMED_CLOSES.exec(text.slice(t.end, t.end + 90))
    if (closed && namesNoBody(input, t.end + closed[0].length - closed[1]!.length) && !CPPCC_WORD.test(closed[1]!) && !input.lex.notFirm.test(closed[1]!)) f.firm ??= closed[1]!.replace(/\s+/g, ' ')
    // "vice chairman of the CPPCC", "chairman of District CPPCC": a CPPCC no listed body names (its region unwritten)
    // still makes the holder an office holder or member, as the word CPPCC before a title does.
    if (!body && !rest?.body && !own && bareCppcc(input, t.end)) { markCppcc(input, f, t.role); if (f.cppcc) f.cppccTitle ??= 'page' }
    // "spokesperson for the session": a title that makes no member, of the session the page is about, written with no
    // body: the page's CPPCC committee's, as "CPPCC spokesperson" is (none where the page names no one CPPCC committee).
    else if (!body && !rest?.body && !own && makesNoMember(input, t.role) && OF_THE_SESSION.test(text.slice(t.end, t.end + 40))) f.cppccWord = true
    // "A, Vice Chairman of the X Committee B and C": titles whose complement runs into a name are that name's, not A's
    // (A, Vice Chairman of the CPPCC and the Minister of the Y Department B: both B's).
    // (A complement read as name words may end with that name: it is no part of the complement.)
    const upTo = body?.end ?? rest?.end
    const swallowed = !body && rest !== null && input.nameEnds.has(rest.end) && (nameStartFrom(input, t.end) ?? Infinity) < rest.end
    // (…only the titles after the last comma: A, chairman of X, and vice chairman of the CPPCC B.)
    if (upTo !== undefined && (swallowed || nameAfterComplement(input, upTo))) {
      const back = afterComma ? was : { at: from, roles: 0, body: null, cppcc: false }
      f.roles.length = back.roles
      f.body = back.body
      f.cppcc = back.cppcc
      at = back.at
      break
    }
    if (body) {
      take(body)
      at = body.end
      // "member of the CPPCC National Committee and the Central Committee of the CDL, Vice Chairman of …": a title of two
      // bodies joined by "and"; the chain goes on after the second (not where it runs into a name: …and the X Committee Li Bin).
      const and = AND_ANOTHER_BODY.exec(text.slice(at, at + 12))
      const second = and ? bodyAt(input, at + and[0].length) : null
      // …not a body that opens the next title (president of Fudan University and CPPCC National Committee member).
      const titled = second ? /^(?:['’]s)?\s+/.exec(text.slice(second.end, second.end + 6)) : null
      if (second && !nameAfterComplement(input, second.end) && !(titled && titleAt(input, second.end + titled[0].length))) { take(second); at = second.end }
      // "dean of Tsinghua University School of Economics and Management and also a CPPCC National Committee member": a unit
      // of the body no list names, in capitalised words right after it, read through where the next title follows.
      else if (UNIT_AFTER_BODY.test(text.slice(at, at + 3)) && !nameStartsAt(input, at + 1) && !titleAt(input, at + 1)) {
        const lineEnd = text.indexOf('\n', at)
        const unit = nameRead(input, lineEnd < 0 ? text : text.slice(0, lineEnd), at, at)
        if (unit && nextTitle(input, unit.end) >= 0) at = unit.end
      }
    } else if (rest) { if (rest.body) take(rest.body); at = rest.end }
    else if (cppcc) {
      // "a CPPCC member of Shanghai": the CPPCC of that place, as the page names it.
      const of = /^\s+of\s+/.exec(text.slice(at, at + 8))
      const place = of ? input.placeAt.get(at + of[0].length) : undefined
      const name = place ? input.nameOf(`en:cppcc|${place.division!.name}`) : undefined
      if (place && name) { f.body ??= input.bodyByKey.get(`en:cppcc|${place.division!.name}`) ?? null; at = place.end }
    }
    // "former minister of transport and a vice-chairman of …": a complement in lower case before the next title.
    // …or lower-case words after a named complement (chairman of the New Hope Group agricultural enterprise and a member of …).
    const low = body ? null : (rest ? LOWER_TAIL : LOWER_COMPLEMENT).exec(text.slice(at, at + 60))
    if (low && nextTitle(input, at + low[0].length) >= 0) at += low[0].length
    // …or where the body stands, a place the page names (president of Nanchang Hangkong University in Jiangxi province and an
    // NPC deputy; a professor at Fudan University in Shanghai and a member of …).
    const where = body || rest ? PLACE_OF_BODY.exec(text.slice(at, at + 12)) : null
    const placeIn = where ? input.placeAt.get(at + where[0].length) : undefined
    if (placeIn && nextTitle(input, placeIn.end) >= 0) at = placeIn.end
    // …a title through ", and" whose complement runs into a name is that name's (…, and vice chairman of the CPPCC Li Bin).
    // …also one the chain reads no body in (…, and vice chairman of the committee Li Bin; of Zhongyi Machinery Li Bin).
    if (joined && (t.plural || nameStartsAt(input, at + (/^\s+/.exec(text.slice(at, at + 4))?.[0].length ?? 0)) || nameInComplement(input, t.end))) {
      f.roles.length = joined.roles
      f.body = joined.body
      f.cppcc = joined.cppcc
      at = joined.at
      break
    }
    const n = nextTitle(input, at)
    if (n < 0) break
    joined = COMMA_AND.test(text.slice(at, n)) ? { at, roles: f.roles.length, body: f.body, cppcc: f.cppcc } : null
    if (text.slice(at, n).includes(',')) { was = { at, roles: f.roles.length, body: f.body, cppcc: f.cppcc }; afterComma = true }
    at = n
  }
  if (!f.roles.length) return null
  f.end = at
  return f
}

// A title's body written after a comma, as lists of speakers print it: the body closes the item (…, former Vice
// Minister, National Development and Reform Commission, and Sun Xiaohua, …; Guo Wencai (Director General, Department
// of Welfare, the ACFTU)).
// A second body after a title's body, joined by "and" (member of X │and the Y, …).
const AND_ANOTHER_BODY = /^\s+and\s+(?:the\s+)?/
const UNIT_AFTER_BODY = /^ [A-Z]/
const COMMA_BEFORE_BODY = /^\s?,\s*(?:the\s+)?/
const BODY_CLOSES = /^(?:\s?[,;.)]|\s+and\s|\s*$)/

/** The body right after a title's comma where it closes the item (COMMA_BEFORE_BODY, BODY_CLOSES), or null. */
function bodyAfterComma(input: Ctx, at: number): BodyMention | null {
  const gap = COMMA_BEFORE_BODY.exec(input.text.slice(at, at + 8))
  const b = gap ? bodyAt(input, at + gap[0].length) : null
  return b && BODY_CLOSES.test(input.text.slice(b.end, b.end + 6)) ? b : null
}

/** The body after an office in lower case at `at` (social development department at │the NDRC: data/en-person-cues.tsv, office), or null. */
function officeBody(input: Ctx, at: number): BodyMention | null {
  const office = input.lex.officeOfAt.exec(input.text.slice(at, at + 80))
  return office ? bodyAt(input, at + office[0].length) : null
}

// The words a complement may end with before a name: "in Lushunkou District", "of Dalian".
const PLACE_TAIL = /^[^\S\n]+(?:in|of)[^\S\n]+([A-Z][A-Za-z'’-]*(?:[^\S\n]+[A-Z][A-Za-z'’-]*){0,2})[^\S\n]+/

/** Whether a name starts right after `at`, or after a tail of one to three capitalised words "in/of" (…Department in X District │Wang Yan). */
function nameAfterComplement(input: Ctx, at: number): boolean {
  // (Not across a paragraph end: a name opening the next paragraph is no part of this one's titles.)
  const gap = /^[^\S\n]+/.exec(input.text.slice(at, at + 4))
  if (gap && nameStartsAt(input, at + gap[0].length)) return true
  const tail = PLACE_TAIL.exec(input.text.slice(at, at + 80))
  if (!tail) return false
  // The name may be the tail's last words (in Lushunkou District Wang Yan: the tail regex took them): try each cut.
  const words = tail[1]!.split(/\s+/)
  const lead = tail[0].length - tail[1]!.length - (tail[0].length - tail[0].trimEnd().length)
  let pos = at + lead
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && nameStartsAt(input, pos)) return true
    pos += words[k]!.length + (/^\s+/.exec(input.text.slice(pos + words[k]!.length, pos + words[k]!.length + 4))?.[0].length ?? 0)
  }
  return nameStartsAt(input, pos)
}

/** Whether a title never makes its holder a CPPCC member, whatever its body (spokesperson: data/en-roles.tsv). */
const makesNoMember = (input: EnPersonInput, role: string): boolean => input.lex.roles.get(role)?.cppcc === 'no'

/**
 * The word CPPCC written with a title (CPPCC member, vice chairman of the CPPCC) makes its holder an office holder or
 * member; a title that makes none (CPPCC spokesperson) is only of the CPPCC, the page's one.
 */
function markCppcc(input: EnPersonInput, f: Finding, role: string): void {
  if (makesNoMember(input, role)) f.cppccWord = true
  else f.cppcc = true
}

// A title's complement that is the session alone, no body after it (for the session, of this year's session; not "of the NPC").
const OF_THE_SESSION = /^\s+(?:for|of|at)\s+(?:the|this|this\s+year['’]s)\s+(?:annual\s+)?session(?![A-Za-z])(?!\s+of\s)/

// The word CPPCC ending a title's complement (not the CPPCC Office, the CPPCC Daily).
const BARE_CPPCC = /^CPPCC(?![\s-]*[A-Z(])/

/**
 * Whether the complement after a title at `at` is a CPPCC that no listed body names: the connector of a title and
 * its body (of the, of the seventh), a place the page names and a level word at most, then the word CPPCC ("of the
 * CPPCC", "of District CPPCC", "of Chenzhou Municipal CPPCC"); not "of the delegation to the CPPCC".
 */
function bareCppcc(input: Ctx, at: number): boolean {
  const { text } = input
  const c = CONNECTOR.exec(text.slice(at, at + 90))
  if (!c) return false
  let pos = at + c[0].length
  const place = input.placeAt.get(pos)
  if (place) pos = place.end + (/^\s+/.exec(text.slice(place.end, place.end + 4))?.[0].length ?? 0)
  pos += input.lex.levelAt.exec(text.slice(pos, pos + 30))?.[0].length ?? 0
  return BARE_CPPCC.test(text.slice(pos, pos + 12))
}

// Where a title's body stands: "in" and a place (… University in Jiangxi province).
const PLACE_OF_BODY = /^\s+in\s+(?:the\s+)?/

// A title's complement, from its connector up to the next comma or full stop (of the committee Li Bin).
const COMPLEMENT_TO_COMMA = /^\s+(?:of|for|at|with|in)\s[^,;.]*/

// A word after which a name is the object of the complement, not the title's holder (invited by Wang Yang).
const OBJECT_BEFORE = /\b(?:by|to|with|from)\s+$/i

/** Whether a person's name starts in the complement of a title ending at `at`, before the next comma, as the holder. */
function nameInComplement(input: Ctx, at: number): boolean {
  const c = COMPLEMENT_TO_COMMA.exec(input.text.slice(at, at + 120))
  const name = c ? nameStartFrom(input, at) : undefined
  return name !== undefined && name < at + c![0].length && !OBJECT_BEFORE.test(input.text.slice(at, name))
}

// A title's complement of lower-case words with no article before them, up to "and", a comma or the sentence's end (of provincial committee and │).
const OF_LOWER = /^\s+of\s+(?!(?:the|a|an|its|their|this|that|which|whom)\s)[a-z]+(?:\s+[a-z]+){0,2}(?=,?\s+and\s|,\s|\s*[.;])/
const LOWER_COMPLEMENT = /^\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+){0,2}(?=,?\s+and\s|,\s)/
// …or lower-case words that end in a name (chairman of SDNU's non party intellectuals Association and professor of …).
const LOWER_TAIL = /^(?:\s+[a-z]+){1,3}(?:\s+[A-Z][a-z]+)?(?=,?\s+and\s|,\s)/
// A title's complement up to a capitalised name, through a few lower-case words (chairman of the board of directors of │Pengsheng Enterprise);
// not a possessive (a member of China's top political advisory body).
// A title's connector, then capitalised words (at most six, no article) that close its item: a comma, a semicolon, a full stop or the end (of Zhongyi Machinery, │).
const NAMED_CLOSES = /^\s+(?:of|at|with)\s+(?!The\s)([A-Z][A-Za-z'’&-]*(?:\s+[A-Z][A-Za-z'’&-]*){0,5})(?=\s?[,;]|\.(?:\s|$)|$)/
const CPPCC_WORD = /(?<![A-Za-z])CPPCC(?![A-Za-z])/
const OF_NAMED = /^\s+(?:of|at|with)\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?)?(?=[A-Z][a-z]+(?![A-Za-z'’]))/

/** Where the next title of a chain starts after `at` (", and a vice-chairman …", " and CPPCC member …"), or -1. */
function nextTitle(input: Ctx, at: number): number {
  const { text } = input
  const next = NEXT_TITLE.exec(text.slice(at, at + 28))
  if (!next) return -1
  const after = at + next[0].length
  const ahead = text.slice(after, after + 30)
  // A word that describes the holder may stand before the next title (…, a newly elected member of …; …, another CPPCC member).
  const n = after + input.lex.holderDescriberAt.exec(ahead)![0].length
  const nextBody = bodyAt(input, n)
  if (titleAt(input, n) || CPPCC.test(text.slice(n, n + 8)) || (nextBody && titleAt(input, nextBody.end + 1))) return n
  // …or a describer or level word right before a title, which names the level of a body left unwritten (…, also a national lawmaker).
  const m = after + input.lex.describerAt.exec(ahead)![0].length
  return m > n && titleAt(input, m) ? m : -1
}

// Between two names of a list whose items carry their own titles ("Qiu Dongyao, mayor of Ningbo, Yu Hongyi, …"): one clause.
const ITEM_GAP = /^[^.;:!?\n]{0,200}?(?:,\s+(?:and\s+)?|\s+and\s+)$/

/**
 * The group title a list opens with (13 NPC deputies, including A, mayor of X, B, chairperson of Y, and C, …) for
 * each later item of the list that has a title of its own, where the group's title stays beside it (groupKept).
 */
function giveGroupOnward(input: Ctx, groups: Array<Finding | null>, found: Array<Finding | null>): void {
  const { names, text } = input
  for (let i = 0; i < names.length; i++) {
    const g = groups[i]
    if (!g) continue
    for (let j = i + 1; j < names.length && !groups[j] && ITEM_GAP.test(text.slice(names[j - 1]!.end, names[j]!.start)); j++) {
      const own = found[j]
      if (own && !own.before && own !== found[j - 1] && groupKept(g, own)) found[j] = both(g, own)
    }
  }
}

/**
 * Whether the title of a group a name is named among stays beside the name's own title: where the group's is of a
 * body of its own that is no CPPCC committee and not the own title's ("13 NPC deputies, including Qiu Dongyao, mayor
 * of Ningbo": deputy and mayor); not "260 political advisers, including Ren Jianhua, chairman of the CPPCC …".
 */
const groupKept = (group: Finding, own: Finding): boolean => group.body !== null && !isCppcc(group.body) && group.body.key !== own.body?.key

/** Titles before and after one mention (President Xi Jinping, who is also general secretary of …): both, in text order. */
function both(b: Finding | null, a: Finding | null): Finding | null {
  if (!b || !a || !b.roles.length || (b.weak && !groupKept(b, a))) return a
  const roles = [...b.roles, ...a.roles.filter((r) => !b.roles.includes(r))]
  // The group's title is the first: its body is the org; so is the body of a title written before the name (README: org is the
  // body of the first role), unless only the title after it is a CPPCC one.
  const body = b.weak ? (isCppcc(a.body) ? a.body : b.body) : b.body && (!a.body || !isCppcc(a.body) || isCppcc(b.body)) ? b.body : a.body
  return { ...a, roles, body, cppcc: a.cppcc || b.cppcc, ...elsewhereAndInOffice(b, a) }
}

/** A title before a name takes the body written after the name: "Vice Chairman Li Bin of the CPPCC National Committee". */
function ofAfter(input: Ctx, i: number, f: Finding | null): Finding | null {
  if (!f || f.body || !f.roles.some((r) => input.lex.roles.has(r))) return f
  const end = input.names[i]!.end
  // …also after a second title and name that share it: "Party Secretary Zou Xiaodong and president Wu Zhaohui of Zhejiang University".
  const next = input.names[i + 1]
  const second = next && next.start > end && next.start < end + 60 ? next : undefined
  const and = second ? /^\s+and\s+/.exec(input.text.slice(end, second.start)) : null
  const title = and ? titleAt(input, end + and[0].length) : null
  const at = title && /^\s+$/.test(input.text.slice(title.end, second!.start)) ? second!.end : end
  const of = /^\s+of\s+(?:the\s+)?/.exec(input.text.slice(at, at + 12))
  const body = of ? bodyAt(input, at + of[0].length) : null
  if (body) return { ...f, body }
  // "Chairman Li Ming of Sunning Group": the title is of a name that is no body.
  const named = OF_NAMED.exec(input.text.slice(at, at + 60))
  return named && namesNoBody(input, at + named[0].length) ? { ...f, elsewhere: [...f.roles] } : f
}

const COMPANY_BEFORE = /(?<![A-Za-z'’-])[A-Z][A-Za-z&-]*[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?(?:[A-Z][A-Za-z&-]*[ \t]+){1,3}$/

/** Whether a capitalised name at `at` is neither a body, a place, a person's name nor the word CPPCC (Zhongyi Machinery, Sunning Group). */
// Capitalised words before a title (Sunning Group │chairman), at most four; the title must close the apposition.
const CAPITALISED = /^[A-Z][A-Za-z&'’.-]*\s+/
const CLOSES = /^\s*(?:[,.;:)]|$)/

/** A title after one to four capitalised words at `at` that name no body, place or person, closing the apposition. */
function namedBefore(input: Ctx, at: number): { role: string; end: number; plural: boolean } | null {
  let pos = at
  for (let n = 0; n < 4; n++) {
    const w = CAPITALISED.exec(input.text.slice(pos, pos + 40))
    if (!w || (n === 0 && !namesNoBody(input, pos)) || nameStartsAt(input, pos)) return null
    pos += w[0].length
    const t = titleAt(input, pos)
    if (t && CLOSES.test(input.text.slice(t.end, t.end + 4))) return t
  }
  return null
}

const namesNoBody = (input: Ctx, at: number) => !bodyAt(input, at) && !input.placeAt.has(at) && !CPPCC.test(input.text.slice(at, at + 8))
  && !nameStartsAt(input, at)

/** The start of the first name at or after `at`, if any (the names' starts are sorted). */
const nameStartFrom = (input: Ctx, at: number): number | undefined => input.nameStarts[partitionPoint(input.nameStarts.length, (k) => input.nameStarts[k]! < at)]
const nameStartsAt = (input: Ctx, at: number) => nameStartFrom(input, at) === at

/**
 * The titles of `roleBefore` followed by something else than the space before a name, made once per lexicon:
 * a connector before a body (Chairman of BODY), "of" and a few words of a body the grammar does not name
 * (Chairman of municipal CCPCC), "and" before a second title (Vice Chairman and Secretary-General).
 */
const titleThen = new WeakMap<TitlePattern, { connector: TitlePattern; looseOf: TitlePattern; and: TitlePattern; end: TitlePattern }>()
function titlesThen(roleBefore: TitlePattern): { connector: TitlePattern; looseOf: TitlePattern; and: TitlePattern; end: TitlePattern } {
  let t = titleThen.get(roleBefore)
  if (!t) {
    const title = roleBefore.source.replace(/\\s\+\$$/, '')
    const ends = roleBefore.titleEnds
    t = {
      connector: new TitlePattern(`${title}${CONNECTOR.source.slice(1)}$`, 'i', ends),
      // …not a complement that ends in a preposition: the name after it is its agent (head of the delegation invited by │Wang Yang).
      looseOf: new TitlePattern(`${title}\\s+of\\s+(?:the\\s+)?(?:[A-Za-z]+\\s+){0,2}(?!(?:by|to|with|from|for|of|and|as|at|in|on)\\s)[A-Za-z]+\\s+$`, 'i', ends),
      and: new TitlePattern(`${title}\\s+and\\s+$`, 'i', ends),
      end: new TitlePattern(`${title}$`, 'i', ends, { lastOnly: true }),
    }
    titleThen.set(roleBefore, t)
  }
  return t
}

/**
 * A title or credit before a name: "spokesperson Liu Jieyi", "Chairman of BODY Qiu Shuhong", "Photo by Li Wenke";
 * with the titles chained before it (chainedBefore).
 */
function before(input: Ctx, start: number): Finding | null {
  const f = beforeOne(input, start)
  return f?.from === undefined || f.plural || f.weak ? f : chainedBefore(input, f)
}

// Between two titles written before a name: a comma or "and" (Vice Chairman of X and Minister of Y │Li Ming); not ", and",
// which closes a list of persons (…, a deputy to the NPC, and Professor │Chai Qiang).
const CHAIN_GAP = /(?:\s*,\s*|\s+and\s+)(?:the\s+)?$/i
// A body's abbreviation in brackets after it, before the name or the next title (… of China (CPC) │Sun Zhengcai).
const GLOSS_BEFORE = /\s*\([A-Z]{2,8}\)\s*$/

/** The body ending before `at`, over a gloss in brackets after it (… Committee of the Communist Party of China (CPC) │). */
function bodyOrGlossBefore(input: Ctx, at: number): BodyMention | undefined {
  const b = bodyEndingBefore(input, at, false) ?? input.bodyEnd.get(at)
  if (b) return b
  const g = GLOSS_BEFORE.exec(input.text.slice(Math.max(0, at - 14), at))
  return g ? input.bodyEnd.get(at - g[0].length) : undefined
}

// An acronym right before a title (SPC member │Shen Qunhui), and a gloss in brackets right after a body (… Congress (SPC)).
// The end of a caption's sentence, or an opening bracket, just before a photo credit's name (… on Monday. [│Zou Hong / China Daily];
// … on Tuesday. (│Zou Hong / China Daily)).
const CAPTION_END_BEFORE = /(?:[.!?][ \t]*[[(]?|[[(])[ \t]*$/
const ACRONYM_BEFORE = /(?<![A-Za-z'’-])([A-Z]{2,8})\s+$/
const GLOSS_AFTER = /^\s?\(([A-Z]{2,8})\)/

/**
 * The body an acronym before a title stands for, where the page spells it out with the acronym in brackets after it
 * (the Shanghai People's Congress (SPC) … SPC member Shen Qunhui → the congress): the page's own abbreviation, which no
 * table holds. Not the CPPCC's, which names the page's committee (CPPCC member X).
 */
/** The body a page glosses with the acronym that alone makes a title's complement (of AFROC, at the ACFTU), or undefined. */
function glossedAcronym(input: Ctx, complementText: string): BodyMention | undefined {
  const a = ACRONYM_COMPLEMENT.exec(complementText)?.[1]
  if (!a || CPPCC_WORD.test(a)) return undefined
  return input.bodies.find((b) => GLOSS_AFTER.exec(input.text.slice(b.end, b.end + 12))?.[1] === a)
}
const ACRONYM_COMPLEMENT = /^\s+(?:of|at|in|for|with)\s+(?:the\s+)?([A-Z]{2,8})$/

function acronymBefore(input: Ctx, at: number): BodyMention | undefined {
  const a = ACRONYM_BEFORE.exec(input.text.slice(Math.max(0, at - 12), at))?.[1]
  if (!a || CPPCC_WORD.test(a)) return undefined
  return input.bodies.find((b) => GLOSS_AFTER.exec(input.text.slice(b.end, b.end + 12))?.[1] === a)
}

/**
 * The credit (data/en-credits-after.tsv) of a name that opens a line and is followed by a mark and an agency only
 * (data/en-credit-agencies.tsv: Zhang Hao / Ti Gong), or undefined; a title or a body after the mark is no agency
 * (Zhang Hao / Vice Chairman, Li Ming / Fudan University). A name that opens a bracket or follows a caption's last
 * sentence on its line is so too, the credit closing the caption (… on Monday. [Zou Hong / China Daily]; … until March
 * 12. Wang Jing / China Daily |).
 */
function lineCredit(input: Ctx, start: number, end: number): string | undefined {
  const w = input.written ?? input.text
  if (start > 0 && w[start - 1] !== '\n' && !CAPTION_END_BEFORE.test(w.slice(Math.max(0, start - 4), start))) return undefined
  // (The line's end as written: `text` joins a line it reads as wrapped.)
  const m = input.lex.lineCreditAfter.exec(w.slice(end, end + 60))
  return m ? input.lex.creditsAfter.get(m[1]!) : undefined
}

/**
 * The titles written before the title `f` of a name, joined to it by a comma or "and", each with its body before or
 * after it: "Vice Chairman of the CPPCC X Committee and Secretary of the Party Group Li Ming", "CPPCC X Committee Vice
 * Chairman and Minister of the Y Department Li Ming", "the vice president of our university, member of the National
 * Committee of CPPCC, Chairman of X Wang Xiaoping". All are the name's, in text order; the org is the first CPPCC body,
 * else the first. Not a title in apposition after another name (A, chairman of X, and vice chairman of Y │B: A's).
 */
function chainedBefore(input: Ctx, f: Finding): Finding {
  const { text, lex } = input
  const roles = [...f.roles]
  const bodies: BodyMention[] = f.body ? [f.body] : []
  let from = f.from!
  for (let n = 0; n < 4; n++) {
    const gap = CHAIN_GAP.exec(text.slice(Math.max(0, from - 16), from))
    if (!gap) break
    const at = from - gap[0].length
    let role: string | null = null
    let body: BodyMention | null = null
    let start = at
    // A title and its body after it: "Vice Chairman of BODY │and".
    const b = bodyOrGlossBefore(input, at)
    const m = b ? titlesThen(lex.roleBefore).connector.exec(text.slice(Math.max(0, b.start - 160), b.start)) : null
    if (b && m) { role = m[1]!; body = b; start = Math.max(0, b.start - 160) + m.index }
    else if (!b) {
      // A title alone, or after its body: "BODY Vice Chairman │and", "the vice president of our university│,".
      const t = roleEndingAt(input, at)
      if (t) {
        role = t.role
        start = t.start
        const own = bodyEndingBefore(input, t.start, true)
        if (own) { body = own; start = own.start }
        // …not after a name that is no body (Sunning Group chairman and NPC deputy │Li Ming): its org is not read here.
        else if (/^[a-z]/.test(t.role) && COMPANY_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) break
      } else {
        // A title with a complement in lower case that names no body: "the vice president of our university│,".
        const low = LOW_OF_BEFORE.exec(text.slice(Math.max(0, at - 60), at))
        const t2 = low ? roleEndingAt(input, at - low[0].length) : null
        if (t2) { role = t2.role; start = t2.start }
      }
    }
    // …nor one after an indefinite article, which describes the person before (…, a representative of the NPC, Professor X).
    if (!role || isPlural(input, role) || /(?<![A-Za-z])(?:a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)) || /,\s*and\s+(?:the\s+)?$/.test(text.slice(Math.max(0, from - 20), from))) break
    // …not a title in apposition after a name (A, chairman of X, and vice chairman of Y B): A's.
    const lead = /(?:,\s*|[-–—]\s*)(?:(?:the|a|an)\s+)?$/.exec(text.slice(Math.max(0, start - 8), start))
    if (lead && input.nameEnds.has(backOver(text, start - lead[0].length + (/^\s*/.exec(lead[0])?.[0].length ?? 0), false))) break
    if (lead && input.nameEnds.has(start - lead[0].length)) break
    // Across a bare comma a title chains only where it opens its clause (Attending were │Vice Chairman of X, Secretary-General
    // Y), not after a name or "who is" in the clause (A, who is vice chairman of X, │B; A (female), Vice Chairman of X, │B;
    // A said as vice chairman of X, │B): the title is A's.
    if (gap[0].includes(',') && nameInClause(input, start)) break
    // …nor a title after a comma that is the object of "of the" (In the absence of the chairman, │vice-chairman X; on behalf
    // of the president, │vice president X): it names another holder, who is not X.
    if (gap[0].includes(',') && OF_THE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) break
    roles.unshift(singular(input, role))
    if (body) bodies.unshift(body)
    from = start
  }
  if (roles.length === f.roles.length) return f
  const body = bodies.find(isCppcc) ?? bodies[0] ?? null
  return { ...f, roles: roles.filter((r, i) => roles.indexOf(r) === i), body, from }
}

// "of the" right before a title, ending a text (in the absence of the │chairman).
const OF_THE_BEFORE = /(?<![A-Za-z])of\s+the\s+$/i

/** The most characters read back from a title for the start of its clause. */
const CLAUSE_BACK = 200

/** Whether the clause ending at `at` holds a name or "who is/was" (bounded: at most CLAUSE_BACK characters back). */
function nameInClause(input: Ctx, at: number): boolean {
  const head = input.text.slice(Math.max(0, at - CLAUSE_BACK), at)
  const clause = head.slice(head.search(/[^.!?;:\n]*$/))
  if (/\bwho\s+(?:is|was)\b/i.test(clause)) return true
  const lo = at - clause.length
  const k = partitionPoint(input.nameStarts.length, (i) => input.nameStarts[i]! < lo)
  return k < input.nameStarts.length && input.nameStarts[k]! < at
}

// A title's complement in lower case before a comma or "and": "of our university", "of the school".
const LOW_OF_BEFORE = /\s+(?:of|at)\s+(?:(?:the|our|its|their|this)\s+)?[a-z]+(?:\s+[a-z]+)?$/

/** The title ending at `at` (a whole word before it), singular and lower case, with its start; or null. */
function roleEndingAt(input: Ctx, at: number): { role: string; start: number } | null {
  const m = titlesThen(input.lex.roleBefore).end.exec(input.text.slice(Math.max(0, at - 60), at))
  return m ? { role: m[1]!, start: at - m[0].length } : null
}

/**
 * The party department a title is of where its name, or its name without "Department", stands right before the title as
 * its modifier (United Front Work Minister Sun Chunlan; Organization Department head Chen Xi: 统战部长, 组织部长): the
 * page's body named by those words (the United Front Work Department of the CPC Central Committee), the last one before
 * the title, else the first after; none where the page names no such body.
 */
function departmentBefore(input: Ctx, roleStart: number): BodyMention | undefined {
  const m = input.departmentBefore.exec(input.text.slice(Math.max(0, roleStart - 60), roleStart))
  if (!m) return undefined
  const words = m[1]!.toLowerCase()
  const named = input.bodies.filter((b) => b.kind === 'party' && b.name.toLowerCase().startsWith(words) && (b.end <= roleStart - m[0].length || b.start >= roleStart))
  return named.filter((b) => b.start < roleStart).pop() ?? named[0]
}

// A department no list names, in capitals (Research Department; Poverty Relief and Social Service Department): its words.
const OWN_DEPARTMENT = String.raw`((?:[A-Z][a-z]+\s+)(?:(?:and|of|for)\s+|[A-Z][a-z]+\s+){0,6})Department`
// …right before a title (Research Department │Director), read back from the title;
const OWN_DEPARTMENT_BEFORE = new RegExp(String.raw`(?<![A-Za-z'’-])${OWN_DEPARTMENT}\s+$`)
// …as the next item of a list, after a comma (A, │Membership Department │Vice Director B);
const DEPARTMENT_ITEM = new RegExp(String.raw`^\s?,\s+${OWN_DEPARTMENT}\s+$`)
// …and written right after a body (the ACFIC │Research Department).
const OWN_DEPARTMENT_AFTER = new RegExp(String.raw`^\s+${OWN_DEPARTMENT}(?![A-Za-z])`)

/**
 * The body of a department no list names that stands before a title (Research Department Director Tu Wenxiang): the body
 * the page writes right before the same department (hosted by the ACFIC Research Department → ACFIC), the last one before
 * the title, else the first after; undefined where the page writes the department with no body (README: a body's own
 * department, which is no listed body, gives the title's org its body, as a democratic party's own department does).
 */
function ownDepartmentBefore(input: Ctx, roleStart: number): BodyMention | undefined {
  const m = OWN_DEPARTMENT_BEFORE.exec(input.text.slice(Math.max(0, roleStart - 80), roleStart))
  if (!m || input.overlapsBody({ start: roleStart - m[0].length, end: roleStart })) return undefined
  const words = m[1]!.replace(/\s+/g, ' ')
  const ofIt = input.bodies.filter((b) => OWN_DEPARTMENT_AFTER.exec(input.text.slice(b.end, b.end + 100))?.[1]!.replace(/\s+/g, ' ') === words)
  return ofIt.filter((b) => b.start < roleStart).pop() ?? ofIt[0]
}

/** A title or credit before a name, with where its written titles begin (`from`) where they may follow others. */
function beforeOne(input: Ctx, start: number): Finding | null {
  const { text, lex } = input
  const head = text.slice(Math.max(0, start - 160), start)
  const body = bodyOrGlossBefore(input, start)
  if (body) {
    const lo = Math.max(0, body.start - 160)
    const m = titlesThen(lex.roleBefore).connector.exec(text.slice(lo, body.start))
    if (m) return { roles: [singular(input, m[1]!)], body, cppcc: false, before: true, from: lo + m.index, ...plurality(input, m[1]!) }
  }
  // A title of a body the grammar does not name (Chairman of municipal CCPCC Sha Zhihua): the title alone.
  const loose = titlesThen(lex.roleBefore).looseOf.exec(head)
  if (loose && !input.overlapsBody({ start: start - loose[0].length, end: start })) return { roles: [singular(input, loose[1]!)], body: namedAlike(input, loose[1]!, loose[0]), cppcc: false, before: true, from: start - loose[0].length, ...plurality(input, loose[1]!) }
  const r = lex.roleBefore.exec(head)
  // "Top political advisor Yu Zhengsheng": the description gives no title, but one that alone makes a CPPCC member makes him one.
  // …whether "top" is written before the title or opens it (the appositive title "the top political adviser" is one).
  const described = r !== null && (DESCRIBED.test(head.slice(0, head.length - r[0].length)) || DESCRIBED_TITLE.test(r[1]!))
  if (described && lex.roles.get(singular(input, r[1]!))?.cppcc === 'always') return { roles: [], body: null, cppcc: true, before: true }
  if (r && !described) {
    const roleStart = start - r[0].length
    // "Baptist University president Professor Albert Chan": a capitalised title right after one in lower case, both
    // the name's, the first with its body or firm.
    const prior = /^[A-Z]/.test(r[1]!) && / $/.test(text.slice(roleStart - 1, roleStart)) && /^[a-z]/.test(lex.roleBefore.exec(text.slice(Math.max(0, roleStart - 80), roleStart))?.[1] ?? '')
      ? beforeOne(input, roleStart) : null
    if (prior && !prior.plural && prior.roles.length) {
      const role = singular(input, r[1]!)
      return { ...prior, roles: [...prior.roles, role], ...(prior.elsewhere ? { elsewhere: [...prior.elsewhere, role] } : {}) }
    }
    // "… National Committee led by committee vice-chairman Leung Chun-ying": the CPPCC committee named before in the sentence.
    const ofCommittee = /(?<![A-Za-z])committee\s+$/.test(text.slice(Math.max(0, roleStart - 12), roleStart))
      ? input.bodies.filter((b) => b.kind === 'cppcc' && b.start >= sentenceStart(text, roleStart) && b.end <= roleStart).pop() ?? null
      : null
    // The body before the title, possessive or not: "the CPPCC National Committee's vice-chairman X".
    // …or the region's body of a title after its region (Shanghai Party Secretary Chen Jining).
    const own = ofCommittee ?? bodyEndingBefore(input, roleStart, true) ?? regionBody(input, singular(input, r[1]!), input.placeEnd.get(backOver(text, roleStart, true)))
      ?? departmentBefore(input, roleStart) ?? ownDepartmentBefore(input, roleStart) ?? acronymBefore(input, roleStart) ?? null
    const plural = isPlural(input, r[1]!)
    // A credit before the title gives its role too (Photo by reporter Jing Tianxu).
    const credit = lex.creditBefore.exec(head.slice(0, head.length - r[0].length))
    const roles = credit ? [lex.credits.get(credit[1]!.toLowerCase().replace('：', ':'))!, singular(input, r[1]!)] : [singular(input, r[1]!)]
    // "Vice Chairman and Secretary-General Wang Lin", "Party Secretary and Mayor Li Qiang": a title before "and" is the name's too.
    const first = credit ? null : titlesThen(lex.roleBefore).and.exec(text.slice(Math.max(0, roleStart - 60), roleStart))
    if (first && !isPlural(input, first[1]!) && !/(?<![A-Za-z])(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, roleStart - first[0].length - 5), roleStart - first[0].length))) roles.unshift(singular(input, first[1]!))
    // "CPPCC National Committee member and Peking University professor Zhang Wei": a body's title, "and", then the
    // body of the title before the name; the first body is the org where it is a CPPCC one.
    const pair = !first && !credit && own && own !== ofCommittee ? bodyTitleAnd(input, own.start) : null
    if (pair) roles.unshift(pair.role)
    const org = pair && isCppcc(pair.body) && !isCppcc(own) ? pair.body : own
    // "Sunning Group chairman Li Ming": a title in lower case after a name of two or more capitalised words that is no body or place.
    const run = own || !/^[a-z]/.test(r[1]!) ? null : COMPANY_BEFORE.exec(text.slice(Math.max(0, roleStart - 60), roleStart))?.[0]
    // A modifier of the title opening the run, in any case (Former Hang Seng Bank chief executive officer X at a
    // sentence's start): the title's, not the firm's.
    const lead = run ? /^([A-Za-z]+)[ \t]+/.exec(run) : null
    const leadModifies = !!lead && roles.length === 1 && lex.roles.has(`${lead[1]!.toLowerCase()} ${roles[0]}`)
    const company = run ? [leadModifies ? run.slice(lead![0].length) : run] as const : null
    const firmBefore = company && namesNoBody(input, roleStart - company[0].length) && !input.placeEnd.has(backOver(text, roleStart, false))
    // …the firm as written is the org where the title alone is written before the name (HSBC Asia-Pacific chief executive
    // officer Peter Wong, Institute of Urban Design president Bernard Lim: README, Enterprises).
    // A modifier before the firm is the title's (former Hang Seng Bank chief executive officer X: former chief executive officer).
    const modified = leadModifies && firmBefore ? `${lead![1]!.toLowerCase()} ` : firmBefore ? /([a-z]+(?:-|\s+))$/.exec(text.slice(Math.max(0, roleStart - company[0].length - 20), roleStart - company[0].length))?.[1] : undefined
    const withModifier = modified ? `${modified.trim()}${modified.endsWith('-') ? '' : ' '}${roles[0]}` : ''
    const modifies = !!modified && roles.length === 1 && lex.roles.has(withModifier)
    if (modifies) roles[0] = singular(input, withModifier)
    // …only a firm's or an institution's name (Hang Seng Bank, Institute of Urban Design; an acronym's: HSBC Asia-Pacific),
    // whatever word stands before it (…and Institute of Urban Design president: the and of a list), not a run that names none
    // (During the Two Sessions spokesman, Belt and Road Forum spokesman, New Year Gala director): no org, as before.
    const name = company ? company[0].trim() : ''
    const isFirm = !!company && (lex.firmHead.test(name) || /^[A-Z]{2,}(?![A-Za-z])/.test(name))
    // …not a credit's outlet (Global Times reporter Yu Jincui: org null, as a credit's is).
    const outlet = [...lex.credits.values()].includes(roles[0]!.split(' ').at(-1)!)
    const elsewhere = firmBefore ? { elsewhere: [...roles], ...(roles.length === 1 && !first && !pair && !outlet && isFirm && !lex.notFirm.test(name) ? { firm: name } : {}) } : {}
    // Where the written titles begin, for titles chained before them (not after a credit, nor from a body read elsewhere).
    const ownBefore = own && own !== ofCommittee && own === bodyEndingBefore(input, roleStart, true) ? own.start : roleStart
    const from = credit ? undefined : pair ? pair.body.start : first ? roleStart - first[0].length : ownBefore
    // "CPPCC member Wang Jian": the word CPPCC before the title makes a member; "CPPCC spokesman Wang Guoqing" only names
    // the page's CPPCC as the title's body (a spokesman is no member).
    const cppccWord = /(?<![A-Za-z])CPPCC\s+$/.test(text.slice(Math.max(0, roleStart - 8), roleStart))
    const noMember = cppccWord && makesNoMember(input, roles.at(-1)!)
    return { roles, body: org, cppcc: cppccWord && !noMember, ...(noMember ? { cppccWord: true as const } : {}), before: true, ...(plural ? { plural } : {}), ...elsewhere, ...(from === undefined ? {} : { from }) }
  }
  // A capitalised title after the word CPPCC and before a comma: "CPPCC Chairman, Jia Qinlin".
  const comma = lex.roleCommaBefore.exec(head)
  if (comma && /^[A-Z]/.test(comma[1]!)) return { roles: [singular(input, comma[1]!)], body: null, cppcc: true, before: true }
  // "presided over by the standing chairmen of the presidium, Ge Huijun, …": a title and a comma before the name, not
  // after another name's apposition (A, vice chairman of X, B …); the body is one written in its complement.
  // (The names are searched only where such a title is written: not for every name of the page.)
  const listed = lex.roleListBefore.exec(head)
  if (listed) {
    const lead = head.slice(0, listed.index).replace(/(?:the|a|an)\s+$/i, '')
    // …a dash closes a clause too (seven Vice Chairmen — A, B — and a vice chairwoman, C); and a clause that opens with
    // "and" or names a name is no apposition (A, and a secretary-general, B; A, B and a vice chairwoman, C).
    const clauseAt = lead.search(/[^,;:.!?\n—–]*$/)
    const clause = start - head.length + clauseAt - 1
    const listing = /^\s*and\s/.test(lead.slice(clauseAt)) || (nameStartFrom(input, clause + 1) ?? Infinity) < start - head.length + lead.length
    const appositive = text[clause] === ',' && !listing && input.nameEnds.has(backOver(text, clause, false))
    // …nor the title closing another name's list of descriptions (A, well-known writer, painter, and honorary council
    // member of X, B …): lower-case items in commas back to a name, then "and" and the title, are A's apposition.
    const items = /^\s*and\s/.test(lead.slice(clauseAt)) ? lead.slice(0, clauseAt).search(/,\s*(?:(?=[a-z])[^,;:.!?\n—–]*,\s*)+$/) : -1
    const describing = items >= 0 && input.nameEnds.has(backOver(text, start - head.length + items, false))
    const from = start - head.length + listed.index + listed[1]!.length
    // …and no name in its complement (Vice Chairman of the Provincial CPPCC A, B and C: the title is A's).
    const named = (nameStartFrom(input, from) ?? Infinity) < start
    // …nor the title a name before it was elected to (A elected chairman of X, B elected mayor).
    // …nor a title another subject is said to be (… of the members were non-Communist Party members, Lyu Xinhua, spokesman …).
    // …a colon only after a title in the plural, which opens a list (three vice chairmen: A, B and C).
    const colon = /[:：]\s*$/.test(head)
    const colonOne = colon && !isPlural(input, listed[1]!)
    // …but a plural title before a colon opens the list of its holders whatever gave it (were elected vice-chairpersons of
    // X: A, B and C; among them were three vice chairmen: A and B).
    const opensList = colon && !colonOne
    if (!appositive && !describing && !named && !colonOne && !/,\s*$/.test(lead) && !DESCRIBED.test(lead) && (opensList || (!lex.electBefore.test(lead) && !PREDICATIVE.test(lead))) && !COPULA.test(listed[2]!)) {
      const body = bodyWithin(input, from, start)
      const role = singular(input, listed[1]!)
      // …of a CPPCC no listed body names (the vice chairmen of the CPPCC, A and B): office holders still.
      const cppcc = !body && bareCppcc(input, from) && !makesNoMember(input, role)
      return { roles: [role], body, cppcc, before: true, ...plurality(input, listed[1]!) }
    }
  }
  // "As a member of the 14th National Committee of the CPPCC, Meng Aijun …": titles fronted before the name.
  const o = input.fronted[partitionPoint(input.fronted.length, (k) => input.fronted[k]!.start < start) - 1]
  if (o && o.start >= start - head.length && /^[^.!?\n]*,\s+$/.test(text.slice(o.end, start))) {
    const f = titlesFrom(input, o.end)
    if (f && /^(?:\s*\([A-Z]{2,8}\))?,\s+$/.test(text.slice(f.end!, start))) return { ...f, before: true }
  }
  // "political advisors including A and B": a title in the plural before the list it introduces, for the names
  // with no title of their own (260 political advisers, including Ren Jianhua, chairman of …: Ren's is his own).
  const incl = lex.roleIncludingBefore.exec(head)
  if (incl && isPlural(input, incl[1]!)) {
    const at = start - head.length + incl.index
    const own = bodyWithin(input, at + incl[1]!.length, start) ?? bodyEndingBefore(input, at, true) ?? null
    const role = singular(input, incl[1]!)
    // …of an institution no list names, the sentence's subject (The chamber has six vice chairmen, including …): not the page's CPPCC's.
    const other = !own && lex.institutionSubjectBefore.test(text.slice(sentenceStart(text, at), at)) ? { elsewhere: [role] } : {}
    return { roles: [role], body: own, cppcc: /(?<![A-Za-z])CPPCC\s+$/.test(text.slice(Math.max(0, at - 8), at)), before: true, plural: true, weak: true, ...other }
  }
  // A roster line "Vice-chairpersons: A, B and C" (the title with a colon at the start of a line).
  const colon = lex.roleColonBefore.exec(head)
  if (colon) {
    const plural = isPlural(input, colon[1]!)
    return { roles: [singular(input, colon[1]!)], body: null, cppcc: false, before: true, ...(plural ? { plural } : {}) }
  }
  const c = lex.creditBefore.exec(head)
  if (c) return { roles: [lex.credits.get(c[1]!.toLowerCase().replace('：', ':'))!], body: null, cppcc: false, before: true }
  return null
}

/** A body and its title in the singular, then "and", ending at `at` (CPPCC National Committee member and │…), or null. */
function bodyTitleAnd(input: Ctx, at: number): { role: string; body: BodyMention } | null {
  const { text } = input
  const m = titlesThen(input.lex.roleBefore).and.exec(text.slice(Math.max(0, at - 60), at))
  if (!m || isPlural(input, m[1]!)) return null
  const body = bodyEndingBefore(input, at - m[0].length, true)
  return body ? { role: singular(input, m[1]!), body } : null
}

/**
 * The page's body that a title "of X" names by the stem of its head word (Minister of Education: the Ministry of
 * Education; Commissioner of X: the Commission of X), or null.
 */
function namedAlike(input: Ctx, title: string, written: string): BodyMention | null {
  const of = /\s+of\s+(?:the\s+)?((?:[A-Za-z]+\s+){1,3})$/.exec(written)
  const stem = /([a-z]+)$/i.exec(title)?.[1]!.slice(0, 6).toLowerCase()
  if (!of || !stem || stem.length < 6) return null
  const what = of[1]!.trim().replace(/\s+/g, ' ')
  return input.namedOf.get(what)?.find((b) => b.head.startsWith(stem))?.body ?? null
}

/** The bodies named "HEAD of (the) WHAT" (Ministry of Education), read once for namedAlike. */
function namedOfIndex(bodies: readonly BodyMention[]): Map<string, Array<{ head: string; body: BodyMention }>> {
  const byWhat = new Map<string, Array<{ head: string; body: BodyMention }>>()
  for (const body of bodies) {
    const m = /^(?:the\s+)?([A-Za-z]+)\s+of\s+(?:the\s+)?(.+)$/.exec(body.name)
    if (!m) continue
    const what = m[2]!.replace(/\s+/g, ' ')
    const list = byWhat.get(what)
    if (list) list.push({ head: m[1]!.toLowerCase(), body })
    else byWhat.set(what, [{ head: m[1]!.toLowerCase(), body }])
  }
  return byWhat
}

/** The body written in [from, to), a CPPCC one before others, the first listed of each: read from the bodies by start. */
function bodyWithin(input: Ctx, from: number, to: number): BodyMention | null {
  const ix = input.bodiesByStart
  let best: { body: BodyMention; order: number } | null = null
  for (let k = partitionPoint(ix.length, (i) => ix[i]!.body.start < from); k < ix.length && ix[k]!.body.start <= to; k++) {
    const x = ix[k]!
    if (x.body.end > to) continue
    if (!best || (isCppcc(x.body) ? !isCppcc(best.body) || x.order < best.order : !isCppcc(best.body) && x.order < best.order)) best = x
  }
  return best?.body ?? null
}

/** A title as the role map keys it: lower case, one space between words, none after a hyphen (vice- chairman). */
// …and without a level word inside a party title (Deputy District Party Chief → deputy party chief).
const titleKey = (written: string) => withoutTitleLevel(written.toLowerCase().replace(/-\s+/g, '-').replace(/\s+/g, ' '))

const isPlural = (input: EnPersonInput, written: string): true | undefined => {
  const w = titleKey(written)
  const e = input.lex.roles.get(w)
  return e?.singular && e.singular !== w && !e.abbreviated ? true : undefined
}

const plurality = (input: EnPersonInput, written: string): { plural?: true } => (isPlural(input, written) ? { plural: true } : {})

const singular = (input: EnPersonInput, written: string) => {
  const w = titleKey(written)
  return input.lex.roles.get(w)?.singular ?? w
}
