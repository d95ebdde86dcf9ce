import type { BodyMention } from '../committees/types.js'
import type { PlaceMention } from '../places/types.js'
import type { Tokens, WordToken } from '../segment/tokens.js'
import { DOTTED_RULE, dottedNames } from './dotted.js'
import { isHan, UnitSet } from '../text/chars.js'
import { closesCredit } from '../text/line-kinds.js'
import { CONJUNCTIONS, ENUMERATION_COMMA, HAN_SMALL, LIST_MARKS } from '../text/grammar.js'
import { foreignCandidates, minorityCandidates, PLACE_RULE } from './foreign.js'
import type { PersonLexicon } from './lexicon.js'
import { repeatedNames } from './repeats.js'
import { marksBefore } from './credit-lines.js'
import { bracketedBylines, creditLines, notedItems, noteAfter, noteBefore, spacedBylines, titledListItems } from './lists.js'
import { SINGLE_SURNAME_NAME_MAX, type NameMention } from './types.js'
import { NAME_LIKE_TAGS } from './tags.js'
import { partitionPoint } from '../text/bisect.js'
import { RARE_WORD_IDF } from '../segment/lexicon.js'

/** What the recogniser reads: the words, and the places and bodies found before it (延吉, 平顺 are places). */
export type NameInput = {
  text: string; tokens: Tokens; places: readonly PlaceMention[]; bodies: readonly BodyMention[]
  /** jieba's IDF of a word: a name is a rare word (郎平 11.6), a word jieba mistags nr a common one (文明 6.7). */
  idf?: (word: string) => number | undefined
  /** The part of speech jieba's dictionary gives a word (克林顿 nr), for the head of a word it holds whole (克林顿政府/nt). */
  tag?: (word: string) => string
}

const NAME_TAGS = new Set(['nr', 'nrfg'])
// The lengths of a full name written between a title and what follows it (部长|苗圩|任组长), or read as one unknown word.
const FULL_NAME_LENGTHS = [2, 3]
// Words of the segmenter that may be a given name after a surname: unknown, proper or transliterated.
const PROPER_TAGS = new Set(['x', 'nz', 'nrt'])
const CLAUSE_BEFORE = UnitSet.of(['，。、；：“（—\n'])
const clauseStart = (text: string, i: number) => i === 0 || CLAUSE_BEFORE.has(text.charCodeAt(i - 1))
/**
 * Tags of a word that may be a given name after a surname the segmenter took for a preposition (于/p 建华/nz):
 * the name-like tags but a transliterated name's (nrt): such a word after 于/向 is rather the preposition's
 * object, a foreign name, than a Chinese given name. (Left out on purpose; adding it changes no page of the corpus.)
 */
const GIVEN_WORD_TAGS = new Set([...NAME_LIKE_TAGS].filter((t) => t !== 'nrt'))
const CLAUSE_END = UnitSet.of(['，。、；：！？”）\n'])
// The segmenter's tags of a place word (东方/s) and a direction word (北方/f), a given name it may read as one.
const PLACE_WORD_TAGS = new Set(['s', 'f'])
const AND = UnitSet.of([CONJUNCTIONS])
// A slash pairs two names as a comma lists them: doubles partners (葛菲／顾俊), co-authors.
const PAIR = UnitSet.of(['／/'])
const SPACE = UnitSet.of([' \u3000'])
// The longest title looked for before a name the segmenter joined with it.
const TITLE_MAX = 8
const ITEM_END = UnitSet.of(['、，。；：\n'])
// Marks that end a list item or a clause, and the parts of speech of words that cannot stand before one.
const LIST_MARK = UnitSet.of(['、，。；'])
/** The mark between the items of a list of names. */
const ENUMERATION = UnitSet.of(['、'])
const CLOSING_POS = new Set(['c', 'd', 'p'])
// Parts of speech of a rare dictionary word that may be a list item between two names: names, proper nouns, set phrases.
const LIST_ITEM_TAGS = new Set(['nr', 'nrfg', 'nz', 'i'])
// Parts of speech of function words (a Set: it is asked for every candidate).
// The segmenter's tag of a morpheme it could not place as a word (旻/zg, 箴/zg; also 很/zg, 此/zg).
const MORPHEME = 'zg'
const FUNCTION = new Set(['c', 'p', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'd', 'f', 'm', 'q', 'y', 'e', 'o', 'zg'])
/**
 * Weights of the evidence for a name (log-odds-like points); a candidate is accepted at `threshold`.
 * Tuned on the People's Daily NER dev set and checked on the sample pages.
 */
export const WEIGHTS = {
  threshold: 2.5,
  base: 1,
  given: 0.6,
  oneCharGiven: -1,
  twoCharGiven: 0.3,
  jiebaNr3: 1.5,
  jiebaNr2: 1,
  /** The IDF from which a two-character word tagged nr counts as a name (jiebaNr2). */
  rareWordIdf: RARE_WORD_IDF,
  jiebaNrt: 1.5,
  unknownWord: 2,
  unknownWord2: 2.5,
  subjectAfter: 0.5,
  /** The 等 that closes a list, before a mark (…张明等，): names are listed so. */
  othersAfter: 0.5,
  clauseBefore: 0.5,
  ordinaryWord2: -4,
  ordinaryWord3: -1,
  properWord3: 0,
  cutStart: -3,
  cutEnd: -2.5,
  roleAfter: 3.5,
  verbAfter: 2,
  roleBefore: 3.5,
  /** A credit before the name and a space or a colon between (记者 游思静). */
  creditGap: 1,
  /** A verb of election and its title after the name (闫光星为秘书长, 占华当选为支部主委). */
  electedAfter: 3,
  /** A verb of appointment before the name (任命闫光星, 增补…). */
  appointedBefore: 1,
  /** The last character begins a verb of election and its title (刘洋为主席 is 刘洋 为主席). */
  electedLast: -2.5,
  list: 3,
  sameName: 3,
  listAnd: 1.5,
  wordThenMore: -2,
  verbThenWord: -2,
  surnameAlone: 1.5,
  surnameAloneOther: 0.5,
  /** …and one it took for a preposition, at a clause start before a given name and a title (于/p 建华/nz 委员). */
  prepositionSurname: 6.5,
  rareCharBelow: -1.2,
  rareChar: -1,
  bracketed: 4,
  surnameTitle: 3,
  japaneseFull: 3,
  /** A Japanese family name alone (桥本坦率地说): as likely as a Chinese name, context decides. */
  japaneseSurname: 0,
  insideForeign: -2,
  strandedNext: -2,
  strandedLast: 1,
  /** A name the segmenter knows whole (张骞/nr) read on into the one-character verb after it (张骞乘). */
  knownThenVerb: -1.5,
  strandedUnknownGiven: -1,
  properEnd: -0.5,
  notPersonAfter: -3,
  /** A kind of place right before (首都阿布贾, 旅游胜地帕塔亚): the word names that place, whatever else says person. */
  placeBefore: -8,
  finalNoun: -2.5,
  linkingLast: -2,
  functionThenWords: -5,
  properEndBelow: 1,
  weakCueMinLength: 3,
  weakCues: 1,
  weakCue: 1,
  /** A leader's name the dictionary knows before the government the leader heads (克林顿政府, 叶利钦政府): see leadersOfGovernments. */
  leaderGovernment: 4,
  /** How far above the threshold a transliteration the dictionary tags as a name is, with a weak cue at each of two mentions or more (琼斯堪称…，琼斯跑出). */
  weakRepeated: 0.9,
  /** A word named after a person, the person's part written short (汤 of 汤杯): data/eponyms.tsv. */
  eponym: 4,
  /** A doctrine named after the person follows (邓小平理论, 马克思主义). */
  doctrineAfter: 2,
  /** A name read across a space or line break (欧 阳丽娟): neither part is a word, the whole is unknown. */
  joinedBreak: 1.5,
  /** An unknown, name or place word right before or after a title (素林外长): see titledWords. */
  titledWord: 2.6,
  /** …whose characters names use on average (a mean log ratio, in Chinese or in transliteration), none far below. */
  titledCharMean: 0.25,
  titledCharMin: -2.5,
  // The least fit as a given name of the second character of an ordinary word read as a speaker's name (方明建议，).
  spokenGivenMin: 1,
  /** A two-character place word right after a title (国务委员罗干/ns). */
  titledPlaceWord: -1,
  /** A name after a function character the segmenter glued to it (但葛菲/x is 但 葛菲). */
  gluedBefore: 2.5,
  /** A word of comparison before and after the name (像周立波这样, 像史密斯那样): see data/likeness-words.tsv. */
  likeness: 2,
  /** …and the reading that begins with that character. */
  gluedFirst: -3,
  /** A surname the segmenter took for an adverb, with a title before or after (会长曾建新, 曾建新会长说): undoes the function-word cost. */
  adverbSurname: 3,
  /** A surname the segmenter took for a verb before a place or direction word, right after a title (主席戴北方、). */
  verbSurname: 3,
  /** A name the segmenter glued to a function character that goes on with the sentence (姜仲等/x 领导, 程书/x 航为/x):
   * the reading with that character loses, the one ending before it wins, about what an unknown word's reading gives. */
  gluedAfter: -2.5,
  /**
   * A name's third character the segmenter left alone between the two it read as a name and a mark or a title (主席吴才/x 运/n ，).
   * 1.5: the least, in steps of 0.5, that lifts the three characters over the two (at 1 段轮一 of dev page 112, a
   * 、-list of names, is read 段轮); the mark or title after it closes the name, so no title is needed before it.
   */
  closedThird: 1.5,
  /**
   * …and one left alone after a title before a verb of presence (副秘书长程道/x 会/v 主持): see thirdBeforePresence.
   * More than closedThird: nothing closes the name after the third character, which is often an ordinary word of
   * its own (画/n of 余深画分别带队, dev page 271: at 1.5 or 2 that page reads 余深; 2.5 is the least that reads it,
   * 3 leaves half a point of margin), so a title before it is required (it is asked only of a cued reading).
   */
  thirdBeforePresence: 3,
  /**
   * …and one after a title that the segmenter joined to the function character after it, or left alone before a verb
   * (统战部长岑国/x 健在/v 会上, 副主席张东/x 如/v 组织): see thirdGlued. As thirdBeforePresence: a title before it is required.
   */
  thirdGlued: 3,
  /**
   * …and one that is a conjunction the segmenter set apart, before a word that no conjunction joins (an adverb, a preposition,
   * a verb of speech or presence, a cue): 副主席罗富/x 和/c 一行, 委员范德/x 和/c 则/d: see conjunctionThird. The reading that
   * takes it wins over the one ending before it by as much as it loses. 3, as thirdGlued: at 2 罗富 (dev 729) still wins.
   */
  conjunctionThird: 3,
  /** A verb of presence right after (韩昉陪同, 张明出席会议): a person attends, leads or accompanies. */
  presenceAfter: 1,
  /**
   * An item of a 、-list whose neighbour item is one ordinary word (安全、温馨、舒适; 教育、财政、卫健等部门): see amongWords.
   * -3: at -1.5 武昌鱼 of dev page 248 (联赛、武昌鱼文化旅游季) is still a name, -2 is the least that drops it;
   * -3 leaves a point of margin, safe as it applies only with no cue and no title (a titled name keeps its evidence).
   */
  amongWords: -3,
  /** A name whose Chinese parts a middle dot joins (库来惜·阿不都拉): see dotted.ts; …clean at both ends (a title, cue or mark), above any reading of a part. */
  dotted: 1,
  dottedClean: 8,
}

/**
 * `morpheme`: per word of the segmenter, 1 where it is one character it could not place as a word (zg) that given names
 * use and that ends proper nouns no more than names do (旻 of 周立/x 旻/zg, 箴; not 园 of 智慧/n 园/zg): no function word at a
 * name's end, as it is none before a mark (closedThird).
 */
type Index = { tokAt: Int32Array; toks: WordToken[]; morpheme: Uint8Array; blocked: Uint8Array; shortPlaceAt: Map<number, number>; surnamePlaceAt: Map<number, number>; bodyEnds: Set<number>; idf: (word: string) => number | undefined }

function index(input: NameInput, lex: PersonLexicon): Index {
  const { text } = input
  const blocked = new Uint8Array(text.length)
  for (const p of input.places) if (p.division) blocked.fill(1, p.start, p.end)
  // A place written short in two characters right after a surname (钟南平, 王海南, 陈长春): a given name when a
  // title or a speech verb says person (see givenPlace).
  const shortPlaceAt = new Map<number, number>()
  for (const p of input.places) if (p.division && p.end - p.start === 2 && p.start > 0 && lex.surnameStart.has(text.charCodeAt(p.start - 1))) shortPlaceAt.set(p.start, p.end)
  // …and one that begins with a surname, the surname and the first character of the given name (黄山明, 金华东).
  const surnamePlaceAt = new Map<number, number>()
  for (const p of input.places) if (p.division && p.rule !== 'gazetteer' && p.end - p.start === 2 && lex.surnameStart.has(text.charCodeAt(p.start))) surnamePlaceAt.set(p.start, p.end)
  for (const c of input.bodies) blocked.fill(1, c.start, c.end)
  // Words that are never names (高大上), wherever they are written.
  for (let i = 0; i < text.length; i++) {
    // …and the marks after a credit (供稿丨钱佩予: 丨 is a character of the CJK block).
    if (lex.functionChars['credit-mark'].has(text.charCodeAt(i))) blocked[i] = 1
    const w = lex.notPersons.longestAt(text, i)
    if (w) blocked.fill(1, i, w.end)
    // …and a verb of holding an office right before a title (他曾任科员, 曾任署长): data/office-verbs.txt.
    const v = lex.officeVerbs.longestAt(text, i)
    if (v && lex.roleAt(text, v.end) !== undefined) blocked.fill(1, i, v.end)
    // …and a word written before a title that belongs to it (一级调研员, 执行主席: data/role-modifiers.tsv), where it
    // begins with no surname: the title's, never a name's end (王明同志任一级调研员 has no person 任一级).
    const m = lex.surnameStart.has(text.charCodeAt(i)) ? undefined : lex.modifierAt(text, i)
    if (m !== undefined && lex.roleAt(text, i + m.length) !== undefined) blocked.fill(1, i, i + m.length)
    // …and what members bring, right after their title (汇聚委员智慧): data/member-qualities.txt.
    const q = lex.qualities.longestAt(text, i)
    if (q && lex.roleEndingAt(text, i) !== undefined) blocked.fill(1, i, q.end)
  }
  const toks = input.tokens.list
  const morpheme = new Uint8Array(toks.length)
  toks.forEach((t, k) => {
    const c = text.charCodeAt(t.start)
    if (t.pos === MORPHEME && t.end === t.start + 1 && lex.given[c]! > 0 && lex.properEnd[c]! <= WEIGHTS.properEndBelow) morpheme[k] = 1
  })
  const bodyEnds = new Set(input.bodies.map((b) => b.end))
  return { tokAt: input.tokens.at, toks, morpheme, blocked, shortPlaceAt, surnamePlaceAt, bodyEnds, idf: input.idf ?? (() => undefined) }
}

function isBlocked(blocked: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (blocked[k]) return true
  return false
}

/**
 * A title ends at `i` and begins where a word of the segmenter begins, so that only the word across `i`
 * joins its last character with what follows (主/b 任何/r: 主任 何…). Inside a word (重庆市/ns 长江/ns)
 * the title is no title. A title whose first character is the last of a body written right before it begins
 * there too: the short form of a department's head shares that character (县委统战部/nt 长江/ns 海松: 统战部长 江海松;
 * 公安厅长, 财政局长), the body being a mention the page reads.
 */
function titleEndsAt(lex: PersonLexicon, ix: Index, text: string, i: number): boolean {
  const across = ix.toks[ix.tokAt[i]!]
  if (!across || !lex.roleEndingAt(text, i)) return false
  // Any title ending here (主任 of 常委会主任) may be the one that begins a word.
  for (let from = across.start - 1; from >= Math.max(0, i - TITLE_MAX); from--) {
    if ((ix.toks[ix.tokAt[from]!]?.start === from || (ix.bodyEnds.has(from + 1) && !wordCoversName(across, i))) && lex.roles.has(text.slice(from, i))) return true
  }
  return false
}

/**
 * The word the segmenter read across a title shared with a body leaves two characters or more after the title
 * (区文旅局/长白山/推介会: 白山, a city's short form inside a mountain's name): the word is read, not a title and a name; one
 * character left (统战部/长江/海松, 财政局/长江/南) is a name's first.
 */
function wordCoversName(across: WordToken, i: number): boolean {
  return across.end - i >= 2
}

/**
 * The segmenter left the character at `e` after a two-character reading where a name's third character
 * would explain it: a character standing alone (汪明/x 新/a 经常), the first of an unknown word it guessed
 * (张少/x 农等/x 领导) or of a word with 等 (吴海/x 平等/a), one left alone before a clause ends (郑建/x 闽/j ，, 秦金/x 月/m ⏎) or the first of a
 * conjunction written twice (钟广/x 和/c 和/c).
 */
function stranded(lex: PersonLexicon, ix: Index, text: string, e: number): boolean {
  const k = ix.tokAt[e] ?? -1
  const next = ix.toks[k]
  if (!next || next.start !== e || !allHan(text, e, e + 1)) return false
  if (doubledConjunction(ix, k) || closingFunctionChar(ix, text, e)) return true
  const given = lex.given[text.charCodeAt(e)]!
  // …or the first of a word the segmenter made with the 等 that closes a list of names (吴海/x 平等/a 出席).
  if (next.end === e + 2 && lex.titleWords.others.longestAt(text, e + 1)?.end === e + 2) return given > WEIGHTS.strandedUnknownGiven
  if (next.end > e + 1) return next.pos === 'x' && given > WEIGHTS.strandedUnknownGiven
  if (FUNCTION.has(next.pos) && next.pos !== 'zg' && !((next.pos === 'm' || next.pos === 'q') && loneCounter(ix, k))) return false
  if (given > 0) return true
  const closes = e + 1 === text.length || CLAUSE_END.has(text.charCodeAt(e + 1))
  // …but not a verb that closes a credit (记者李明摄).
  return closes && given > WEIGHTS.strandedUnknownGiven && !lex.creditVerbAt(text, e)
}

/**
 * After a title a verb or numeral of one character the segmenter left alone right before a clause mark (副主席廖兴/x 无/v ，,
 * 主席李栋/x 一/m ，) is a name's last character: a titled name is not the subject of a bare one-character predicate, except a verb
 * of speech (主任李明说，, checked by the caller) or one that closes a credit (记者李明摄).
 */
function loneVerbClosing(lex: PersonLexicon, ix: Index, text: string, k: number): boolean {
  const t = ix.toks[ix.tokAt[k] ?? -1]
  if (t === undefined || t.start !== k || t.end !== k + 1 || !CLAUSE_END.has(text.charCodeAt(k + 1))) return false
  // …and so is a numeral alone, none before it (原政协主席李栋/x 一/m ，): no count ends a clause without its measure word
  // (一 is in so many words that its given-name ratio alone falls short of a name's character).
  if (t.pos === 'm') return loneCounter(ix, ix.tokAt[k]!)
  return t.pos === 'v' && lex.verbAt(text, k) === undefined && lex.creditVerbAt(text, k) === undefined
}

/**
 * A conjunction, adverb or preposition of one character does not end a clause or a list item: before a
 * mark (罗富和、, 乐有才、, 潘立刚，) it is a name's last character.
 */
function closingFunctionChar(ix: Index, text: string, k: number): boolean {
  const t = ix.toks[ix.tokAt[k]!]
  return t !== undefined && t.start === k && t.end === k + 1 && CLOSING_POS.has(t.pos) && LIST_MARK.has(text.charCodeAt(k + 1))
}

/** A conjunction is not written twice: the first of 和/c 和/c (钟广和和委员) ends a name. */
function doubledConjunction(ix: Index, k: number): boolean {
  const t = ix.toks[k]
  const n = ix.toks[k + 1]
  return t !== undefined && n !== undefined && t.pos === 'c' && t.end - t.start === 1 && n.start === t.end && n.word === t.word
}

/** A one-character numeral or measure word (张/q, 月/m) with no numeral before it: a name's character, not a count. */
function loneCounter(ix: Index, k: number): boolean {
  const t = ix.toks[k]!
  const prev = ix.toks[k - 1]
  // …also where the text begins (余/m 海燕/nr at the start of a sentence read alone).
  return t.end - t.start === 1 && (prev === undefined || (prev.pos !== 'm' && !/[0-9０-９]$/.test(prev.word)))
}

/**
 * A preposition, conjunction or adverb of one character right after the 、 of a list, before one given-name word that
 * ends the item (、和/c 雪涛/x 在, 、于/p 建华/nz 、, 、向/p 红梅/nr 、, 、曾/d 自香/x 、): a conjunction does not follow 、, so it is
 * the surname (和, 于, 向, 曾 are common ones) and the item a name, if the list around makes it one; so too the first item of
 * a list that opens a clause (，于/p 洪文/x 、孙立新、).
 */
function listedFunctionSurname(ix: Index, text: string, s: number, e: number, a: number, b: number): boolean {
  const ta = ix.toks[a]!
  const tb = ix.toks[b]!
  const listed = text.charCodeAt(s - 1) === ENUMERATION_COMMA || (s > 0 && clauseStart(text, s) && text.charCodeAt(e) === ENUMERATION_COMMA)
  return listed && ta.start === s && ta.end === s + 1 && LISTED_SURNAME_POS.has(ta.pos) &&
    b === a + 1 && tb.start === s + 1 && tb.end === e && GIVEN_WORD_TAGS.has(tb.pos)
}
// The parts of speech of a surname the segmenter set apart as a function word in a list of names (和/c, 于/p, 曾/d).
const LISTED_SURNAME_POS = new Set(['p', 'c', 'd'])

/** How well [s, e) fits the segmenter's words: a name that cuts through an ordinary word is unlikely. */
function alignment(ix: Index, text: string, s: number, e: number, doctrine = 0, titled = false, afterTitle = false, listEnd = -1): { score: number; rule: string } {
  const a = ix.tokAt[s]!
  const b = ix.tokAt[e - 1]!
  const ta = ix.toks[a]
  const tb = ix.toks[b]
  if (!ta || !tb) return { score: -5, rule: 'no-token' }
  // The segmenter makes one word of a name and the doctrine named after it (邓小平理论/nr, 马克思主义/n):
  // for the name the word ends where the doctrine begins. Two-character heads only of words tagged as
  // names (沙文主义/n, 官僚主义/n are no names).
  let bEnd = tb.end
  if (doctrine && a === b && tb.start === s && bEnd === e + doctrine && (e - s >= 3 || NAME_TAGS.has(tb.pos) || tb.pos === 'nrt')) bEnd = e
  if (a === b && ta.start === s && bEnd === e) {
    // jieba tags many words nr (智慧, 玉米, 清正廉洁): its tag is evidence only on three-character words.
    if (NAME_TAGS.has(ta.pos) && e - s === 3) return { score: WEIGHTS.jiebaNr3, rule: 'jieba-nr' }
    // …and on two-character ones that are rare words (郎平, 孙权; not 文明, 卓越, 智慧).
    if (NAME_TAGS.has(ta.pos) && e - s === 2) return { score: (ix.idf(ta.word) ?? 0) >= WEIGHTS.rareWordIdf ? WEIGHTS.jiebaNr2 : 0, rule: 'jieba-nr' }
    if (ta.pos === 'nrt') return { score: WEIGHTS.jiebaNrt, rule: 'jieba-nrt' }
    if (ta.pos === 'x') return { score: e - s === 2 ? WEIGHTS.unknownWord2 : WEIGHTS.unknownWord, rule: 'unknown-word' }
    // A dictionary word (智慧, 卓越, 高峰) is a name only with context.
    if (ta.pos === 'nz' && e - s === 3) return { score: WEIGHTS.properWord3, rule: 'proper-word' }
    // A place word after a title is a name the segmenter took for a place (国务委员罗干/ns).
    if (afterTitle && ta.pos === 'ns' && e - s === 2) return { score: WEIGHTS.titledPlaceWord, rule: 'ordinary-word' }
    return { score: e - s === 3 ? WEIGHTS.ordinaryWord3 : WEIGHTS.ordinaryWord2, rule: 'ordinary-word' }
  }
  let score = 0
  // Names do not begin with a function word (和关于, 和广大) nor end in one, nor begin with a whole
  // ordinary word that more characters follow (平台让委员 is no 平台让).
  // 张/q is a measure word only after a numeral (一张), and 许/m a numeral only with one (几许, 些许): otherwise the surname.
  const measureSurname = (ta.pos === 'q' || ta.pos === 'm') && loneCounter(ix, a)
  // A surname the segmenter left alone as a morpheme (孙/zg 立国/ns) after a title is the surname.
  // …and so is a pronoun that is a surname (院长/n 任/r 国权/n); a morpheme is one in a list of names too (、孙/zg 立国/ns)
  // and at a clause start before one word (刘/zg 向东/nr 委员, 孙/zg 建设/vn 委员).
  const morphemeSurname = ta.end === ta.start + 1 && ((ta.pos === 'zg' && (afterTitle || text.charCodeAt(s - 1) === ENUMERATION_COMMA || (clauseStart(text, s) && tb.start === ta.end))) || (ta.pos === 'r' && afterTitle))
  if (listedFunctionSurname(ix, text, s, e, a, b)) return { score: 0, rule: 'chars' }
  if (ta.start === s && FUNCTION.has(ta.pos) && !measureSurname && !morphemeSurname) {
    score -= 3
    // A conjunction or preposition the segmenter set apart before other words (和/c 芬兰/ns, 和/c 明/a
    // 仁天皇/nr, 于/p 明天/t) is no surname.
    if ((ta.pos === 'c' || ta.pos === 'p') && ta.end - ta.start === 1 && b > a) score += WEIGHTS.functionThenWords
  }
  else if (ta.start === s && ta.end < e && ta.end - ta.start >= 2 && ta.pos !== 'x' && !NAME_TAGS.has(ta.pos)) score += WEIGHTS.wordThenMore
  // A one-character verb and its object, one ordinary word (占/v 学生/n of 占学生总数), read as a surname and a
  // given name: the segmenter's reading wins. An unknown or proper word after it may be a given name (占/v 立华/x).
  else if (ta.start === s && ta.end === s + 1 && ta.pos === 'v' && b === a + 1 && bEnd === e && !NAME_TAGS.has(tb.pos) && !PROPER_TAGS.has(tb.pos)) score += WEIGHTS.verbThenWord
  // 月/m of 秦金月 is a month only after a numeral.
  // …and a numeral word that is the whole given name after a title, no measure word after it (副会长安七一/m 宣布): no count.
  if (bEnd === e && tb.start > s && FUNCTION.has(tb.pos) && !ix.morpheme[b] && !((tb.pos === 'm' || tb.pos === 'q') && loneCounter(ix, b)) && !(afterTitle && givenNumeral(ix, text, b)) && !doubledConjunction(ix, b) && !closingFunctionChar(ix, text, e - 1)) score -= 1.5
  // …or hold one in the middle (国/n 之/u 大/a of 国之大者).
  if (b - a === 2 && FUNCTION.has(ix.toks[a + 1]!.pos)) score -= 1.5
  // A name may split an unknown word (x) or glue single characters; cutting a dictionary word costs.
  // A title before the name draws the line the segmenter missed (主任何积光).
  if (ta.start < s && !titled) score += ta.pos === 'x' ? -0.5 : NAME_TAGS.has(ta.pos) ? -1 : WEIGHTS.cutStart
  // …but not the word the segmenter made with the 等 that closes a list of names (吴海平/平等/a 出席) or with a cue
  // (方茂发/发作/v 补充发言): `listEnd`.
  // A given name's last character the segmenter joined with the conjunction after it, the rest an unknown
  // word (麻占/x 平和/a 秘书长, 杨小/x 波及/ns 有关部委): the conjunction is the sentence's, the cut is no cost.
  // …where another item follows it, no pronoun or function word (张平/x 和/c 大家 is 张平).
  const item = ix.toks[ix.tokAt[e + 1] ?? -1]
  const conjoined = bEnd === e + 1 && tb.start === e - 1 && AND.has(text.charCodeAt(e)) && ta.pos === 'x' && ta.start === s && ta.end === e - 1 &&
    item !== undefined && item.start === e + 1 && !FUNCTION.has(item.pos)
  if (conjoined) score += WEIGHTS.strandedLast
  else if (bEnd > e && bEnd !== listEnd) score += tb.pos === 'x' ? -0.5 : NAME_TAGS.has(tb.pos) ? -1 : WEIGHTS.cutEnd
  return { score, rule: 'chars' }
}

/**
 * A word of Chinese numerals of two characters (七一/m) that no measure word follows: after a title and a surname it is a given
 * name, not a count (副会长安七一宣布; not 主任张一/m 个/q).
 */
function givenNumeral(ix: Index, text: string, k: number): boolean {
  const t = ix.toks[k]!
  const next = ix.toks[k + 1]
  if (t.pos !== 'm' || t.end - t.start !== 2 || (next !== undefined && next.start === t.end && (next.pos === 'q' || next.pos === 'm'))) return false
  for (let c = t.start; c < t.end; c++) if (!HAN_SMALL.includes(text[c]!)) return false
  return true
}

/**
 * A title begins at `e` inside a word of the segmenter that ends inside the title, and the title ends where a word ends
 * (安七/x 一副/m 会长/n: 副会长 after 安七一):
 * it draws the line the segmenter missed, as titleEndsAt does before a name.
 */
function titleCutsAt(lex: PersonLexicon, ix: Index, text: string, e: number): boolean {
  const across = ix.toks[ix.tokAt[e]!]
  if (!across || across.start >= e) return false
  const role = lex.roleAfterNameAt(text, e)
  // The word across `e` ends inside the title, not with it (司法部长/n holds the title: no name 司法).
  return role !== undefined && across.end < e + role.length && ix.toks[ix.tokAt[e + role.length - 1]!]?.end === e + role.length
}

/** Tags of a word the dictionary holds as a person's name. */
const PERSON_WORD_TAGS = new Set(['nr', 'nrt', 'nrfg'])

/** [s, e) is one word of the segmenter that its dictionary tags as a person's name (琼斯/nrt), or one it did not know (x). */
function personWord(ix: Index, s: number, e: number): boolean {
  const t = ix.toks[ix.tokAt[s] ?? -1]
  return t !== undefined && t.start === s && t.end === e && (PERSON_WORD_TAGS.has(t.pos) || t.pos === 'x')
}

/**
 * A leader's name before the government or regime the leader heads (克林顿政府, 叶利钦政府, 布莱尔内阁, 萨达姆政权:
 * data/leader-government-words.txt), where a government word after a name-like word otherwise makes it a place (斯里兰卡政府):
 * the name a word the dictionary tags as a person's and holds as a rare one (not 阳光/nr 政府, 智慧/nr 政府), no country or
 * city, written as a word of its own (叶利钦/nr 政府/n) or the head of one word with the government word (克林顿政府/nt).
 */
function leadersOfGovernments(lex: PersonLexicon, ix: Index, text: string, tag: ((word: string) => string) | undefined): NameMention[] {
  const out: NameMention[] = []
  for (const t of ix.toks) {
    let e = t.end
    if (lex.leaderGovernmentAt(text, e) === undefined) {
      // …or the head of a word the segmenter made with it.
      e = t.start + 2
      while (e < t.end && lex.leaderGovernmentAt(text, e)?.length !== t.end - e) e++
      if (e >= t.end) continue
    }
    const name = text.slice(t.start, e)
    const pos = e === t.end ? t.pos : tag?.(name) ?? ''
    if (!PERSON_WORD_TAGS.has(pos) || (ix.idf(name) ?? 0) < WEIGHTS.rareWordIdf || !allHan(text, t.start, e) || isBlocked(ix.blocked, t.start, e) || lex.isForeignPlace(text, t.start, e)) continue
    out.push({ start: t.start, end: e, name, score: WEIGHTS.leaderGovernment, rule: 'leader-government' })
  }
  return out
}

/**
 * Person names without a neural model: a surname (data/surnames.txt) and one or two given-name
 * characters scored by how often jieba's person entries use them (data/name-chars.tsv), plus the
 * segmenter's evidence (nr tags, unknown words, cut words) and context cues — a role or title
 * before or after (市政协主席高志国, 徐勇委员), a speech verb after (说, 表示, 建议), a list of names.
 * Places and committees found earlier block names (延吉, 平顺 are places).
 */
export function recognizeNames(input: NameInput, lex: PersonLexicon, strong: Set<string> = new Set(), explain?: (candidates: readonly NameMention[]) => void): NameMention[] {
  const ix = index(input, lex)
  const text = input.text
  const cands: NameMention[] = []
  const after = contextAfter(text, lex)
  const bylines = bracketedBylines(lex, text, new Map(input.bodies.map((b) => [b.start, b.end])))
  const bracketed = new Map(bylines)
  // A pen name closing a credit line is read as a credited byline's name is (whatever its characters).
  for (const [s, e] of creditLines(lex, text, bracketed)) bylines.set(s, e)
  const cutoff = WEIGHTS.threshold - Math.max(WEIGHTS.list, WEIGHTS.sameName)
  // The most that the context of a name can add; candidates far below even that are not scored further.
  const ctxMax = WEIGHTS.roleAfter + WEIGHTS.roleBefore + 0.5 + WEIGHTS.subjectAfter + WEIGHTS.clauseBefore + WEIGHTS.bracketed + WEIGHTS.likeness + Math.max(0, WEIGHTS.strandedLast)
  for (let i = 0; i < text.length; i++) {
    // Cheapest test first: most characters begin no surname.
    const c = text.charCodeAt(i)
    const surname = lex.surnameStart.has(c)
    const japanese = lex.japaneseStart.has(c)
    if ((!surname && !japanese) || (ix.blocked[i] && !ix.surnamePlaceAt.has(i))) continue
    // A name that begins inside a dictionary word (平台让委员) costs cutStart and almost never wins: not tried.
    // …unless a title ends right there: 主任何积光 (主/b 任何/r 积光/x) is 主任 何积光.
    const t = ix.toks[ix.tokAt[i]!]
    const titled = t !== undefined && t.start < i && titleEndsAt(lex, ix, text, i)
    // …or a preposition of agency the segmenter glued to the surname begins the word (受屈/v 谦 主委 of 受屈谦主委委托): tried,
    // and kept only where a title follows the name (see gluedAgent below).
    const gluedWord = t !== undefined && t.start === i - 1 && t.end <= i + 3 && lex.functionChars['glued-agent'].has(text.charCodeAt(t.start))
    if (t && t.start < i && t.pos !== 'x' && !NAME_TAGS.has(t.pos) && t.pos !== 'nrt' && !titled && !gluedWord) continue
    // A measure word right after a numeral counts what follows (3/x 位女/x 委员, 两位/m 乡籍企业家): no surname begins there.
    if (lex.functionChars.counter.has(c) && lex.functionChars.numeral.has(text.charCodeAt(i - 1))) continue
    if (japanese) japaneseNames(lex, ix, text, i, after, cands)
    if (!surname) continue
    let before: number | undefined
    // Whether a title or cue ends right before `i`: the same for every candidate that begins here, asked once.
    let cued: boolean | undefined
    for (let sl = 2; sl >= 1; sl--) {
      const prior = lex.surnamePriorAt(text, i, sl)
      if (prior === undefined) continue
      // After a title a name follows, not a bare surname and a second title: 秘书长夏中锋 is no 夏 中锋.
      const written = lex.titleAt(text, i + sl)
      const title = written !== undefined && lex.roles.has(written) && lex.roleEndingAt(text, i) !== undefined ? undefined : written
      if (title) {
        const bare = bareSurname(lex, ix, text, i, sl, title, prior)
        if (bare) cands.push(bare)
      }
      if (sl === 1 && lex.functionChars.family.has(text.charCodeAt(i + 1))) {
        const family = familySurname(ix, text, i, prior)
        if (family) cands.push(family)
      }
      if (sl === 1 && lex.functionChars['address-before'].has(text.charCodeAt(i - 1))) {
        const addressed = addressedSurname(lex, ix, text, i, prior)
        if (addressed) cands.push(addressed)
      }
      for (let g = 1; g <= 2; g++) {
        const e = i + sl + g
        if (e > text.length || !allHan(text, i, e)) continue
        if (isBlocked(ix.blocked, i, e) && !givenPlace(lex, ix, text, i, sl, e, after)) continue
        // 李老师, 郑某, 吕老: a surname and a form of address, not a given name.
        if (title && (title.length === 1 || i + sl + title.length === e) && !listedTitleName(lex, text, i, e, title)) continue
        let score = prior + WEIGHTS.base + (g === 2 ? WEIGHTS.twoCharGiven : WEIGHTS.oneCharGiven)
        let worst = Infinity
        for (let k = i + sl; k < e; k++) {
          const gs = lex.given[text.charCodeAt(k)]!
          score += WEIGHTS.given * gs
          if (gs < worst) worst = gs
        }
        // One character that names almost never use (性 of 普惠性, 化 of 高端化) outweighs a good one.
        // …unless it is a third character the segmenter left alone and the mark of a list or clause closes (马天/x 轶/n 、: see
        // closedThird; not one before a verb, 李明/x 去/v 参加).
        // …or the 等 that closes the list the name is an item of (张世/x 珞/nz 等4名委员).
        // …or the conjunction that joins the next person to a titled name (主任吴概/x 球/n 和/c 相关部门负责人: conjoinedAfter).
        if (worst < WEIGHTS.rareCharBelow && !(g === 2 && sl === 1 && (LIST_MARK.has(text.charCodeAt(e)) || lastOfList(lex, text, i, e) || ((cued ??= cueBefore(lex, text, i)) && conjoinedAfter(ix, text, e))) && closedThird(lex, ix, text, i, e, cued))) score += WEIGHTS.rareChar
        // A last character that ends places and other proper nouns far more than names (吉隆坡, 尤伯杯).
        score += WEIGHTS.properEnd * Math.max(0, lex.properEnd[text.charCodeAt(e - 1)]! - WEIGHTS.properEndBelow)
        if (lex.finalNoun.has(text.charCodeAt(e - 1)) || departmentWord(lex, ix, text, i, e)) score += WEIGHTS.finalNoun
        // …为团长, …和芬兰外长: a function word before a title belongs to the sentence, not the name.
        if (lex.functionChars.linking.has(text.charCodeAt(e - 1)) && !doubledConjunction(ix, ix.tokAt[e - 1]!) && !closingFunctionChar(ix, text, e - 1)) score += WEIGHTS.linkingLast
        // …刘洋为主席, 陈伟任党组书记: the last character begins the verb that gives the title.
        if (e - i > sl + 1 && lex.electedAt(text, e - 1)) score += WEIGHTS.electedLast
        // …王勇率调研组, 陈武率队: the last character begins a word written after names.
        else if (e - i > sl + 1 && lex.cueAt(text, e - 1)) score += WEIGHTS.electedLast
        // …周春摄 of 记者王澍、周春摄: the last character is the verb that closes a credit, where the credit ends.
        else if (e - i > sl + 1 && lex.creditVerbAt(text, e - 1)?.length === 1 && (e === text.length || CLAUSE_END.has(text.charCodeAt(e)))) score += WEIGHTS.electedLast
        const doctrine = doctrineAfter(lex, text, i, e)
        cued ??= cueBefore(lex, text, i)
        // The word a cut through explains: the 等 that closes a list (吴海平/平等/a), or one the name's last
        // character makes with a cue written after names (方茂发/发作/v 补充发言).
        // …or a title after the name that ends where a word ends (安七/x 一副/m 会长/n: 安七一 副会长), as a title before it does (titled).
        const explained = lex.titleWords.others.longestAt(text, e)?.end ?? (lex.cueAt(text, e) !== undefined || titleCutsAt(lex, ix, text, e) ? ix.toks[ix.tokAt[e - 1]!]?.end : undefined)
        const al = alignment(ix, text, i, e, doctrine, titled || gluedWord, cued, explained)
        score += al.score
        if (sl === 1) {
          const glued = gluedAfterAt(lex, ix, text, i)
          // The reading that ends right before it wins; one that takes it, or leaves the character before it to it, loses.
          if (glued === e) score -= WEIGHTS.gluedAfter
          else if (glued === e - 1 || glued === e + 1) score += WEIGHTS.gluedAfter
          // …and so does an adverb or a character written after a subject's name before a predicate (刘洋则/x 建议, 沈雯/nz 都/d
          // 关注, 李华获/x 表彰): see adverbLast.
          else if (g === 2 && adverbLast(lex, ix, text, e)) score += WEIGHTS.gluedAfter
          else if (g === 1 && adverbLast(lex, ix, text, e + 1)) score -= WEIGHTS.gluedAfter
        }
        if (doctrine) score += WEIGHTS.doctrineAfter
        if (score + ctxMax + 5 < cutoff) continue
        // A world city (戴维斯, 杰克逊) is a person after a title (世界冠军戴维斯).
        if (lex.isForeignPlace(text, i, e) && !placeTitled(lex, text, i, e)) continue
        // The segmenter left the surname standing alone, tagged as a name (袁/nr 步兵/n): a name begins here.
        const first = ix.toks[ix.tokAt[i]!]
        if (first && first.start === i && first.end === i + sl && e > first.end) {
          if (NAME_TAGS.has(first.pos)) score += WEIGHTS.surnameAlone
          else if (!FUNCTION.has(first.pos) && first.pos !== 'v') score += WEIGHTS.surnameAloneOther
        }
        const ctx = after(e)
        // 受/由/请 + name + title (受屈/v 谦 主委委托, 由李强/nr 主席主持): the agent of the clause, named whole after the
        // preposition where a title follows right after it; without one the segmenter's word stands (当时也为 is no 时也).
        const agent = gluedWord && first!.end <= e && lex.roleAfterNameAt(text, e) !== undefined
        if (gluedWord && !agent && t.pos !== 'x' && !NAME_TAGS.has(t.pos) && t.pos !== 'nrt' && !titled) continue
        score += ctx.score
        if (agent) score += WEIGHTS.gluedBefore
        // The segmenter glues a function word or verb to the name after it (但葛菲/x, 致江绍/x, 胜王磊/x): the
        // name begins after that character, not with it.
        else if (first && first.pos === 'x' && lex.functionChars['glued-before'].has(text.charCodeAt(first.start))) {
          if (first.start === i - 1) score += WEIGHTS.gluedBefore
          else if (first.start === i && first.end - first.start >= 3) score += WEIGHTS.gluedFirst
        }
        // …and the reading that takes the preposition into the name (由李强/nr 主席) loses.
        if (first && first.start === i && first.end - first.start >= 3 && lex.functionChars['glued-agent'].has(text.charCodeAt(i)) && lex.roleAfterNameAt(text, first.end) !== undefined) score += WEIGHTS.gluedFirst
        // 于/p 建华/nz 委员说, 向/p 红梅/nr 主任: at a clause start, a preposition the segmenter set apart before one
        // proper or unknown word and a title is a surname.
        // …and so is one right after a title (副主席向/p 崇华/x 带领), or one that opens a clause as the first item of a
        // 、-list (会上，于/p 现伟/x 、郑婷婷、徐坤6名委员: the list tells a name as a title would).
        const listOpens = text.charCodeAt(e) === ENUMERATION_COMMA && clauseStart(text, i)
        if ((cued || ((ctx.role || listOpens) && clauseStart(text, i))) && sl === 1 && g === 2 && first && first.start === i && first.end === i + 1 && first.pos === 'p') {
          const given = ix.toks[ix.tokAt[i + 1]!]
          if (given && given.start === i + 1 && given.end === e && GIVEN_WORD_TAGS.has(given.pos)) score += WEIGHTS.prepositionSurname
        }
        // A surname the segmenter took for an adverb (曾/d 建新/v, 都/d): before a given name of two characters
        // after a title (会长曾建新、), or at a clause start before one (。曾建新会长说), it is the surname.
        if (sl === 1 && g === 2 && first && first.start === i && first.end === i + 1 && first.pos === 'd' && !FUNCTION.has(ix.toks[ix.tokAt[i + 1]!]?.pos ?? 'd') && (cued || (lex.roleAfterNameAt(text, e) !== undefined && clauseStart(text, i)))) score += WEIGHTS.adverbSurname
        // …and one it took for a verb (戴/v 北方/f, 申/v 东方/s), right after a title, before a place or direction word
        // that a mark closes (市政协主席戴北方、, 记者申东方）): the title says a name begins there.
        if (sl === 1 && g === 2 && cued && first && first.start === i && first.end === i + 1 && first.pos === 'v' && CLAUSE_END.has(text.charCodeAt(e))) {
          const given = ix.toks[ix.tokAt[i + 1]!]
          if (given && given.start === i + 1 && given.end === e && PLACE_WORD_TAGS.has(given.pos)) score += WEIGHTS.verbSurname
        }
        // A single character the segmenter left after the name is its third character (汪明/x 新/a 经常).
        // …but a verb after a name the segmenter knows whole is the predicate (张骞/nr 乘/v 槎).
        const knownThenVerb = first !== undefined && first.start === i && first.end === e && NAME_TAGS.has(first.pos) && ix.toks[ix.tokAt[e] ?? -1]?.pos === 'v'
        if (g === 1 && sl === 1 && !ctx.role && !ctx.verb && !knownThenVerb && (stranded(lex, ix, text, e) || (cued && loneVerbClosing(lex, ix, text, e)))) score += WEIGHTS.strandedNext
        if (g === 2 && sl === 1 && cued && loneVerbClosing(lex, ix, text, e - 1)) score -= WEIGHTS.strandedNext
        if (g === 2 && sl === 1) {
          const last = ix.toks[ix.tokAt[e - 1]!]
          // …not a verb after a name the segmenter knows whole (张骞/nr 乘/v 槎).
          const known = first !== undefined && first.start === i && first.end === e - 1 && NAME_TAGS.has(first.pos) && last?.pos === 'v'
          if (known) score += WEIGHTS.knownThenVerb
          else if (last && last.start === e - 1 && last.end === e && (!FUNCTION.has(last.pos) || ix.morpheme[ix.tokAt[e - 1]!]) && ix.tokAt[e - 2] !== ix.tokAt[e - 1]) score += WEIGHTS.strandedLast
        }
        if (g === 2 && sl === 1 && closedThird(lex, ix, text, i, e, cued)) score += WEIGHTS.closedThird
        else if (g === 2 && sl === 1 && cued && thirdBeforePresence(lex, ix, text, i, e)) score += WEIGHTS.thirdBeforePresence
        else if (g === 2 && sl === 1 && cued && thirdGlued(lex, ix, text, i, e)) score += WEIGHTS.thirdGlued
        else if (g === 2 && sl === 1 && cued && conjunctionThird(lex, ix, text, i, e)) score += WEIGHTS.conjunctionThird
        if (g === 1 && sl === 1 && cued && conjunctionThird(lex, ix, text, i, e + 1)) score -= WEIGHTS.conjunctionThird
        before ??= contextBefore(lex, text, i)
        score += before
        if (!cued && !ctx.role && amongWords(lex, ix, text, i, e)) score += WEIGHTS.amongWords
        // A writer's name in brackets: …高质量发展。（申亚静）, （记者 邢利宇 郑巧）.
        if (bylines.get(i) === e) score += WEIGHTS.bracketed
        // The one compared with: 像周立波这样的人, 如李明那样.
        if (lex.likenessAround(text, i, e)) score += WEIGHTS.likeness
        if (score + (strong.size ? 5 : 0) < cutoff) continue
        const name = text.slice(i, e)
        if (strong.has(name)) score += 5
        // Far below the threshold even a list or a second mention would not lift it: drop it now.
        if (score >= cutoff) cands.push({ start: i, end: e, name, score, rule: ctx.role ? 'rule:name+role' : doctrine ? 'rule:name+doctrine' : al.rule })
      }
    }
  }
  // A word named after a person, the person's part written short (汤杯, 尤杯): a mention of that person.
  for (let i = 0; i < text.length; i++) {
    const e = lex.eponymAt(text, i)
    if (e !== undefined && !isBlocked(ix.blocked, i, e)) cands.push({ start: i, end: e, name: text.slice(i, e), score: WEIGHTS.eponym, rule: 'eponym' })
  }
  // Transliterated names (克林顿, 卡洛斯·阿马特) and minority names (扎西顿珠), with the same context cues.
  // Foreign places are written with the same characters (莫斯科, 卡拉奇): without a cue around it — a
  // title, a speech verb, a middle dot, a list of names — such a word is not taken for a person.
  const foreign: NameMention[] = []
  const unlisted = new Set<NameMention>()
  const weakOnly: NameMention[] = []
  for (const c of [...foreignCandidates(text, input.tokens, lex), ...minorityCandidates(text, lex, input.tokens)]) {
    if (isBlocked(ix.blocked, c.start, c.end)) continue
    let cue = c.name.includes('·') || strong.has(c.name)
    if (lex.roleAfterNameAt(text, c.end)) { c.score += WEIGHTS.roleAfter; cue = true } else if (verbAfter(lex, text, c.end)) { c.score += WEIGHTS.verbAfter; cue = true }
    const titled = cueBefore(lex, text, c.start)
    // A country or world city is a person only after a title (世界冠军杰克逊).
    if (c.rule === PLACE_RULE) { if (!placeTitled(lex, text, c.start, c.end)) continue; c.rule = 'transliterated' }
    if (titled) { c.score += WEIGHTS.roleBefore; cue = true }
    // A verb of appointment names a person (提名基里延科), and so does a comparison (像史密斯那样).
    else if (lex.appointsEndingAt(text, c.start)) cue = true
    else if (lex.likenessAround(text, c.start, c.end)) { c.score += WEIGHTS.likeness; cue = true }
    // A player's number says player as a title would (由7号穆勒头球首开记录, 9号萨莫拉诺).
    else if (PLAYER_NUMBER.test(text.slice(Math.max(0, c.start - PLAYER_NUMBER_MAX), c.start))) { c.score += WEIGHTS.roleBefore; cue = true }
    if (strong.has(c.name)) c.score += 5
    // A place or organisation word after it (斯特拉斯堡市, 欧佩克组织), or, without a title before (前锋巴蒂斯图塔),
    // a last character that ends names of places and events (莱克伍德县, 肯特郡, 奥林匹克赛): no cue, and
    // no list makes it a person.
    const notPerson = placeAround(lex, text, c.start, c.end) || (!titled && lex.finalNoun.has(text.charCodeAt(c.end - 1)))
    if (notPerson) { c.score += WEIGHTS.notPersonAfter; cue = false; unlisted.add(c) }
    // Transliterations also name places and brands (琼斯/nrt, 穆巴拉克/nrt): as the subject or object
    // of a clause (，琼斯堪称, 由萨拉斯在) they are people.
    if (!cue && !notPerson) {
      const weak = (lex.functionChars['subject-after'].has(text.charCodeAt(c.end)) ? 1 : 0) + (c.start === 0 || CLAUSE_BEFORE.has(text.charCodeAt(c.start - 1)) || lex.functionChars['object-before'].has(text.charCodeAt(c.start - 1)) ? 1 : 0) +
        // Where the person is from (比利时的卡勃莱拉, 俄罗斯的库尼科娃).
        (lex.foreignPlaceEndingAt(text, c.start) ? WEIGHTS.weakCues : 0)
      if (weak >= (c.end - c.start >= WEIGHTS.weakCueMinLength ? WEIGHTS.weakCues : 2 * WEIGHTS.weakCues)) { c.score += WEIGHTS.weakCue; cue = true }
      else if (weak > 0 && personWord(ix, c.start, c.end)) weakOnly.push(c)
    }
    if (!cue) c.score = Math.min(c.score, WEIGHTS.threshold - 0.1)
    foreign.push(c)
  }
  // A transliteration the dictionary tags as a name, or an unknown word, that is the subject or object of two clauses or
  // more (琼斯堪称…，琼斯跑出): the weak cues of its mentions add up to a cue.
  const weakMentions = new Map<string, number>()
  for (const c of weakOnly) weakMentions.set(c.name, (weakMentions.get(c.name) ?? 0) + 1)
  for (const c of weakOnly) if (weakMentions.get(c.name)! >= 2) c.score = Math.max(c.score, WEIGHTS.threshold + WEIGHTS.weakRepeated)
  // A Chinese reading inside a plausible transliteration (贾斯 of 贾斯蒂卡, 斯特伦 of 松德斯特伦) is unlikely.
  // The readings inside one are those starting within it: found by start, not among every candidate. A
  // transliteration that the words around make a place (雷西斯滕西亚等大、中城市) is as plausible.
  const byStart = cands.map((_, k) => k).sort((x, y) => cands[x]!.start - cands[y]!.start)
  for (const f of foreign) {
    if (f.score < WEIGHTS.threshold - 1 && !unlisted.has(f)) continue
    for (let k = firstStartingAt(cands, byStart, f.start); k < byStart.length && cands[byStart[k]!]!.start <= f.end; k++) {
      const c = cands[byStart[k]!]!
      if (c.end <= f.end && c.end - c.start < f.end - f.start) c.score += WEIGHTS.insideForeign
    }
  }
  for (const f of foreign) cands.push(f)
  for (const c of creditedBylines(lex, ix, text, bracketed)) cands.push(c)
  for (const c of spacedBylineNames(lex, ix, text)) cands.push(c)
  for (const c of dottedNames(text, input.tokens, lex)) {
    if (isBlocked(ix.blocked, c.start, c.end)) continue
    cands.push({ start: c.start, end: c.end, name: c.name, score: WEIGHTS.threshold + (c.strong ? WEIGHTS.dottedClean : WEIGHTS.dotted), rule: c.rule })
  }
  for (const j of namesAcrossBreaks(lex, ix, text, cands, after)) cands.push(j)
  for (const w of titledWords(lex, ix, text)) cands.push(w)
  for (const l of leadersOfGovernments(lex, ix, text, input.tag)) cands.push(l)
  for (const c of oneLengthPerName(lex, ix, text, cands)) cands.push(c)
  explain?.(cands)
  // A candidate in a 、-list next to an accepted name is a name too (委员王建军、张晓晓、姜浩、马颂), and
  // so is another mention of a name accepted elsewhere in the document (亨特说 … 亨特魁梧).
  let taken = select(cands, text.length)
  // Opponents in a match are joined as 和 joins two names: 胡明对伍霞.
  const versus = lex.functionChars.versus
  for (let round = 0; round < 3; round++) {
    const ends = new Set(taken.map((t) => t.end))
    const starts = new Set(taken.map((t) => t.start))
    const names = new Set(taken.map((t) => t.name))
    let boosted = false
    for (const c of cands) {
      if (c.rule.includes('+') || unlisted.has(c)) continue
      // Every reading of a listed position is boosted alike (罗贵波 as much as 罗贵), so the best still wins.
      // A short note in brackets may stand between a name and the mark: 江国强（兼职）、甘海疆（专职）.
      const before = noteBefore(text, c.start - 1)
      const after = noteAfter(text, c.end)
      const sepBefore = ends.has(before) ? text.charCodeAt(c.start - 1) : Number.NaN
      const sepAfter = starts.has(after + 1) ? text.charCodeAt(after) : Number.NaN
      // A space sets names apart, in a byline in brackets (（李百加 程小路）) or after a colon (报道组:张爽 张心怡).
      const spaced = SPACE.has(sepBefore) || SPACE.has(sepAfter)
      const listed = sepBefore === ENUMERATION_COMMA || sepAfter === ENUMERATION_COMMA || PAIR.has(sepBefore) || PAIR.has(sepAfter) || spaced ? WEIGHTS.list : AND.has(sepBefore) || AND.has(sepAfter) || versus.has(sepBefore) || versus.has(sepAfter) ? WEIGHTS.listAnd : 0
      if (listed || (names.has(c.name) && c.score < WEIGHTS.threshold)) {
        c.score += listed || WEIGHTS.sameName
        c.rule += listed ? '+list' : '+same-name'
        boosted = true
      }
    }
    if (!boosted) break
    taken = select(cands, text.length)
  }
  taken = oneReadingPerName(lex, ix, text, taken)
  // Further mentions of the names taken, written as the segmenter's words (罗干/ns 说).
  const repeats = repeatedNames(text, input.tokens, taken, ix.blocked)
  if (repeats.length) {
    for (const r of repeats) r.score = WEIGHTS.threshold
    taken = [...taken, ...repeats].sort((a, b) => a.start - b.start)
  }
  // A list item without a note must begin and end where the segmenter's words do and be no ordinary word:
  // several words, a word it did not know or a transliteration, or a rare word it took for a name, a proper
  // noun or a set phrase (厉无畏/i; not 和平/nz).
  const plainItem = (s: number, e: number) => {
    const a = ix.toks[ix.tokAt[s]!]
    const b = ix.toks[ix.tokAt[e - 1]!]
    if (!a || !b || a.start !== s || b.end !== e) return false
    return a !== b || a.pos === 'x' || a.pos === 'nrt' || (LIST_ITEM_TAGS.has(a.pos) && (ix.idf(a.word) ?? Infinity) >= WEIGHTS.rareWordIdf)
  }
  const noted = notedItems(lex, ix.blocked, text, taken, WEIGHTS.threshold, plainItem)
  const withNoted = noted.length ? [...taken, ...noted].sort((a, b) => a.start - b.start) : taken
  const items = [...noted, ...titledListItems(lex, ix.blocked, text, withNoted, WEIGHTS.threshold)]
  return items.length ? [...taken, ...items].sort((a, b) => a.start - b.start) : taken
}

/**
 * The segmenter read the first two characters of [i, e) as a name (an unknown word, or one it knows before 、) and
 * left the third alone — no function word (月/m only with no numeral before it; 箴/zg is none), no verb of speech, credit or presence —
 * and a mark of a list or sentence follows (not a line's end: a poem's 任君猜), or a title, verb or cue after an unknown
 * word: the third character ends the name (主席吴才/x 运/n ，, 柳永/nr 胜/v 、, 主任徐保/x 月/m 陪同; not 张明/x 说/v ，,
 * 李华/x 摄/v 。, 徐渭/nr 诗/n ：).
 */
function closedThird(lex: PersonLexicon, ix: Index, text: string, i: number, e: number, cued = false): boolean {
  const first = ix.toks[ix.tokAt[i]!]
  const last = ix.toks[ix.tokAt[e - 1]!]
  if (!first || !last || first.start !== i || first.end !== e - 1 || last.start !== e - 1 || last.end !== e) return false
  if (first.pos !== 'x' && !NAME_TAGS.has(first.pos)) return false
  const k = e - 1
  // …a rare character the segmenter could not place (石四/x 箴/zg ，, 杨象/x 轮/zg ，) is no function word, nor a particle
  // that given names use after an unknown word (任兴/x 之/u 、: dev 965), one that neither stops nor follows names (的, 所).
  if (FUNCTION.has(last.pos) && last.pos !== 'zg' && !((last.pos === 'm' || last.pos === 'q') && loneCounter(ix, ix.tokAt[e - 1]!)) && !particleOfName(lex, text, first, last, k)) return false
  // …nor a character that ends names of places far more than given names (玉龙/x 湖/n ，, 牛营/x 街/n 、).
  if (lex.finalNoun.has(text.charCodeAt(k)) || lex.properEnd[text.charCodeAt(k)]! > WEIGHTS.properEndBelow) return false
  if (lex.verbAt(text, k) !== undefined || lex.creditVerbAt(text, k) !== undefined || lex.presenceAt(text, k) !== undefined || lex.cueAt(text, k) !== undefined || lex.roleAfterNameAt(text, k) !== undefined) return false
  // A name the segmenter knows (徐渭/nr) is one only before the mark of a list of names: 徐渭诗： is his poem.
  const c = text.charCodeAt(e)
  if (first.pos === 'x' ? LIST_MARK.has(c) || lastOfList(lex, text, i, e) || (cued && conjoinedAfter(ix, text, e)) : c === ENUMERATION_COMMA) return true
  return first.pos === 'x' && (lex.roleAfterNameAt(text, e) !== undefined || lex.verbAt(text, e) !== undefined || lex.presenceAt(text, e) !== undefined || lex.cueAt(text, e) !== undefined)
}

/**
 * Whether a conjunction of a list (和, 与, 及; 与 may be tagged p) that the segmenter set apart stands at `e`, before a word that is no function
 * word: after a titled name it joins the next person or group (主任吴概/x 球/n 和/c 相关/v 部门负责人: dev 1148), closing the
 * name as a mark would (see closedThird; the third character must still be none that stops names).
 */
function conjoinedAfter(ix: Index, text: string, e: number): boolean {
  const and = ix.toks[ix.tokAt[e] ?? -1]
  const item = ix.toks[ix.tokAt[e + 1] ?? -1]
  return and !== undefined && and.start === e && and.end === e + 1 && (and.pos === CONJUNCTION || and.pos === PREPOSITION) && AND.has(text.charCodeAt(e)) &&
    item !== undefined && item.start === e + 1 && !FUNCTION.has(item.pos)
}

/**
 * Whether [i, e) is the last item of a 、-list of names, the 等 that closes the list written right after it (邬剑强、向浩萍、
 * 张世/x 珞/nz 等4名政协委员: dev 1133): the list's mark before it and the 等 after it bound the name as a mark would.
 */
function lastOfList(lex: PersonLexicon, text: string, i: number, e: number): boolean {
  return i > 0 && text.charCodeAt(i - 1) === ENUMERATION_COMMA && lex.titleWords.others.longestAt(text, e) !== undefined
}

/** Whether the particle `last` at `k` after the unknown word `first` is a character given names use (之 of 任兴之), not one that stops or follows names. */
function particleOfName(lex: PersonLexicon, text: string, first: WordToken, last: WordToken, k: number): boolean {
  const c = text.charCodeAt(k)
  return first.pos === 'x' && last.pos === PARTICLE && lex.given[c]! > 0 && !lex.functionChars['name-stop'].has(c) && !lex.functionChars['after-name'].has(c)
}
const PARTICLE = 'u'
const LOCALIZER = 'f'

/**
 * After a title the segmenter read the first two characters of [i, e) as an unknown word and left the third alone
 * right before a verb of presence or a cue, also behind an adverb (副秘书长程道/x 会/v 主持, 专职副主任李国/x 才/d 参加,
 * 副检察长余深/x 画/n 分别带队): a titled person is named before the verb that says what they did, and the
 * third character is the name's. Not a function word nor a verb of speech, credit, election or presence itself,
 * nor a verb of motion before it (杨帆/x 来/v 出席: data/function-words.tsv, before-presence; glued to the name,
 * 张三去/x 参加, see gluedAfterAt), and an adverb only where
 * names use it (才, not 未 or 均): 主任李明未参加 is 李明.
 */
function thirdBeforePresence(lex: PersonLexicon, ix: Index, text: string, i: number, e: number): boolean {
  const first = ix.toks[ix.tokAt[i]!]
  const last = ix.toks[ix.tokAt[e - 1]!]
  // A localizer of one character never follows a person's name before what they did (处长李义/x 中/f 应邀出席, 常务副区长
  // 金山/nr 中/f 应邀出席: dev 1254, 1136): it is the name's third, also after a word the segmenter knows as a name.
  const localizer = last?.pos === LOCALIZER
  if (!first || !last || first.start !== i || first.end !== e - 1 || !(first.pos === 'x' || (localizer && NAME_TAGS.has(first.pos))) || last.start !== e - 1 || last.end !== e) return false
  const k = e - 1
  const c = text.charCodeAt(k)
  // Not 得 (张翔/x 得/ud 陪同): 得 (děi, "must") follows a subject as readily (主任王芳得主持会议, 王刚得带领), so it stays the sentence's.
  if (FUNCTION.has(last.pos) && !localizer && !(last.pos === 'd' && lex.given[c]! > 0) && !particleOfName(lex, text, first, last, k)) return false
  if (lex.functionChars['name-stop'].has(c) || lex.functionChars['before-presence'].has(c) || lex.verbAt(text, k) !== undefined || lex.creditVerbAt(text, k) !== undefined ||
    lex.presenceAt(text, k) !== undefined || lex.cueAt(text, k) !== undefined || lex.roleAfterNameAt(text, k) !== undefined || lex.electedAt(text, k) !== undefined) return false
  // …or a cue written after names (杨月/x 才/d 带领: dev 1349), as a verb of presence says what the titled person did.
  const verb = lex.afterAdverbs(text, e)
  return lex.presenceAt(text, verb) !== undefined || lex.cueAt(text, verb) !== undefined
}

/**
 * After a title the segmenter read the first two characters of [i, e) as an unknown word and began a word with the third:
 * either the third joined to a function character written after a subject (统战部长岑国/x 健在/v 会上: 在 of
 * data/function-words.tsv, subject-after), or the third alone, no function word, right before a verb (副主席张东/x 如/v
 * 组织/v): a titled person is named whole before what they did, and the third character, one that names use, is the
 * name's. Not a character that stops or follows names (在, 所, 来: name-stop, after-name, before-presence), nor a verb of
 * speech, presence, credit or election, a cue or a title (王明说, 王明出席, 王明率, 王明任).
 */
function thirdGlued(lex: PersonLexicon, ix: Index, text: string, i: number, e: number): boolean {
  const first = ix.toks[ix.tokAt[i]!]
  const third = ix.toks[ix.tokAt[e - 1]!]
  if (!first || !third || first.start !== i || first.end !== e - 1 || first.pos !== 'x' || third.start !== e - 1 || e >= text.length) return false
  const k = e - 1
  const c = text.charCodeAt(k)
  if (lex.given[c]! <= 0 || lex.functionChars['name-stop'].has(c) || lex.functionChars['after-name'].has(c) || lex.functionChars['before-presence'].has(c)) return false
  if (lex.verbAt(text, k) !== undefined || lex.creditVerbAt(text, k) !== undefined || lex.presenceAt(text, k) !== undefined || lex.cueAt(text, k) !== undefined ||
    lex.roleAfterNameAt(text, k) !== undefined || lex.electedAt(text, k) !== undefined || lex.titleWords.others.longestAt(text, k) !== undefined) return false
  if (third.end === e + 1) return FUNCTION_THIRD_POS.has(third.pos) && lex.functionChars['subject-after'].has(text.charCodeAt(e)) && clauseGoesOn(text, e + 1)
  if (third.end !== e || FUNCTION.has(third.pos)) return false
  const next = ix.toks[ix.tokAt[e]!]
  return next !== undefined && next.start === e && next.end - next.start >= 2 && next.pos === 'v'
}

/**
 * After a title the segmenter read the first two characters of [i, e) as an unknown word and set the third apart as a
 * conjunction that given names use (罗富/x 和/c, 周云/x 和/c), before a word that no conjunction joins to what precedes:
 * an adverb or a preposition (和/c 则/d, 和/c 为/p), a verb of speech or presence or a cue (和/c 一行): nothing is joined,
 * and the conjunction is the name's third character. Not before a noun or a pronoun (主任李明/x 和/c 委员们, 和/c 他).
 */
function conjunctionThird(lex: PersonLexicon, ix: Index, text: string, i: number, e: number): boolean {
  if (e >= text.length) return false
  const first = ix.toks[ix.tokAt[i]!]
  const third = ix.toks[ix.tokAt[e - 1]!]
  const next = ix.toks[ix.tokAt[e]!]
  if (!first || !third || !next || first.start !== i || first.end !== e - 1 || first.pos !== 'x') return false
  if (third.start !== e - 1 || third.end !== e || third.pos !== CONJUNCTION || lex.given[text.charCodeAt(e - 1)]! <= 0 || next.start !== e) return false
  return UNJOINED_POS.has(next.pos) || lex.verbAt(text, e) !== undefined || lex.presenceAt(text, e) !== undefined || lex.cueAt(text, e) !== undefined
}
const CONJUNCTION = 'c'
// 与 is tagged a preposition as often as a conjunction (吴概/x 球/n 与/p 相关/v).
const PREPOSITION = 'p'
// Words a conjunction does not join: an adverb, a preposition.
const UNJOINED_POS = new Set(['d', 'p'])
// The word the third character makes with a function character after it: a verb (健在/v), not an adverb or time (正在/d, 现在/t).
const FUNCTION_THIRD_POS = new Set(['v'])
// 健在 "still alive" ends its clause (原副主席覃国健在，, 蒙国健在。): the glued 在 is the name's third character's only
// where the clause goes on after it, whatever word follows (在会上, 在北京, 在这次会议上, 在世时), never punctuation,
// a space or the end.
const CLAUSE_GOES_ON = /[\p{L}\p{N}]/u

/** Whether the clause goes on at `at` (a letter or digit there, not punctuation, a space or the end). */
function clauseGoesOn(text: string, at: number): boolean {
  return at < text.length && CLAUSE_GOES_ON.test(text[at]!)
}

// The longest unknown word whose third character may be a glued function character (靳艳偕弋江/x).
const GLUED_RUN_MAX = 5
/**
 * Where a character that goes on with the sentence (data/function-words.tsv, glued-after) stands that the segmenter
 * glued to the end of a name beginning at `i`: the last of its unknown word of three characters (姜仲等/x 领导, 刘洋到/x
 * 会), or of an unknown word of two after one of two (程书/x 航为/x 第四) — where the sentence goes on after it: more
 * text, no title, verb of speech or presence or cue right after it (not 李有为/x 出席, 张大为/x ，) — a verb of presence
 * may follow a verb of motion (张三去/x 参加: data/function-words.tsv, before-presence).
 */
function gluedAfterAt(lex: PersonLexicon, ix: Index, text: string, i: number): number | undefined {
  const t = ix.toks[ix.tokAt[i]!]
  if (!t || t.start !== i) return undefined
  let e = t.end
  // …or the last of a word of two after a surname standing alone, a conjunction the segmenter read into one word with the
  // given name (林/波及 相关政协委员, 王/普及 有关人员; glued-after keeps 和 out: 王/平和): the name is 林波, the conjunction the sentence's.
  if (t.end - t.start === 1) {
    const n = ix.toks[ix.tokAt[t.end] ?? -1]
    if (!n || n.start !== t.end || n.end - n.start !== 2 || !AND.has(text.charCodeAt(n.end - 1))) return undefined
    e = n.end
  }
  else if (t.pos !== 'x') return undefined
  else if (t.end - t.start === 2) {
    const n = ix.toks[ix.tokAt[t.end] ?? -1]
    if (!n || n.start !== t.end || n.pos !== 'x' || n.end - n.start !== 2) return undefined
    e = n.end
  }
  // …or the third of an unknown word of four or five that runs on into what follows (靳艳偕弋江/x 区委: 偕 of going with).
  else if (t.end - t.start > 3 && t.end - t.start <= GLUED_RUN_MAX && allHan(text, t.start, t.end)) e = i + 3
  else if (t.end - t.start !== 3) return undefined
  const c = text.charCodeAt(e - 1)
  if (!lex.functionChars['glued-after'].has(c) || e >= text.length || !isHan(text.charCodeAt(e))) return undefined
  // A verb of motion before a verb of presence is the sentence's (张三去/x 参加), no name's end (李有为/x 出席).
  // …nor is the 等 that closes a list of names (杨淞等/x 参加: no name ends in 等).
  const presence = lex.presenceAt(text, e) !== undefined && !lex.functionChars['before-presence'].has(c) && lex.titleWords.others.longestAt(text, e - 1) === undefined
  // …and a title after it is the next item's where the character joins the last name to a 、-list (段振国、姜玲及/x 秘书长王美英).
  const joinsList = text.charCodeAt(i - 1) === ENUMERATION_COMMA && lex.titleWords.ands.has(text[e - 1]!)
  if ((lex.roleAfterNameAt(text, e) !== undefined && !joinsList) || lex.verbAt(text, e) !== undefined || presence || lex.cueAt(text, e) !== undefined || lex.electedAt(text, e) !== undefined) return undefined
  return e - 1
}

/**
 * A name in a credit in brackets whatever its characters (（记者 帕热扎提）, （记者 晓勇）): the bracket, the credit and
 * the space say where it begins and ends, also where it has no Chinese surname or reads as a transliteration cut short.
 */
function creditedBylines(lex: PersonLexicon, ix: Index, text: string, bylines: ReadonlyMap<number, number>): NameMention[] {
  const out: NameMention[] = []
  for (const [s, e] of bylines) {
    const at = marksBefore(lex, text, s, 'mark')
    const credit = lex.roleEndingAt(text, at)
    if (credit === undefined || !lex.isCredit(credit) || isBlocked(ix.blocked, s, e)) continue
    out.push({ start: s, end: e, name: text.slice(s, e), score: WEIGHTS.threshold + WEIGHTS.bracketed, rule: 'byline' })
  }
  return out
}

/**
 * The names of a byline set apart by spaces to the line's end (人民日报记者 李心萍 祝大伟 刘新吾 游仪: see spacedBylines), each a
 * surname and a given name of one or two characters: the credit and the spaces say where each begins and ends, as a bracket
 * does (刘新/x 吾/r is 刘新吾; 游仪/n, an ordinary word, is a name there).
 */
function spacedBylineNames(lex: PersonLexicon, ix: Index, text: string): NameMention[] {
  const out: NameMention[] = []
  for (const [s, e] of spacedBylines(lex, text)) {
    if (isBlocked(ix.blocked, s, e) || ![2, 1].some((sl) => lex.surnamePriorAt(text, s, sl) !== undefined && e - s - sl >= 1 && e - s - sl <= 2)) continue
    out.push({ start: s, end: e, name: text.slice(s, e), score: WEIGHTS.threshold + WEIGHTS.bracketed, rule: 'byline' })
  }
  return out
}

/**
 * A bare surname before a form of address or an office (陈老师, 郑某, 吕老, 汤局长, 毛主席): the name as
 * written is the surname. It must begin a word of the segmenter that is not a function word (和主席 is
 * no one), and the reading is the weaker the rarer the surname.
 */
function bareSurname(lex: PersonLexicon, ix: Index, text: string, i: number, length: number, title: string, prior: number): NameMention | undefined {
  const e = i + length
  if (isBlocked(ix.blocked, i, e)) return undefined
  const t = ix.toks[ix.tokAt[i]!]
  // A one-character adverb that begins a clause before an office of two or more characters (，常副局长表示)
  // is the surname; other function words are none (和主席).
  const adverbSurname = t !== undefined && t.pos === 'd' && t.start === i && t.end === e && title.length >= 2 && (i === 0 || CLAUSE_BEFORE.has(text.charCodeAt(i - 1)))
  if (!t || (FUNCTION.has(t.pos) && !adverbSurname)) return undefined
  // After a numeral the character is a counted noun (七国财长, 两院院长), no surname; a player's number
  // (5号/m) is no numeral.
  const prev = ix.toks[ix.tokAt[i - 1] ?? -1]
  if (prev !== undefined && prev.end === i && prev.start === i - 1 && prev.pos === 'm' && !/[0-9０-９]/.test(text[prev.start - 1] ?? '')) return undefined
  // Right after a name, a verb that gives a title (任, 为: data/title-words.tsv elects) is that verb (部长苗圩任组长), no
  // surname. The name is a word the segmenter reads as one; or a word it did not know (王刚/x 任组长/n), or the
  // characters after a title (部长|苗圩), of two or three Han characters that begin with a surname (委员|们。|任主席 is none).
  const fullName = (s: number) => allHan(text, s, i) && [1, 2].some((sl) => lex.surnamePriorAt(text, s, sl) !== undefined)
  const unknownName = prev !== undefined && prev.end === i && prev.pos === 'x' && FULL_NAME_LENGTHS.includes(prev.end - prev.start) && fullName(prev.start)
  const named = (prev !== undefined && prev.end === i && NAME_TAGS.has(prev.pos)) || unknownName ||
    FULL_NAME_LENGTHS.some((k) => lex.roleEndingAt(text, i - k) !== undefined && fullName(i - k))
  if (named && lex.titleWords.elects.longestAt(text, i)?.end === e) return undefined
  // The segmenter's unknown words may run across (吕老去/x, 当汤/x: after a function word only, 素林/x is
  // one name); its dictionary words may not.
  if (t.pos === 'x' ? t.start < i && !lex.functionChars['before-surname'].has(text.charCodeAt(i - 1)) : t.start !== i || t.end > e + title.length || (t.end > e && t.end < e + title.length)) return undefined
  // 古老, 元老 (tagged nr!): a dictionary word that happens to be a surname and a one-character form of address.
  if (title.length === 1 && t.end === e + title.length && t.pos !== 'x') return undefined
  const sur = text.slice(i, e)
  return { start: i, end: e, name: sur, score: prior + WEIGHTS.base + WEIGHTS.surnameTitle, rule: 'surname+title', key: sur + title }
}

/**
 * A surname after the 老 or 小 of familiar address (老于的女儿, 小李和老张): the name as written is the surname. The
 * segmenter must read the two characters as one word it did not know (老于/x; it tags words 小康/nr, 小龙/nr, 老王/nr
 * alike), or the surname as a name of its own (小/a 李/nr): 老师, 小区, 小王子 are words.
 */
function addressedSurname(lex: PersonLexicon, ix: Index, text: string, i: number, prior: number): NameMention | undefined {
  if (ix.blocked[i] || ix.blocked[i - 1]) return undefined
  // …not where a studio's or shop's word follows: 老白工作室 is named after a nickname (data/nickname-brand-words.txt).
  if (lex.nicknameBrandAt(text, i + 1) !== undefined) return undefined
  const t = ix.toks[ix.tokAt[i]!]
  if (!t) return undefined
  const joined = t.start === i - 1 && t.end === i + 1 && t.pos === 'x'
  const alone = t.start === i && t.end === i + 1 && NAME_TAGS.has(t.pos) && ix.toks[ix.tokAt[i - 1]!]?.start === i - 1
  if (!joined && !alone) return undefined
  return { start: i, end: i + 1, name: text[i]!, score: prior + WEIGHTS.base + WEIGHTS.surnameTitle, rule: 'surname+title', key: text.slice(i - 1, i + 1) }
}

// Parts of speech of a word after 刘家 that make the two a place's name (李家/nrfg 大湾/ns, 王家/nrfg 村/n).
const NOUN_TAGS = new Set(['n', 'ns', 'nz', 'nt', 's', 'f', 'ng', 'zg', 'q'])

/**
 * A surname before the 家 of a family (刘家本来就贫穷, 为刘家解决贷款): the name as written is the surname, where the
 * segmenter reads the two as a name (刘家/nrfg; 国家, 全家, 专家 are nouns) and no noun, nor a word it cannot read,
 * follows that makes them a place's name (李家大湾, 姚家林村; 张家口 is one word).
 */
function familySurname(ix: Index, text: string, i: number, prior: number): NameMention | undefined {
  const t = ix.toks[ix.tokAt[i]!]
  if (!t || t.start !== i || t.end !== i + 2 || !NAME_TAGS.has(t.pos) || isBlocked(ix.blocked, i, i + 2)) return undefined
  const next = ix.toks[ix.tokAt[i + 2] ?? -1]
  if (next && next.start === i + 2 && NOUN_TAGS.has(next.pos)) return undefined
  // A word it cannot read begins a place's name too (姚家|林村/x, 张家|咀头/x 水库, 朱家|桥尾水/x): Han characters, not a mark.
  if (next && next.start === i + 2 && next.pos === 'x' && isHan(text.charCodeAt(i + 2))) return undefined
  return { start: i, end: i + 1, name: text[i]!, score: prior + WEIGHTS.base + WEIGHTS.surnameTitle, rule: 'surname+title', key: text.slice(i, i + 2) }
}

/**
 * Japanese names as Chinese news writes them (桥本龙太郎, 冈田武史): a family name and a given name of
 * data/japanese-*.txt, or the family name alone (桥本首相, 桥本还表示), which needs context like any name.
 */
function japaneseNames(lex: PersonLexicon, ix: Index, text: string, i: number, after: (e: number) => After, out: NameMention[]): void {
  // Asked at every position a Japanese family name may begin (most Han characters): the readings are pushed
  // into `out` as they come, with no arrays of pairs made for them.
  const surnames = lex.japaneseSurnamesAt(text, i)
  if (surnames.length !== 0) readJapaneseNames(lex, ix, text, i, surnames, after, out)
}

/**
 * The readings of japaneseNames at `i`, where family names end at `surnames`: apart from it, so that the closure and the
 * variables it shares are made only where a family name matches, not at every position asked.
 */
function readJapaneseNames(lex: PersonLexicon, ix: Index, text: string, i: number, surnames: readonly number[], after: (e: number) => After, out: NameMention[]): void {
  // The evidence before `i` is the same for every reading that begins there: asked once.
  let before: number | undefined
  const read = (se: number, e: number, base: number) => {
    if (isBlocked(ix.blocked, i, e)) return
    // The segmenter knows some of them as words (桥本/n, 桥本龙太郎/n): only cutting through a word counts against.
    const cut = (ix.toks[ix.tokAt[i]!]!.start < i ? WEIGHTS.cutStart : 0) + (ix.toks[ix.tokAt[e - 1]!]!.end > e ? WEIGHTS.cutEnd : 0)
    before ??= contextBefore(lex, text, i)
    const score = base + cut + after(e).score + before
    out.push({ start: i, end: e, name: text.slice(i, e), score, rule: e === se ? 'japanese-surname' : 'japanese-name' })
  }
  for (const se of surnames) {
    // A numeral and a department's end (data/title-words.tsv) written alone is a numbered department (骨三科主任,
    // 检验三室), not the family name the generated list also holds (三科, 三室).
    const numbered = se - i === 2 && HAN_SMALL.includes(text[i]!) && lex.titleWords.departmentEnd.includes(text[i + 1]!)
    if (!numbered) read(se, se, WEIGHTS.japaneseSurname)
    for (const e of lex.japaneseGivenAt(text, se)) read(se, e, WEIGHTS.japaneseFull)
  }
}

/**
 * [s, e) is one ordinary word of the segmenter that ends like a department (麻醉科/n, 皮肤科/n before 主任: data/title-words.tsv,
 * department-end): an office, not a name, although 科 ends given names too (李建科/x, a word the segmenter does not know).
 */
function departmentWord(lex: PersonLexicon, ix: Index, text: string, s: number, e: number): boolean {
  const t = ix.toks[ix.tokAt[s]!]
  return t !== undefined && t.start === s && t.end === e && t.pos !== 'x' && !NAME_TAGS.has(t.pos) && t.pos !== 'nrt' && lex.titleWords.departmentEnd.includes(text[e - 1]!)
}

function allHan(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k)
    if (c < 0x4e00 || c > 0x9fff) return false
  }
  return true
}

type After = { score: number; role: boolean; verb: boolean }

/**
 * The evidence after a name ending at `e` — a role, a speech verb, a cue, a list — computed once per
 * position (kept in typed arrays: most positions are asked for by several candidates).
 */
function contextAfter(text: string, lex: PersonLexicon): (e: number) => After {
  const scores = new Float64Array(text.length + 1)
  const flags = new Uint8Array(text.length + 1)
  const DONE = 1
  const ROLE = 2
  const VERB = 4
  const out: After = { score: 0, role: false, verb: false }
  return (e) => {
    let f = flags[e]!
    if (!(f & DONE)) {
      // A title right after, or given by a verb of election (闫光星为秘书长, 占华当选为支部主委).
      const role = lex.roleAfterNameAt(text, e) !== undefined
      const elected = !role && lex.electedAt(text, e) !== undefined
      const verb = lex.verbAt(text, e) !== undefined
      let score = 0
      if (lex.notPersonAt(text, e) || datelineAfter(lex, text, e)) score += WEIGHTS.notPersonAfter
      if (role) score += WEIGHTS.roleAfter
      else if (elected) score += WEIGHTS.electedAfter
      else if (verb || verbAfter(lex, text, e)) score += WEIGHTS.verbAfter
      // …also behind adverbs and a day (汪洋3日出席, 汪洋日前在: data/speech-adverbs.txt).
      else if (lex.presenceAt(text, e) !== undefined || lex.presenceAt(text, lex.afterAdverbs(text, e)) !== undefined) score += WEIGHTS.presenceAfter
      const c = text.charCodeAt(e)
      if (c === ENUMERATION_COMMA || AND.has(c)) score += 0.5
      else {
        // The 等 that closes a list of names, before a mark (…张明等，).
        const others = lex.titleWords.others.longestAt(text, e)
        if (others && CLAUSE_END.has(text.charCodeAt(others.end))) score += WEIGHTS.othersAfter
      }
      // Weak cues of a name as the subject or possessor of a clause: 卢亮以…, ，尹莉明白.
      // …also behind adverbs and a day (汪洋3日在…: data/speech-adverbs.txt).
      if (lex.functionChars['subject-after'].has(c) || lex.functionChars['subject-after'].has(text.charCodeAt(lex.afterAdverbs(text, e)))) score += WEIGHTS.subjectAfter
      f = DONE | (role || elected ? ROLE : 0) | (verb ? VERB : 0)
      flags[e] = f
      scores[e] = score
    }
    // One object is reused: callers read it at once.
    out.score = scores[e]!
    out.role = (f & ROLE) !== 0
    out.verb = (f & VERB) !== 0
    return out
  }
}

/**
 * Whether the last character of a name ending at `e` is an adverb of data/speech-adverbs.txt (则, 都, 也) or a character
 * written after a subject's name (获: function-words.tsv after-name), and a predicate follows it — a verb of speech,
 * presence or election, a cue, or a word the segmenter tags as a verb (刘洋则/x 建议, 沈雯/nz 都/d 关注/v, 李华获/x 表彰/v).
 * Not where a mark or the text's end follows (雷靜也、, 编辑：唐则).
 */
function adverbLast(lex: PersonLexicon, ix: Index, text: string, e: number): boolean {
  let at = lex.afterAdverbs(text, e - 1)
  if (at < e) {
    if (!lex.functionChars['after-name'].has(text.charCodeAt(e - 1))) return false
    at = lex.afterAdverbs(text, e)
  }
  if (at >= text.length) return false
  if (lex.verbAt(text, at) !== undefined || lex.presenceAt(text, at) !== undefined || lex.cueAt(text, at) !== undefined || lex.electedAt(text, at) !== undefined) return true
  const next = ix.toks[ix.tokAt[at] ?? -1]
  return next !== undefined && next.start === at && PREDICATE_POS.has(next.pos)
}
const PREDICATE_POS = new Set(['v', 'vn', 'vd'])

/**
 * A speech verb or a cue word after a name ending at `e`, also behind adverbs (桥本还表示, 他也说):
 * the adverbs of data/speech-adverbs.txt. Not behind a title spoken only before such a verb (代表): groups are
 * written so (师生代表说), and such a title makes no name of the word before it.
 */
function verbAfter(lex: PersonLexicon, text: string, e: number): boolean {
  const at = lex.afterAdverbs(text, e)
  return lex.verbAt(text, at) !== undefined || lex.cueAt(text, at) !== undefined
}

/**
 * The length of a doctrine word after a name [s, e) (邓小平理论, 马克思主义), or 0 — also where the doctrine
 * is one of a list of doctrines, the party's formula (马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”
 * 重要思想), a set phrase that names no one: a doctrine before it in the list, or one ending the next item.
 */
function doctrineAfter(lex: PersonLexicon, text: string, s: number, e: number): number {
  const d = lex.doctrineAt(text, e)
  if (!d) return 0
  const before = text.charCodeAt(s - 1)
  if ((before === ENUMERATION_COMMA || AND.has(before)) && lex.doctrineEndingAt(text, s - 1)) return 0
  const next = e + d.length
  const sep = text.charCodeAt(next)
  if (sep === ENUMERATION_COMMA || AND.has(sep)) {
    for (let k = next + 1; k < text.length && k <= next + 24 && !ITEM_END.has(text.charCodeAt(k)); k++) if (lex.doctrineEndingAt(text, k + 1)) return 0
  }
  return d.length
}

/** A role or cue word right before a name starting at `i` (市政协主席高志国, 记者 张明亮, 女儿潘研). */
/**
 * A surname and a place written short as the given name (主委钟南平, 区政协主席王海南, 陈长春委员, 张吉林表示), or a place
 * written short that begins the name (黄山明表示, 主任金华东): a name where a title or cue ends right before it, or a
 * title or speech verb follows it; the first kind also between the marks of an enumeration (刘小兵、陈金华、沈洁), where a
 * place is written without a surname before it.
 */
function givenPlace(lex: PersonLexicon, ix: Index, text: string, i: number, sl: number, e: number, after: (e: number) => After): boolean {
  if (sl !== 1) return false
  const inside = ix.shortPlaceAt.get(i + 1) === e && !ix.blocked[i]
  // …its last character one that names use more than other words do (明 of 黄山明, not 籍 of 南康籍委员).
  const begins = e === i + 3 && ix.surnamePlaceAt.get(i) === i + 2 && !ix.blocked[i + 2] && lex.given[text.charCodeAt(i + 2)]! > 0
  if (!inside && !begins) return false
  if (cueBefore(lex, text, i)) return true
  if (inside && text[i - 1] === LIST_MARKS[0] && LIST_MARKS.includes(text[e] ?? '\n')) return true
  if (creditClosedAfter(lex, text, e)) return true
  const ctx = after(e)
  return ctx.role || ctx.verb
}

/**
 * Whether a verb that closes a credit (data/credit-verbs.txt: 供稿, 摄) follows a name ending at `e`, after a space or a
 * slash or none, and ends its line or bracket: (钟祥市政协文史委 杨金华 供稿), 李南京 摄, (王长春/供稿).
 */
function creditClosedAfter(lex: PersonLexicon, text: string, e: number): boolean {
  let k = e
  while (k < text.length && (SPACE.has(text.charCodeAt(k)) || PAIR.has(text.charCodeAt(k)))) k++
  const v = lex.creditVerbAt(text, k)
  return v !== undefined && closesCredit(text, k + v.length)
}

function cueBefore(lex: PersonLexicon, text: string, i: number): boolean {
  const at = marksBefore(lex, text, i, 'mark')
  return lex.roleEndingAt(text, at) !== undefined || lex.cueEndingAt(text, at) !== undefined
}

/**
 * A title or cue before a name-like word [s, e) that is also a world city's (世界冠军戴维斯, 前锋杰克逊):
 * a person's, when the word has three or more characters (capitals are short: 伦敦, 巴黎) and the title
 * is no reporter's (记者伦敦报道 is a dateline).
 */
function placeTitled(lex: PersonLexicon, text: string, s: number, e: number): boolean {
  if (e - s < PLACE_TITLED_MIN) return false
  const at = marksBefore(lex, text, s, 'mark')
  const role = lex.roleEndingAt(text, at)
  return role !== undefined ? !lex.isCredit(role) : lex.cueEndingAt(text, at) !== undefined
}
const PLACE_TITLED_MIN = 3

/** The evidence before a name starting at `i`: a role or cue word, a list, a clause start. */
function contextBefore(lex: PersonLexicon, text: string, i: number): number {
  let score = 0
  if (cueBefore(lex, text, i)) {
    score += WEIGHTS.roleBefore
    // A credit set apart by a space or a colon (政协联线记者 游思静, 责编：周立波) introduces a name.
    const at = marksBefore(lex, text, i, 'mark')
    const credit = at < i ? lex.roleEndingAt(text, at) : undefined
    if (credit && lex.isCredit(credit)) score += WEIGHTS.creditGap
  }
  // …and so does a verb of dismissal (免去赵立新的…职务), as a verb of appointment.
  else if (lex.appointsEndingAt(text, i) || lex.titleWords.dismisses.longestEndingAt(text, i)) score += WEIGHTS.appointedBefore
  if (text.charCodeAt(i - 1) === ENUMERATION_COMMA) score += 0.5
  if (i === 0 || CLAUSE_BEFORE.has(text.charCodeAt(i - 1))) score += WEIGHTS.clauseBefore
  if (lex.notPersonEndingAt(text, i)) score += WEIGHTS.placeBefore
  return score
}

/**
 * A list item [s, e) set apart by 、 from a neighbour that is an ordinary word of the segmenter, no name-like
 * word and no title: the item after it whole (教育、财政、卫健等部门; 绿树、田畴、桥梁), or the word that ends the
 * item before it (营造了安全、温馨): the items of a list are of one kind, and this one is a word among words, no
 * name. The item after must be whole: 张明、北京大学教授李华 lists persons.
 */
function amongWords(lex: PersonLexicon, ix: Index, text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e) === ENUMERATION_COMMA) {
    const t = ix.toks[ix.tokAt[e + 1] ?? -1]
    if (t && t.start === e + 1 && ordinaryListWord(lex, text, t) && (t.end === text.length || ITEM_END.has(text.charCodeAt(t.end)) || lex.titleWords.others.longestAt(text, t.end) !== undefined)) return true
  }
  if (text.charCodeAt(s - 1) === ENUMERATION_COMMA && s >= 2) {
    const t = ix.toks[ix.tokAt[s - 2] ?? -1]
    // …not the end of an item that a surname begins (王建国、常/d 胜利/vn 、钱小明: 常胜利 may be a name).
    if (t && t.end === s - 1 && ordinaryListWord(lex, text, t) && !(t.start > 0 && lex.surnameStart.has(text.charCodeAt(t.start - 1)))) return true
  }
  return false
}

/** A word of two or more Han characters that is no name-like word (NAME_LIKE_TAGS: it may be a name's neighbour), no function word and no title. */
function ordinaryListWord(lex: PersonLexicon, text: string, t: WordToken): boolean {
  return t.end - t.start >= 2 && !NAME_LIKE_TAGS.has(t.pos) && !FUNCTION.has(t.pos) && allHan(text, t.start, t.end) &&
    lex.roleAt(text, t.start) === undefined && lex.roleEndingAt(text, t.end) === undefined
}

/**
 * A dateline after a name-like word ending at `e` (本报东京5月3日电, 新华社罗滕堡4月2日电): a month and a
 * day, then the verb that closes a credit (data/credit-verbs.txt); the word is the place the report
 * was sent from. DATELINE_MAX bounds the characters read.
 */
const DATELINE_DATE = /^[0-9０-９]{1,2}\p{Script=Han}[0-9０-９]{1,2}\p{Script=Han}/u
const DATELINE_MAX = 6
function datelineAfter(lex: PersonLexicon, text: string, e: number): boolean {
  const m = DATELINE_DATE.exec(text.slice(e, e + DATELINE_MAX))
  return m !== null && lex.creditVerbAt(text, e + m[0].length) !== undefined
}

/**
 * Whether the words around a name-like word [s, e) make it a place or organisation: a word after it
 * (斯特拉斯堡市, 欧佩克组织), a kind of place before it (首都阿布贾) or a dateline after it.
 */
function placeAround(lex: PersonLexicon, text: string, s: number, e: number): boolean {
  return lex.notPersonAt(text, e) !== undefined || lex.notPersonEndingAt(text, s) !== undefined || datelineAfter(lex, text, e) || placesListed(lex, text, e)
}

// The longest list item, and the most characters between the 等 that closes a list and the kind of its items.
const LIST_ITEM_MAX = 8
const KIND_GAP_MAX = 4

/**
 * Whether the word ending at `e` is an item of a list that a 等 closes before a kind of place or group that ends
 * the phrase (科连特斯、雷西斯滕西亚等大、中城市，; 阿根廷、智利等国家。; not 等国家领导人): the items are such
 * places. Items of at most LIST_ITEM_MAX characters are read on to the 等, then a few characters (大、中) to the
 * kind (data/not-person-after.txt).
 */
function placesListed(lex: PersonLexicon, text: string, e: number): boolean {
  let k = e
  while (text.charCodeAt(k) === ENUMERATION_COMMA) {
    let j = k + 1
    while (j < text.length && j - k <= LIST_ITEM_MAX && isHan(text.charCodeAt(j)) && !lex.titleWords.others.longestAt(text, j)) j++
    if (j === k + 1 || !isHan(text.charCodeAt(j))) break
    k = j
  }
  const others = lex.titleWords.others.longestAt(text, k)
  // 等人 and 一行 say the items were persons.
  if (!others || lex.cueAt(text, k)) return false
  for (let j = others.end; j <= others.end + KIND_GAP_MAX && j < text.length; j++) {
    // The kind ends the phrase (等城市，; not 等国家领导人).
    const kind = lex.notPersonAt(text, j)
    if (kind && !isHan(text.charCodeAt(j + kind.length))) return true
    // …and the items are the subject of a verb (等出席了会议).
    if (lex.presenceAt(text, j) || lex.verbAt(text, j)) return false
    if (!isHan(text.charCodeAt(j)) && text.charCodeAt(j) !== ENUMERATION_COMMA) return false
  }
  return false
}

/**
 * Whether a 、 at `e` opens an item of a name's size that begins with a surname, that a mark closes and that is no one
 * ordinary word (副主席刀锋/n 、白海思、
 * 左应华，: dev 584): the titled word before it is the first of a list of names, as a verb after it would say.
 */
function nameItemAfter(lex: PersonLexicon, ix: Index, text: string, e: number): boolean {
  if (text.charCodeAt(e) !== ENUMERATION_COMMA || lex.surnamePriorAt(text, e + 1, 1) === undefined) return false
  // …no one ordinary word of the dictionary (区委书记文明、和谐/a、美丽 is no list of names).
  const item = ix.toks[ix.tokAt[e + 1] ?? -1]
  for (let n = 2; n <= 3; n++) {
    if (!allHan(text, e + 1, e + 1 + n) || !ITEM_END.has(text.charCodeAt(e + 1 + n))) continue
    return item !== undefined && (item.end !== e + 1 + n || item.pos === 'x' || NAME_TAGS.has(item.pos))
  }
  return false
}

// A player's number before a name (7号, 10号), and the characters read back for it.
const PLAYER_NUMBER = /[0-9０-９]号$/
const PLAYER_NUMBER_MAX = 4

// Parts of speech of a word the segmenter did not know or took for a name or a place: a title may make it a name.
const TITLED_TAGS = new Set(['x', 'nr', 'nrfg', 'ns'])
/** …and ordinary words that are given names between a title and a verb (文静/n, 高原/n). */
const ORDINARY_TITLED_TAGS = new Set(['n', 'a'])

/**
 * A word right before or after a title is the titled person's name, whatever its characters (素林外长,
 * 库马拉通加/ns 总统, 前总理差瓦立, 记者郅振璞): foreign names whose characters are not those of
 * transliterations, and names with surnames the lexicon lacks. Only words the segmenter did not know or
 * tagged as names or places, of two to five Han characters; no known place, country or brand.
 */
function titledWords(lex: PersonLexicon, ix: Index, text: string): NameMention[] {
  const out: NameMention[] = []
  // Characters that names use, in Chinese or in transliteration, on average — Thai and Sinhala names mix in
  // characters of neither (差瓦立, 库马拉通加) — none very rare in names nor a function word (日讯, 二是, 兼下);
  // no known place, country or brand, nor a word that ends as places do (莱克伍德县/x 法官) or begins with a
  // function character the segmenter glues to a name (托项/x 市长 is 托 项市长).
  const fits = (s: number, e: number) => {
    if (e - s < 2 || e - s > TITLED_MAX || !allHan(text, s, e) || isBlocked(ix.blocked, s, e) || lex.isForeignPlace(text, s, e)) return false
    if (lex.finalNoun.has(text.charCodeAt(e - 1)) || lex.functionChars['glued-before'].has(text.charCodeAt(s))) return false
    let sum = 0
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k)
      const fit = Math.max(lex.given[c]!, lex.foreign[c]!)
      if (lex.functionChars['name-stop'].has(c) || fit < WEIGHTS.titledCharMin) return false
      sum += fit
    }
    return sum / (e - s) >= WEIGHTS.titledCharMean
  }
  const push = (s: number, e: number) => out.push({ start: s, end: e, name: text.slice(s, e), score: WEIGHTS.titledWord, rule: 'titled-word' })
  for (let k = 0; k < ix.toks.length; k++) {
    const t = ix.toks[k]!
    // A word jieba tags nr must be a rare one (文明, 卓越 are common words); one it tags as a place needs a
    // title after it (库马拉通加总统; 委员大湾区 is no one)…
    if (ORDINARY_TITLED_TAGS.has(t.pos)) {
      // An ordinary noun or adjective of two characters, a surname first, between a title and a verb of speech, of
      // attending or leading, or a cue written after names (委员文静表示, 副主席文静出席; not 主任热情介绍: 热 is no
      // surname) is a name. The cheap tests first: this runs for every noun and adjective of the document.
      if (t.end - t.start === 2 && lex.surnamePriorAt(text, t.start, 1) !== undefined && ix.toks[ix.tokAt[t.start - 1]!]?.end === t.start &&
        lex.roleEndingAt(text, t.start) !== undefined && (lex.verbAt(text, t.end) !== undefined || lex.presenceAt(text, t.end) !== undefined || lex.cueAt(text, t.end) !== undefined || nameItemAfter(lex, ix, text, t.end)) &&
        fits(t.start, t.end)) push(t.start, t.end)
      // …and, with no title, at a clause's start before a verb of speech that a mark closes (方明建议，…; 文静表示：…):
      // the speaker of a direct statement. Not 会议指出，: the first character a surname, the second a likely given
      // name's (明, 静; not 议, 件), which may be one that stops a transliteration (明 of 明日).
      else if (t.end - t.start === 2 && t.pos === 'n' && clauseStart(text, t.start) && lex.surnamePriorAt(text, t.start, 1) !== undefined &&
        speechClosed(lex, text, t.end) && lex.given[text.charCodeAt(t.start + 1)]! >= WEIGHTS.spokenGivenMin && !isBlocked(ix.blocked, t.start, t.end)) push(t.start, t.end)
      continue
    }
    if (!TITLED_TAGS.has(t.pos) || (NAME_TAGS.has(t.pos) && (ix.idf(t.word) ?? Infinity) < WEIGHTS.rareWordIdf)) continue
    // Of the segmenter's four-character words tagged nr few are names (大展宏图, 建立健全, 封建王朝: set phrases and things):
    // one before a title (建立健全/nr 委员联系群众机制, dev 1404) is a name only after a compound surname (欧阳明月).
    if (NAME_TAGS.has(t.pos) && t.end - t.start >= 4 && lex.surnamePriorAt(text, t.start, 2) === undefined) continue
    // A word with a unit that is no Han character (a mark, a digit: tagged x) fits no name, alone or ending a run: no look-ups.
    if (!allHan(text, t.start, t.end)) continue
    const role = lex.roleAfterNameAt(text, t.end) !== undefined && ix.toks[ix.tokAt[t.end]!]?.start === t.end
    const before = marksBefore(lex, text, t.start, 'mark')
    // …or, of two characters, a surname first, right after the title: a name the segmenter took for a place
    // (国务委员罗干/ns; not 记者：印巴).
    const surnamePlace = t.pos === 'ns' && t.end - t.start === 2 && lex.surnamePriorAt(text, t.start, 1) !== undefined
    const titleBefore = t.pos === 'ns' && !(surnamePlace && before === t.start) ? undefined : lex.roleEndingAt(text, before)
    // …or one that a verb of speech follows at a clause start: a place found nowhere in the gazetteer does not speak (，罗干/ns 说).
    const speaks = surnamePlace && clauseStart(text, t.start) && lex.verbAt(text, t.end) !== undefined
    // The title must end where a word ends: 市长 of 北京市长 is no title before 长安.
    if (!role && !speaks && !(titleBefore && ix.toks[ix.tokAt[before - 1]!]?.end === before)) continue
    if (fits(t.start, t.end)) push(t.start, t.end)
    // Before a title, the name may be cut into words the segmenter did not know or took for transliterations
    // (巴拉/nrt 通加/x 总统): the run of such words ending here is one name too.
    if (!role || (t.pos !== 'x' && t.pos !== 'nrt')) continue
    for (let j = k - 1; j >= 0; j--) {
      const w = ix.toks[j]!
      if (w.end !== ix.toks[j + 1]!.start || (w.pos !== 'x' && w.pos !== 'nrt') || t.end - w.start > TITLED_MAX) break
      if (fits(w.start, t.end)) push(w.start, t.end)
    }
  }
  return out
}
// The longest word a title makes a name (库马拉通加).
const TITLED_MAX = 5
// Marks that close a verb of speech before what is said (方明建议，; 文静表示：).
const SPEECH_CLOSE = UnitSet.of(['，：,:'])

/** Whether a verb of speech starts at `at` and a mark follows it right away (建议，, 表示：). */
function speechClosed(lex: PersonLexicon, text: string, at: number): boolean {
  const v = lex.verbAt(text, at)
  return v !== undefined && SPEECH_CLOSE.has(text.charCodeAt(at + v.length))
}

/**
 * Names that OCR or a line break cut in two (欧 阳丽娟, 王建⏎平): a candidate across one inner space or
 * line break, scored on its characters joined, where the joined name scores as a name and neither part
 * does as well alone. The mention's span holds the break; its name does not.
 */
function namesAcrossBreaks(lex: PersonLexicon, ix: Index, text: string, cands: readonly NameMention[], after: (e: number) => After): NameMention[] {
  const out: NameMention[] = []
  const bestFrom = new Map<number, number>()
  const bestTo = new Map<number, number>()
  for (const c of cands) {
    bestFrom.set(c.start, Math.max(bestFrom.get(c.start) ?? -Infinity, c.score))
    bestTo.set(c.end, Math.max(bestTo.get(c.end) ?? -Infinity, c.score))
  }
  for (let g = 1; g + 1 < text.length; g++) {
    const b = text.charCodeAt(g)
    if (b !== 32 && b !== 0x3000 && b !== 10) continue
    if (!isHan(text.charCodeAt(g - 1)) || !isHan(text.charCodeAt(g + 1))) continue
    // A title after the break begins the next credit (撰稿：李明 责任编辑：王芳), no part of a name.
    if (lex.roleAt(text, g + 1)) continue
    // The best names ending at the break and starting after it, and where the Han run after it ends (read no
    // further than a name's length and one: only a run of a name's length matters below).
    const leftBest = bestTo.get(g) ?? -Infinity
    const rightBest = bestFrom.get(g + 1) ?? -Infinity
    let runEnd = g + 1
    let runStart = g
    while (runStart > 0 && g - runStart <= SINGLE_SURNAME_NAME_MAX && isHan(text.charCodeAt(runStart - 1))) runStart--
    while (runEnd < text.length && runEnd <= g + 1 + SINGLE_SURNAME_NAME_MAX && isHan(text.charCodeAt(runEnd))) runEnd++
    for (let left = 1; left <= 2; left++) {
      const i = g - left
      if (i < 0 || !allHan(text, i, g) || ix.blocked[i]) continue
      // …nor the part before it (副主任⏎尚 红 is no 任尚红).
      const ta = ix.toks[ix.tokAt[i]!]
      if (ta && ta.start < i && ta.pos !== 'x' && !NAME_TAGS.has(ta.pos)) continue
      for (let right = 1; left + right <= 4; right++) {
        const e = g + 1 + right
        if (e > text.length || !allHan(text, g + 1, e) || isBlocked(ix.blocked, g + 1, e)) break
        // The part after the break may not cut a dictionary word (袁菲 信息来源 is no 袁菲信).
        const tb = ix.toks[ix.tokAt[e - 1]!]
        if (tb && tb.end > e && tb.pos !== 'x' && !NAME_TAGS.has(tb.pos)) continue
        const name = text.slice(i, g) + text.slice(g + 1, e)
        for (const sl of [2, 1]) {
          const prior = lex.surnamePriorAt(name, 0, sl)
          const givenLength = name.length - sl
          if (prior === undefined || givenLength < 1 || givenLength > 2) continue
          let score = prior + WEIGHTS.base + (givenLength === 2 ? WEIGHTS.twoCharGiven : WEIGHTS.oneCharGiven) + WEIGHTS.joinedBreak
          for (let k = sl; k < name.length; k++) score += WEIGHTS.given * lex.given[name.charCodeAt(k)]!
          score += after(e).score + contextBefore(lex, text, i)
          // A name before the space and a word of a name's length after it, set apart by the next space
          // or mark, are two names (作者：李宏 鲍蔓华): no name takes a part of the second.
          if (leftBest >= WEIGHTS.threshold && e < runEnd && runEnd - g - 1 <= SINGLE_SURNAME_NAME_MAX) continue
          // …nor takes the end of a name before the space with a name after it (（文：张明 李华） is no 明李华).
          if (leftBest >= WEIGHTS.threshold && rightBest >= WEIGHTS.threshold && i > runStart && g - runStart <= SINGLE_SURNAME_NAME_MAX) continue
          if (score >= WEIGHTS.threshold && score > Math.max(leftBest, rightBest)) out.push({ start: i, end: e, name, score, rule: 'joined-break' })
        }
      }
    }
  }
  return out
}

/**
 * A two-character reading that the segmenter cut off before the same single character in every mention,
 * in different contexts (吴以/x 环/v 率队 … 吴以/x 环/v 高度认可), is cut short: the character is the name's
 * last, and the short reading loses to the long one, which takes its score (a title before it). Not where the
 * character is a function word (王军在, 王军的) or the short reading has a title or a speech verb after it. Returns
 * the long readings it made where none was scored (see closedBy).
 */
function oneLengthPerName(lex: PersonLexicon, ix: Index, text: string, cands: readonly NameMention[]): NameMention[] {
  // Where the segmenter cut so: a word of two characters, then one of one.
  const cut = (s: number) => {
    const a = ix.toks[ix.tokAt[s]!]
    const b = ix.toks[ix.tokAt[s + 2]!]
    return a !== undefined && b !== undefined && a.start === s && a.end === s + 2 && b.start === s + 2 && b.end === s + 3
  }
  const byName = new Map<string, NameMention[]>()
  // The best reading of three characters at each start, looked up by its span (not searched for).
  const longer = new Map<string, NameMention>()
  for (const c of cands) {
    if (c.end - c.start === 2) {
      const ms = byName.get(c.name)
      if (ms) ms.push(c)
      else byName.set(c.name, [c])
    }
    else if (c.end - c.start === 3) {
      const key = `${c.start}:${c.end}`
      const had = longer.get(key)
      if (!had || had.score < c.score) longer.set(key, c)
    }
  }
  const added: NameMention[] = []
  for (const ms of byName.values()) {
    const at = [...new Set(ms.map((m) => m.start))]
    if (at.length < 2 || ms.some((m) => m.rule.includes('+'))) continue
    const next = text.charCodeAt(ms[0]!.end)
    // Only a Han character lengthens a name: never a line break or a mark (作者:卢林⏎编辑:卢林⏎).
    if (!isHan(next) || !at.every((s) => text.charCodeAt(s + 2) === next) || new Set(at.map((s) => text.charCodeAt(s + 3))).size < 2) continue
    const cutShort = !lex.functionChars['name-stop'].has(next) && !lex.functionChars['after-name'].has(next) && at.every((s) => cut(s) && longer.has(`${s}:${s + 3}`))
    // …or the same character after every mention, and at one of them a mark or a verb of speech right after it (罗富/x 和/c 说/v 。
    // … 副主席罗富/x 和/c 对, 刘结/x 一/m ： … 发言人刘结/x 一向/d): it closes the name, whatever the segmenter made
    // of it elsewhere (a word with what follows, a conjunction). The long reading takes the short one's evidence (a title).
    if (!cutShort && !closedBy(lex, ix, text, at)) continue
    for (const m of ms) {
      const key = `${m.start}:${m.end + 1}`
      const long = longer.get(key)
      if (long) long.score = Math.max(long.score, m.score)
      else {
        const made = { start: m.start, end: m.end + 1, name: text.slice(m.start, m.end + 1), score: m.score, rule: m.rule }
        added.push(made)
        longer.set(key, made)
      }
      m.score += WEIGHTS.strandedNext
    }
  }
  return added
}

/**
 * The character after every mention `at` of a two-character reading is a name's third where at one mention a mark or
 * a verb of speech follows it (罗富和说。, 刘结一:), or a word that no conjunction joins follows it as a conjunction (周云/x
 * 和/c 为/p … 周云/x 和/c 讲到/v: see conjunctionThird) and it is no word written after names itself: no verb of speech
 * (王明说，), presence, credit or election, no title, not the 等 of a list, no character written after a subject's name
 * (所, 处, 亦: data/function-words.tsv after-name), and a function character (在, 的) only as a
 * conjunction of one character the segmenter set apart at every mention (罗富/x 和/c).
 */
function closedBy(lex: PersonLexicon, ix: Index, text: string, at: readonly number[]): boolean {
  const k = at[0]! + 2
  if (ix.blocked[k] || !at.some((s) => closedName(lex, text, s + 3) || conjunctionThird(lex, ix, text, s, s + 3)) || lex.titleWords.others.longestAt(text, k)) return false
  if (lex.verbAt(text, k) !== undefined || lex.presenceAt(text, k) !== undefined || lex.creditVerbAt(text, k) !== undefined || lex.cueAt(text, k) !== undefined ||
    lex.roleAfterNameAt(text, k) !== undefined || lex.electedAt(text, k) !== undefined) return false
  // An adverb or function character written after a subject (王明所说, 王明处理, 张华亦表示) closes no name.
  if (lex.functionChars['after-name'].has(text.charCodeAt(k))) return false
  if (!lex.functionChars['name-stop'].has(text.charCodeAt(k))) return true
  return at.every((s) => { const t = ix.toks[ix.tokAt[s + 2]!]; return t !== undefined && t.start === s + 2 && t.end === s + 3 && t.pos === 'c' })
}

/** A name ends at `e` where the text ends, a mark closes a clause or a verb of speech follows (罗富和说, 刘结一:). */
function closedName(lex: PersonLexicon, text: string, e: number): boolean {
  return e === text.length || CLAUSE_END.has(text.charCodeAt(e)) || text.charCodeAt(e) === 0x3a || lex.verbAt(text, e) !== undefined
}

/**
 * One person is read one way: where the document takes a name with a title at one place and, with none, the
 * same name one character longer or shorter at another (书记方茂发 … 方茂/发作/v 补充发言; 委员王明 … 王明天/就去),
 * the untitled place is read as the titled name, where that overlaps no other name, place or body, or dropped
 * where the shorter name would cut a word of the segmenter (王明天 of 王/nr 明天/t). Two
 * persons so named, each with a title (委员张华、委员张华山), stay apart.
 */
function oneReadingPerName(lex: PersonLexicon, ix: Index, text: string, taken: readonly NameMention[]): NameMention[] {
  const titled = (m: NameMention) => cueBefore(lex, text, m.start) || lex.roleAfterNameAt(text, m.end) !== undefined
  const named = new Set<string>()
  for (const t of taken) if (titled(t)) named.add(t.name)
  if (!named.size) return [...taken]
  const used = new Uint8Array(text.length)
  for (const t of taken) used.fill(1, t.start, t.end)
  return taken.map((t) => {
    if (t.end - t.start < 2 || named.has(t.name) || titled(t)) return t
    // A dotted name a mark ends is whole: 古丽·艾力江、 beside 委员古丽·艾力 is another person.
    if (t.rule.startsWith(DOTTED_RULE) && !(t.end < text.length && isHan(text.charCodeAt(t.end)))) return t
    const shorter = t.end - t.start > 2 ? t.name.slice(0, -1) : ''
    const longer = t.end < text.length && !used[t.end] && !ix.blocked[t.end] ? t.name + text[t.end] : ''
    const other = named.has(shorter) ? shorter : named.has(longer) ? longer : ''
    if (!other) return t
    const end = t.start + other.length
    // The titled name would cut a word of the segmenter (王明天 of 王/nr 明天/t): the mention is neither.
    if (end < t.end && ix.toks[ix.tokAt[end - 1]!]?.end !== end) return undefined
    if (end > t.end) used[t.end] = 1
    return { start: t.start, end, name: other, score: t.score, rule: `${t.rule}+same-reading` }
  }).filter((t) => t !== undefined)
}

/** The first index of `byStart` (indexes of `cands` by start) whose candidate starts at or after `pos`. */
function firstStartingAt(cands: readonly NameMention[], byStart: readonly number[], pos: number): number {
  return partitionPoint(byStart.length, (i) => cands[byStart[i]!]!.start < pos)
}

/** Best-first, non-overlapping candidates above the threshold. */
function select(cands: NameMention[], length: number): NameMention[] {
  cands.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start))
  const taken: NameMention[] = []
  // One flag per unit of the text: a Set of positions grows with the text and is slow to probe.
  const used = new Uint8Array(length + 1)
  for (const c of cands) {
    if (c.score < WEIGHTS.threshold) break
    let free = true
    for (let k = c.start; k < c.end && free; k++) if (used[k]) free = false
    if (!free) continue
    used.fill(1, c.start, c.end)
    taken.push(c)
  }
  return taken.sort((a, b) => a.start - b.start)
}

/**
 * A name between the marks of a list whose given name is a title that is also a common given name (杨冠军 of
 * 李冬玉、杨冠军、王卫华; data/title-given-names.txt). Other titles stay a surname and a form of address in lists
 * too (王院长、李校长).
 */
function listedTitleName(lex: PersonLexicon, text: string, s: number, e: number, title: string): boolean {
  if (!lex.givenNameTitles.has(title)) return false
  return ENUMERATION.has(text.charCodeAt(s - 1)) && (ENUMERATION.has(text.charCodeAt(e)) || AND.has(text.charCodeAt(e)))
}
