import type { PlaceMention } from '../places/types.js'
import type { Figure } from '../schema/result.js'
import type { Tokens } from '../segment/tokens.js'
import type { SpanMaker } from '../spans/index.js'
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, isCjkMark, isHan } from '../text/chars.js'
import { CLOSING_QUOTES, CONJUNCTIONS, ENUMERATION_COMMA, LIST_MARKS, ORDINAL, YEAR, YEAR_APART_STAMP } from '../text/grammar.js'
import { scaleDecimal, type Numerals } from '../text/numerals.js'
import { enclosedBy, nounsEnd, quotedSpeech, subjectOf } from './context.js'
import { GROUP_SPACE, groupedAcross, numeralsAt, numeratorAt, readCore, readRound } from './read.js'
import type { Approx, FigureWords } from './words.js'

/** What figures are read from: the text, its words and places, and the spans to report. */
export type FigureInput = {
  text: string; tokens: Tokens; places: readonly PlaceMention[]; span: SpanMaker
  /** Whether a division's name or short form holding a numeral covers `pos` (三台 of 三台县 on a page that names it). */
  inDivisionName(pos: number): boolean
  /** Whether a string is a word of the segmenter's dictionary. */
  isWord(word: string): boolean
  /** Whether a title of the persons stage's lexicon (data/roles.tsv, extend.roles) starts at `pos` (副检察长). */
  titleAt(pos: number): boolean
}

// How far back a list of place names (北京、广东|两地) and a body's term (十三届全国人大|五次会议) are looked for.
const LIST_BACK = 24
const TERM_BACK = 12
const ENUMERATION_MARK = LIST_MARKS[0]!
// A short quotation: a number at most 16 units after its opening mark, closed within 17 (“四个意识”, “18条”), in curly
// quotes or straight ones ("三个年").
const SHORT_QUOTE_OPENS = '“‘"'
const SHORT_QUOTE_CLOSES = '”’"'
const SHORT_QUOTE_MAX = 16
const SHORT_QUOTE_REACH = 17
// Marks before a number that make it part of something else: an ordinal (第15条, 十三届), a code (NO.5, 1-2).
const NOT_AFTER = /[第届A-Za-z.\-/:]/
// A minus sign before a number that no digit, letter or point precedes (增速从-17%转为31.1%): a negative rate,
// not a range (3-5%) nor a code.
const MINUS = /[-−－]/
const NOT_BEFORE_MINUS = /[\dA-Za-z.]/
const YEARLIKE = /^(?:1[5-9]|20)\d\d$/
// A bare year right before a unit (2024|家电博览会): four digits 19xx or 20xx, no digit nor point before them.
const YEAR_BEFORE = /(?:^|[^\d.,])(?:19|20)\d\d$/
// The longest word of the dictionary looked for after the rest of a glued unit (电商, 电视台).
const WORD_REACH = 4

/**
 * Figures: a number (Arabic, Chinese or mixed; 万/亿 and decimals scaled exactly; 百分之 …; 三成; round
 * numbers 数十, 上百), an approximation (近/约/超 … 余/多 … 以上/左右, data/figure-words.tsv) and a unit
 * (data/units.tsv) that ends where a word of the segmenter ends (93920部队 has no unit 部). Not figures:
 * ordinals, dates and years, quoted slogans and titles, set phrases (data/numbered-phrases.txt), numbers
 * in a place's name (三台县, 九台区), numbers glued to Latin (5G, NO.5), Chinese numerals before 大 (两大主题).
 */
export function findFigures({ text, tokens, places, span, inDivisionName, isWord, titleAt }: FigureInput, fw: FigureWords, n: Numerals): Array<Figure & { normStart: number }> {
  const inShortQuote = enclosedBy(text, SHORT_QUOTE_OPENS, SHORT_QUOTE_CLOSES, SHORT_QUOTE_MAX, SHORT_QUOTE_REACH)
  const inTitle = enclosedBy(text, '《', '》', 40, 40)
  const inPlace = new Uint8Array(text.length + 1)
  for (const p of places) if (p.division) inPlace.fill(1, p.start, p.end)
  // Where a place's name ends: the last item of a list of places counted after it (北京、广东|两地).
  const placeEnds = new Set(places.filter((p) => p.division).map((p) => p.end))
  const latinAt = (i: number) => isAsciiAlnum(text.charCodeAt(i))
  const chineseAt = (i: number) => isHan(text.charCodeAt(i)) || isCjkMark(text.charCodeAt(i))
  const wordEnds = (i: number) => i >= text.length || tokens.isEnd[i] === 1 || !isHan(text.charCodeAt(i))
  // A unit ends a word (93920部队 has no 部, 项目 no 项), or begins one of time or place (20年来, 3天内), or one
  // that is the unit and a word of two characters or more (14位会员 is 14位 + 会员), or ends inside a word
  // the HMM guessed (31|个省 is 31个 + 省).
  const unitEnds = (s: number, e: number) => {
    // A unit in Latin letters (500m, 3kg, 32km²) ends where no letter or digit follows (500mm is mm, 10mins no unit).
    if (latinAt(e - 1)) return !latinAt(e)
    if (wordEnds(e)) return true
    const tok = tokens.list[tokens.at[e - 1]!]!
    if (tok.pos === 'x') return true
    // …or a word the segmenter glued from the unit and the counted noun's start (5|个人, 48|个子项目), not after a
    // year (2024|家电博览会, 2023|家商大会), and for 家电, 家商 only where the rest begins a word of the dictionary (8家|电商企业).
    if (tok.start === s && fw.glued.has(tok.word) && !YEAR_BEFORE.test(text.slice(Math.max(0, s - 5), s)) && (!fw.glued.get(tok.word) || beginsWord(e, tok.end))) return true
    // …or a word of time that ends in a span (近两年来, 十多天来: the word's rest is 来, 内, 间 …).
    if (tok.end - e <= 2 && fw.durations.has(text[e]!)) return true
    // …or a word of the unit and a half the segmenter glued (4|天半: 4.5 天).
    if (tok.start === s && tok.end === e + 1 && fw.half.has(text[e]!)) return true
    return tok.start === s && (/^[tfs]$/.test(tok.pos) || (tok.end - e >= 2 && isWord(text.slice(e, tok.end))))
  }
  // Whether a word of the dictionary of two characters or more, longer than the rest of a glued word (e to end), begins at `e`.
  const beginsWord = (e: number, end: number) => {
    for (let k = Math.max(2, end - e + 1); k <= WORD_REACH && e + k <= text.length; k++) if (isWord(text.slice(e, e + k))) return true
    return false
  }
  // Whether a word of the segmenter glued from the measure word and what follows begins at `e` (5|个人, 四|成为农民工).
  const gluedAt = (e: number) => {
    const tok = tokens.list[tokens.at[e] ?? -1]
    return tok !== undefined && tok.start === e && fw.glued.has(tok.word)
  }
  // Whether the numeral at `p` ends a word of the dictionary that is no number: one begun before it by a
  // character that writes no number (唯一, 统一; not an ordinal's 第六|十, nor a word of approximation, 上万), or a
  // set phrase (万一: data/numbered-phrases.txt).
  const wordsNumeral = (p: number) => {
    const tok = tokens.list[tokens.at[p] ?? -1]
    const first = tok ? tok.start : p
    if (tok && first < p && tok.end === p + 1 && tok.pos !== 'x' && !n.isCountUnit(text.charCodeAt(first)) && !NOT_AFTER.test(text[first]!) && !fw.round.longestAt(text, first) && !fw.before.longestAt(text, first)) return true
    return phraseAt(fw, text, p)
  }
  // Look-ups of the loop below as functions of their own, not closures in it: a closure that captured the loop's
  // variables would make a context at every position of the text.
  // A unit in Latin letters at `end` after the number at `s` that Chinese text holds (全长500m).
  const latinUnitAt = (s: number, end: number) => fw.units.matchesAt(text, end).some(([e]) => unitEnds(end, e) && (chineseAt(s - 1) || chineseAt(e)))
  // The longest unit at `end` that ends where a unit may.
  const lastUnitAt = (end: number) => fw.units.matchesAt(text, end).filter(([e]) => unitEnds(end, e)).at(-1)
  const out: Array<Figure & { normStart: number }> = []
  for (let s = 0; s < text.length; s++) {
    const c = text.charCodeAt(s)
    const round = fw.round.longestAt(text, s)
    const percent = fw.percent.longestAt(text, s)
    if (!n.isCountUnit(c) && !round && !percent) continue
    // A number begins where its digits begin (not at the 3 of 2023, nor the 359 of 1,359, nor the 十 of 二十).
    const prev = text[s - 1] ?? ''
    if (isAsciiDigit(c) && (isAsciiDigit(text.charCodeAt(s - 1)) || (prev === ',' && commaGroups(text, s)))) continue
    if (isAsciiDigit(c) && GROUP_SPACE.test(prev) && isAsciiDigit(text.charCodeAt(s - 2)) && groupedAcross(text, s)) continue
    // A Chinese number begins where a word begins: the 一 that ends a word (唯一, 统一, 同一, 万一) is the word's,
    // and the number, if any, begins after it (唯一|一位 is 一位, not 11 位).
    if (n.isNumeralUnit(c) && (wordsNumeral(s) || (n.isNumeralUnit(text.charCodeAt(s - 1)) && !wordsNumeral(s - 1)))) continue
    // The look-up in the gazetteer last: it is the dearest test.
    const negative = isAsciiDigit(c) && MINUS.test(prev) && !NOT_BEFORE_MINUS.test(text[s - 2] ?? '')
    // A colon after a word is a field's (访问量:2438次), not a time's or a code's (10:30, NO:5).
    const field = prev === ':' && isHan(text.charCodeAt(s - 2))
    if (inPlace[s] || (NOT_AFTER.test(prev) && !negative && !field) || ordinalList(fw, text, s, n) || phraseAt(fw, text, s) || inDivisionName(s)) continue
    let value: number
    let end: number
    let approx: Approx | null = null
    let unit: string | null = null
    let chinese = true
    let max: number | undefined
    let scaled = false
    let lone = false
    const rn = round ? readRound(text, round.end, n) : null
    if (percent) {
      const core = readCore(text, percent.end, fw, n)
      if (!core) continue
      ;({ value, end } = core)
      approx = core.approx
      unit = '%'
    } else if (round && rn) {
      ;({ value, end } = rn)
      approx = round.values[0]!
    } else {
      if (round) continue
      const core = readCore(text, s, fw, n)
      if (!core) continue
      ;({ value, end, chinese } = core)
      approx = core.approx
      max = core.max
      scaled = core.scaled
      lone = core.lone && !core.approx
      // 三分之二, 四分之一: the numerator after 分之 over the denominator, as a percentage (like 百分之, 三成), to
      // two decimals (66.67), below 1 % to four (千分之三点二 0.32, 万分之零点五 0.005); a decimal numerator whole.
      const fraction = max === undefined ? fw.fraction.longestAt(text, end) : undefined
      if (fraction) {
        const numerator = numeratorAt(text, fraction.end, n)
        if (!numerator || value === 0 || numerator.value > value) continue
        const share = (numerator.value / value) * 100
        value = share < 1 ? Math.round(share * 10000) / 10000 : Math.round(share * 100) / 100
        end = numerator.end
        unit = '%'
      }
      // 1/4, 1/400: a share in Arabic digits, the numerator first, as a percentage like 三分之一; 一半 (近一半, 一半以上) is 50 %.
      const share = fraction ? null : !chinese ? (scaled || approx || max !== undefined ? null : slashShare(fw, text, s, end, value)) : halfShare(fw, text, tokens, s, end, value)
      if (share) { value = share.value; end = share.end; unit = '%' }
      // 一 alone is an article, not a count (一个近14亿人口的国家), but before a unit of measure (一个百分点, 一倍)
      // or tenths (一成以上); a magnitude alone counts only made approximate (近百名, 十余家).
      // …or one of several counts of one unit (一项党派重点考察调研和七项全盟重点调研), or a span of time (为期一周).
      // Nor one of two equal counts joined as a repetition (一场接一场), nor a clause of a parallel slogan (提案办一件、协商深一层).
      if (chinese && text.slice(s, end) === '一' && (repeatedOne(fw, text, s, end) || parallelOne(text, tokens, s, end) || (!fw.units.longestAt(text, end)?.values[0]!.one && !fw.tenths.longestAt(text, end) && !countedOne(fw, text, tokens, s, end, n) && !postposedOne(fw, text, tokens, s, end) && !endsWithOne(text, fw.spans, s) && !timeOne(fw, text, tokens, s, end, n) && !approxTimeOne(fw, text, end) && !rateOne(fw, text, s, end, n)))) continue
      if (core.lone && !fraction && !share && !core.approx && !beforeAt(fw, text, s, tokens, isWord)) {
        // …or before a measurement (百米): a lone magnitude with a unit of length, area or money.
        if (!fw.units.longestAt(text, end)?.values[0]!.measure) continue
      }
    }
    // 八点 is a time, but 四点建议 a count of points: a word after the stop that makes it a count (data/figure-words.tsv).
    // Only after a verb (提出四点建议), or after 的 where a verb or adjective ends the clause before it (提出的四点要求); after
    // 的 following a noun the count names a set (胡锦涛同志…的四点意见), as 四个意识 does. A longer not-counted row wins (八点工作时间).
    if (fw.stops.longestAt(text, end) && unit === null && !(fw.counted.longestAt(text, end)?.values[0] === true && (verbBefore(tokens, s) || ofVerbBefore(tokens, s))) && !countsTerms(fw, text, s, end, value, chinese)) continue
    // 两副主席, 两副检察长: a measure word that begins a title (副 of couplets, units.tsv title) is the title's, no unit.
    if (unit === null && fw.units.longestAt(text, end)?.values[0]!.title && titleAt(end)) continue
    // 两个“确立”, 四个“全面”: a count in Chinese numerals before a quoted name is a slogan's, as 四个意识 is.
    if (chinese && unit === null && fw.named.longestAt(text, end)) continue
    if (!chinese && YEARLIKE.test(text.slice(s, end)) && text[end] === YEAR) continue
    // A range (3至5个, 3000-5000人, 5至10亿元): the upper end and its magnitude, which scales both ends.
    const range = max === undefined ? fw.range.exec(text.slice(end, end + 12)) : null
    if (range) {
      const at = end + range[0].length
      const mag = n.magnitudeAt(text, at)
      const high = mag ? scaleDecimal(range[1]!, mag.pow) : Number(range[1])
      const low = mag && !scaled ? scaleDecimal(String(value), mag.pow) : value
      // Years are no range of figures (2023-2025年, 2023至2025年).
      if (high > low && !(YEARLIKE.test(range[1]!) && text[at] === YEAR)) { value = low; max = high; end = at + (mag?.length ?? 0) }
    } else if (chinese && max === undefined && approx === null) {
      // 三至五年, 两到三个: a range in Chinese numerals, its upper end without a magnitude after it; the magnitude
      // written only there is the lower end's too (五至八亿元, 三至五百人), as 百分之 written again (百分之十至百分之十五).
      const upper = chineseUpperEnd(fw, text, end, value, n, unit === '%')
      if (upper) { value = upper.low; max = upper.value; end = upper.end }
    }
    // Digits glued to what follows: a date 2024-05, a code 5G.
    // …but a unit in Latin letters in Chinese text (全长500m, 重3kg, 1.2万m²: data/units.tsv) is one; in an English
    // paragraph (a 5km road) the English figures read it.
    if (!chinese && max === undefined && (text[end] === '-' || (isAsciiLetter(text.charCodeAt(end)) && !latinUnitAt(s, end)))) continue
    let fend = end
    let listed = false
    if (unit === null) {
      const tenths = fw.tenths.longestAt(text, end)
      const u = lastUnitAt(end)
      const split = splitUnit(fw, text, end)
      const half = halfUnit(fw, text, end)
      // 三成, 二至三成: tenths, both ends of a range.
      if (tenths && value <= 10 && (wordEnds(tenths.end) || gluedAt(end))) { value *= 10; if (max !== undefined) max *= 10; unit = '%'; fend = tenths.end }
      else if (split) { unit = split.unit; fend = split.end; approx ??= split.approx }
      else if (half && max === undefined && wordEnds(half.end)) { unit = half.unit; fend = half.end; value += 0.5 }
      else if (u) {
        unit = u[1][0]!.unit
        listed = u[1][0]!.list
        fend = u[0]
        // 6年半: a half after the unit, where a word ends (not 5年半导体).
        if (max === undefined && fw.half.has(text[fend] ?? '') && wordEnds(fend + 1)) { value += 0.5; fend++ }
      }
    }
    // “一体化”和“高质量”两个关键, “扩面积、强配套…”十个方面: a count in Chinese numerals right after quoted names and
    // before a noun of aspects names the set, a set phrase (“…”六个子智库 counts bodies).
    if (chinese && unit !== null && CLOSING_QUOTES.includes(prev) && fw.setNouns.longestAt(text, fend)) continue
    // 促进两个健康, 两个加快创新推进: an adjective before a mark or a verb, or a verb another verb follows, after a count in Chinese numerals and its measure
    // word (data/figure-words.tsv, slogan-unit) names a slogan's predicates, no things (两个新阵地, 两个提案 count).
    if (chinese && unit !== null && fw.sloganUnits.has(unit) && predicateAfter(tokens, fend)) continue
    // 二期扩建, 教育二组: 二 alone before a measure word numbers a thing in a name; a count would say 两, though a verb
    // a word of a span or an approximation before it makes it a count (共有二个, 为期二天, 近二个).
    if (chinese && unit !== null && unit !== '%' && fw.nameNumerals.has(text.slice(s, end)) && approx === null && !countedAfter(fw, text, tokens, s)) continue
    // A range with the unit written at both ends (5%-10%, 3个至5个, 5万元-10万元, 5000元-1万元): the upper end after the
    // first unit, scaled by its own magnitude.
    if (max === undefined && !chinese && unit !== null && fend > end) {
      const again = fw.range.exec(text.slice(fend, fend + 12))
      const at = again ? fend + again[0].length : -1
      const mag = again ? n.magnitudeAt(text, at) : null
      const high = again ? (mag ? scaleDecimal(again[1]!, mag.pow) : Number(again[1])) : 0
      const unitAt = at + (mag?.length ?? 0)
      if (again && high > value && text.startsWith(text.slice(end, fend), unitAt)) { max = high; fend = unitAt + fend - end }
    }
    // A negative number is a rate (-17%) or a measure (-30.53元, -5℃), but not the upper end of a range whose unit is
    // written at both ends (5万元-10万元): a minus after a unit is a range's mark.
    if (negative && (unit === null || (unit !== '%' && afterCount(fw, text, s - 1, n)))) continue
    const before = beforeAt(fw, text, s, tokens, isWord)
    // 公园四周, 四处奔走, 四面环山: a numeral and its unit that are also a word of place count only where a word of a span or an
    // approximation before them or of time after them says so (为期四周, 近四周, 经过四周, 四周后, 四周时间).
    if (chinese && fw.localities.has(text.slice(s, fend)) && !before && !endsWithOne(text, fw.localityBefore, s) && !endsWithOne(text, fw.spans, s) &&
      !fw.timeAfter.longestAt(text, fend) && !fw.localityAfter.longestAt(text, fend)) continue
    // 千亩山地苹果示范园, 万亩良田: a magnitude alone with its measure before a noun describes the noun, no figure.
    if (lone && unit !== null && !before && attributive(tokens, fend)) continue
    // Without a unit: an Arabic number made approximate (近4000, 42万左右), one scaled by its magnitude (捐资200万, 签约人数增至3370万),
    // or a round number in 万 (数十万).
    const approxAfter = unit === null && !chinese && (approx !== null || fw.after.longestAt(text, fend))
    if (unit === null && !(before && !chinese) && !approxAfter && !(scaled && !chinese && wordEnds(fend)) && !(round && value >= 10000)) continue
    // A short quotation names a slogan (“四个意识”, “18条”, “奋斗100年”), but one that is speech says a number after a verb
    // or a preposition (“今年计划增加2500亩。”, “深加工试产先从500公斤起步”……): its figure counts.
    if ((inShortQuote(s) && !(unit !== null && !chinese && prevWordIs(tokens, s, VERB_OR_PREPOSITION) && quotedSpeech(text, s, SHORT_QUOTE_OPENS, SHORT_QUOTE_CLOSES, SHORT_QUOTE_REACH, fw.speechVerbs))) || inTitle(s)) continue
    // 两地政协, 川渝两地: places counted in Chinese numerals name them, but after a list of them (北京、广东两地), its last
    // item a place, a name of the kind counted (柳山村、草坝村两村) or a province's one-character abbreviation (川、渝两地),
    // not any enumeration (补短强优、共同推进两地).
    if (listed && chinese && !(writtenBefore(text, s, LIST_BACK, (c) => c === ENUMERATION_MARK) && (placeEnds.has(s) || text[s - 1] === unit!.at(-1) || text[s - 2] === ENUMERATION_MARK))) continue
    // 十三届全国人大五次会议: the session of a body, numbered after its term (届).
    // 县七次党代会, 泉州市十二次党代会: a session numbered right after its region's level word or name is its body's (县第七次党代会);
    // a numeral never ordinal still counts (县两次党代会之间).
    if (chinese && fw.sessions.longestAt(text, end) && (writtenBefore(text, s, TERM_BACK, (c) => fw.terms.has(c)) || sessionOfRegion(fw, text, s, end, placeEnds))) continue
    // 三年攻坚行动, 五年规划: a span of years in Chinese numerals before a noun names a plan; before anything
    // else it is a duration (五年来, 连续三年获评, 过不了两年这个指标), as is one made approximate.
    if (unit === YEAR && chinese && !approx && !before && !round && namesPlan(tokens, fend, fw.durations)) continue
    // 一九八五年, 二〇二三年, 九八年: a year written digit by digit.
    if (unit === YEAR && chinese && max === undefined && digitByDigit(text.slice(s, end), n)) continue
    let start = s
    if (negative) { value = -value; start = s - 1 }
    else if (before) { approx ??= before.values[0]!; start = before.start }
    else approx ??= reachAt(fw, text, s, n) ?? (unit !== null && fw.shareUnits.has(unit) ? ownerApprox(fw, text, s, tokens, isWord, n) : null)
    const after = fw.after.longestAt(text, fend)
    if (after && wordEnds(after.end)) { approx ??= after.values[0]!; fend = after.end }
    else if (unit !== null && unit !== '%') approx ??= postposedApprox(fw, text, tokens, fend)
    // 五年来, 一年多来, 近20年以来: a span of years written with 来/以来 is a time frame, not a quantity (the client's
    // sample gold leaves out 五年来 and 一年来).
    if (unit === YEAR && startsWithOne(text, fw.frames, fend)) continue
    // 1+3+N, 1+X, 1+1>2: a plus before another term joins a formula or slogan; only one after a number (10万+, 5000+人次) is more.
    if (plusJoinsTerms(text, s, fend)) continue
    out.push({ text: text.slice(start, fend), value, ...(max !== undefined ? { max } : {}), unit, approx, subject: subjectOf(tokens, start, fend), span: span(start, fend), normStart: start })
    s = fend - 1
  }
  return out
}

// How long the counted noun between a unit and an approximation after it may be (1000双鞋左右, 300名游客左右).
const POSTPOSED_NOUN_MAX = 6
// What may follow such an approximation: the clause ends (左右开展, 上下联动 are verbs).
const CLAUSE_GOES_ON = /[\p{Script=Han}\p{L}\p{N}]/u

/**
 * An approximation written after the counted noun that closes the noun phrase (1000双鞋左右。 → 1000双 about; data/figure-words.tsv,
 * after-noun): the noun's words right after the unit, then the word, then the clause's end. The figure's text stays the number and
 * its unit (the gold of dev 985).
 */
function postposedApprox(fw: FigureWords, text: string, t: Tokens, fend: number): Approx | null {
  const at = nounsEnd(t, fend, POSTPOSED_NOUN_MAX)
  const word = at < 0 ? undefined : fw.afterNoun.longestAt(text, at)
  if (!word || t.isEnd[word.end] !== 1 || t.isStart[at] !== 1) return null
  return word.end >= text.length || !CLAUSE_GOES_ON.test(text[word.end]!) ? word.values[0]! : null
}

/**
 * Whether a number before a term (届) counts terms, not the term's number: a numeral that is never an ordinal (承办两届大会),
 * or any number after a word of serving or holding again (连任三届, 连续举办了五届: data/figure-words.tsv, term-count),
 * unless a list of terms follows (连任十届、十一届全国人大代表: their numbers), or a body follows the term and the number
 * is above any count of terms served or held (连任十三届全国人大代表, 举办了十四届全国政协委员学习研讨班: the term's number;
 * 连任四届全国政协委员 stays a count).
 */
function countsTerms(fw: FigureWords, text: string, s: number, end: number, value: number, chinese: boolean): boolean {
  if (!fw.terms.has(text[end] ?? '')) return false
  if (chinese && fw.countNumerals.has(text.slice(s, end))) return true
  // After the term, the mark of a list or range of terms (十届、十一届, 十届至十二届): numbers of terms.
  const next = text[end + 1] ?? ''
  if (value > MOST_TERMS_COUNTED && startsWithOne(text, fw.termBodies, end + 1)) return false
  return endsWithOne(text, fw.termCounts, s) && !LIST_MARKS.includes(next) && !fw.rangeMark.test(text.slice(end + 1, end + 3))
}

// The most terms a count after 连任 or 举办 names before a body (连任四届全国政协委员): five-year terms, fifty years.
const MOST_TERMS_COUNTED = 10

// Parts of speech of a noun that a measurement may describe (千亩|山地, 万亩|良田, 百米|文化长廊).
const DESCRIBED = /^(?:n|nr|ns|nt|nz|ng|vn|l)$/
const UNKNOWN_WORD = /^\p{Script=Han}{2,}$/u

const PLUS = '+'
const FORMULA_TERM = /[0-9A-Za-z]/
/** Whether a plus inside the figure at [start, end) is followed by another term (1+3+N), not closing the number (10万+). */
function plusJoinsTerms(text: string, start: number, end: number): boolean {
  const at = text.indexOf(PLUS, start)
  return at >= 0 && at < end && FORMULA_TERM.test(text[at + 1] ?? '')
}

/** Whether a noun begins at `end`, right after a unit: the measurement describes it (千亩山地苹果示范园), it counts nothing. */
function attributive(t: Tokens, end: number): boolean {
  if (t.isStart[end] !== 1) return false
  const tok = t.list[t.at[end]!]
  // A word the segmenter does not know (雪桃, 藤椒) is a noun here: a local crop or product named after the measure.
  return tok !== undefined && tok.start === end && (DESCRIBED.test(tok.pos) || (tok.pos === 'x' && UNKNOWN_WORD.test(tok.word)))
}

/**
 * The upper end of a range in Chinese numerals after the lower end at `end` (三|至五年): a greater number, no magnitude
 * after it, and the lower end as the range reads it (`low`): scaled by a magnitude written only at the upper end
 * (五至八亿 → 5亿, sharedScale). In a range of percentages 百分之 may be written again before the upper end
 * (百分之十至百分之十五); before any other number it begins no upper end.
 */
function chineseUpperEnd(fw: FigureWords, text: string, end: number, low: number, n: Numerals, percent: boolean): { value: number; low: number; end: number } | null {
  const mark = fw.rangeMark.exec(text.slice(end, end + 2))
  if (!mark) return null
  let at = end + mark[0].length
  const again = fw.percent.longestAt(text, at)
  if (again) {
    if (!percent) return null
    at = again.end
  }
  const high = numeralsAt(text, at, n)
  if (!high || n.magnitudeAt(text, high.end)) return null
  const scaled = sharedScale(text.slice(at, high.end), low, n)
  const from = scaled < high.value ? scaled : low
  return from < high.value ? { value: high.value, low: from, end: high.end } : null
}

// The least unit written after one digit (五百, 三千) that a one-digit lower end shares (三至五百): not 十 (一至二十 is 1 to 20).
const SHARED_UNIT_FROM = 100

/**
 * The lower end of a Chinese range scaled as its upper end is: by the magnitudes the upper end ends in (八亿 → × 10^8,
 * 三十万 → × 10^4), and by 百 or 千 after the upper end's one digit where the lower end is one digit too (三至五百 → 300).
 * The caller keeps it only where it stays below the upper end (五万至八万: the lower end wrote its own).
 */
function sharedScale(upper: string, low: number, n: Numerals): number {
  const cs = [...upper]
  let k = cs.length
  let factor = 1
  while (k > 1 && n.kindOf(cs[k - 1]!) === 'magnitude') factor *= n.parse(cs[--k]!) ?? 1
  const unit = k === 2 && n.kindOf(cs[0]!) === 'digit' && n.kindOf(cs[1]!) === 'unit' ? (n.parse(cs[1]!) ?? 1) : 1
  if (unit >= SHARED_UNIT_FROM && low < 10) factor *= unit
  return low * factor
}

const PLAN_NOUN = /^(?:n|vn|nz|nt|l|j|an)$/
// How far the next count of one unit is looked for after a conjunction (一项…和七项).
const NEXT_COUNT_WITHIN = 16
const NOT_BEFORE_ONE = /^(?:d|r|rz|ry|f)$/
const VERB = /^v/
const VERB_OR_PREPOSITION = /^[vp]/

// Parts of speech of a verb after which 二 counts (共有|二个), where a noun-verb names (教育|二组, 督查|二处).
const COUNTING_VERB = /^(?:v|vd|vi|vg)$/

/** Whether a verb (共有|二个), a word of a span (为期|二天) or an approximation (近|二个) is right before `s`: the number after it counts. */
function countedAfter(fw: FigureWords, text: string, t: Tokens, s: number): boolean {
  if (endsWithOne(text, fw.spans, s) || fw.before.longestEndingAt(text, s)) return true
  const prev = s > 0 && t.isStart[s] === 1 ? t.list[t.at[s - 1]!] : undefined
  return prev !== undefined && prev.end === s && COUNTING_VERB.test(prev.pos)
}

/** Whether the word right before `s` is of the parts of speech `re`: a verb (提出|四点建议), or a verb or a preposition (增加|2500亩, 从|500公斤). */
function prevWordIs(t: Tokens, s: number, re: RegExp): boolean {
  const prev = s > 0 && t.isStart[s] === 1 ? t.list[t.at[s - 1]!] : undefined
  return prev !== undefined && prev.end === s && re.test(prev.pos)
}

// 的 closing the clause that gives a count (提出的|四点要求, 支部建设的|四点目标: dev 769), as a verb does, where a verb or an
// adjective ends that clause; after a noun (两岸关系的|四点意见) the points are a named document, and a time of day has neither.
const OF = /^uj$/
const VERB_OR_ADJECTIVE = /^[va]/

/** Whether 的 is written right before `s`, after a verb or an adjective (提出的, 建设的, 突出的). */
function ofVerbBefore(t: Tokens, s: number): boolean {
  if (!prevWordIs(t, s, OF)) return false
  const of = t.list[t.at[s - 1]!]!
  return prevWordIs(t, of.start, VERB_OR_ADJECTIVE)
}
// An aspect particle after a verb (提出了, 提过): 了/ul, 过/ug.
const ASPECT = /^u[lg]$/

/**
 * Whether the word at `end` is a predicate that names a slogan: an adjective a mark or a verb follows (两个健康，, 两个健康推动),
 * not a noun, a verb-noun or 的 (两个新阵地, 两个优秀调研报告, 八个新的亮点), or a verb another verb follows (两个加快创新推进).
 */
function predicateAfter(t: Tokens, end: number): boolean {
  if (t.isStart[end] !== 1) return false
  const tok = t.list[t.at[end]!]
  const next = tok ? t.list[t.at[end]! + 1] : undefined
  if (!tok || !next || next.start !== tok.end) return false
  if (tok.pos === 'a') return (next.pos === 'x' && !isHan(next.word.charCodeAt(0))) || next.pos === 'v'
  return tok.pos === 'v' && next.pos === 'v'
}

/** Whether a verb is the word before `s`, or before an aspect particle there (提出了|三点希望). */
function verbBefore(t: Tokens, s: number): boolean {
  if (prevWordIs(t, s, VERB)) return true
  const prev = s > 0 && t.isStart[s] === 1 ? t.list[t.at[s - 1]!] : undefined
  return prev !== undefined && prev.end === s && ASPECT.test(prev.pos) && prevWordIs(t, prev.start, VERB)
}

/**
 * Whether 一 with the unit at `end` is a count, not an article: a word of its own with its unit, followed within a few
 * characters by a conjunction and another count of the same unit (一项党派重点考察调研和七项全盟重点调研; not 一个在鄂西北，
 * 一个在鄂西南). Reads a copy of a few characters: the cost does not grow with the text.
 */
function countedOne(fw: FigureWords, text: string, t: Tokens, s: number, end: number, n: Numerals): boolean {
  const u = fw.units.longestAt(text, end)
  if (!u || t.isStart[s] !== 1) return false
  // Not after an adverb or a pronoun: 又一次, 这一次 are no counts.
  const prev = s > 0 ? t.list[t.at[s - 1]!] : undefined
  if (prev && NOT_BEFORE_ONE.test(prev.pos)) return false
  const unit = text.slice(end, u.end)
  const near = text.slice(u.end, u.end + NEXT_COUNT_WITHIN)
  for (let k = 0; k < near.length; k++) {
    if (!CONJUNCTIONS.includes(near[k]!)) continue
    let e = k + 1
    while (e < near.length && n.isNumeral(near[e]!)) e++
    // Another count than one (一个在鄂西北，一个在鄂西南 and 一张图作战、一张蓝图 are articles), and no numeral that numbers a
    // thing in a name (一期提档升级及二期建设: two phases, as 二期扩建).
    const other = near.slice(k + 1, e)
    if (e > k + 1 && other !== text[s] && !fw.nameNumerals.has(other) && near.startsWith(unit, e)) return true
  }
  return false
}

/**
 * Whether 一 with the unit at `end` is one of two equal counts joined by a word of repetition or comparison (一场接一场,
 * 一次又一次, 一个比一个: data/figure-words.tsv, repeat and time-compare): a repetition, no count, on either side of the word.
 */
function repeatedOne(fw: FigureWords, text: string, s: number, end: number): boolean {
  const u = fw.units.longestAt(text, end)
  if (!u) return false
  const one = text.slice(s, u.end)
  return fw.repeats.some((w) => (text.startsWith(w, u.end) && text.startsWith(one, u.end + w.length)) || (text.endsWith(w, s) && text.endsWith(one, s - w.length)))
}

const SLOGAN_JOINS = '、，,；;'
// The most Han characters read back from 一 to the mark that opens its clause.
const SLOGAN_BACK = 8

/**
 * Whether 一 and its measure word at `end` close a clause of a parallel slogan (做到提案办一件、协商深一层、共识增一分: a motto, no
 * count; dev 780): a word of one character, a verb or an adjective, right before 一, and a neighbouring clause joined by a mark of a
 * list or clause (the next of at most a few characters) closed by 一 and another measure word. Not a
 * list of counts of one unit (一等奖一名、二等奖一名), nor a count after a noun (提交提案一件、社情民意一篇).
 */
function parallelOne(text: string, t: Tokens, s: number, end: number): boolean {
  const measure = text[end] ?? ''
  const prev = s > 0 ? t.list[t.at[s - 1]!] : undefined
  if (!prev || prev.end !== s || prev.end - prev.start !== 1 || !/^[va]/.test(prev.pos)) return false
  // The end of a clause of the slogan: a Han character, then the same 一 and another measure word closing it (协商深一层, 共识增一分).
  const neighbour = (from: number, to: number) =>
    to - from >= 3 && text[to - 2] === text[s] && isHan(text.charCodeAt(to - 3)) && isHan(text.charCodeAt(to - 1)) && text[to - 1] !== measure
  // The next clause: after the mark that closes this one, up to the next mark.
  if (SLOGAN_JOINS.includes(text[end + 1] ?? '\n')) {
    let e = end + 2
    while (e < text.length && e - end <= SLOGAN_BACK && isHan(text.charCodeAt(e))) e++
    if ((e >= text.length || !isHan(text.charCodeAt(e))) && neighbour(end + 2, e)) return true
  }
  // The previous clause: before the mark that opens this one (its end: 做到提案办一件、|协商深一层).
  let k = s - 1
  while (k >= 0 && s - k <= SLOGAN_BACK && isHan(text.charCodeAt(k))) k--
  if (k < 1 || !SLOGAN_JOINS.includes(text[k]!)) return false
  let b = k - 1
  while (b >= 0 && k - b <= SLOGAN_BACK && isHan(text.charCodeAt(b))) b--
  return neighbour(b + 1, k)
}

// Marks that close what a count written after its noun ends (一等奖一名：, 每季度举办一次。): nothing follows for 一 to be the article of.
const CLAUSE_MARKS = '，。；：！？、）,.;:!?)'
const CLAUSE_END = new RegExp(`^[${CLAUSE_MARKS}]?$`)
// Words before 一 that make it no count: an adverb or pronoun (又一次, 这一次), a time (过去一年), 的 (难忘的一天), or a word the
// segmenter did not know, as it glues 每 to a verb (每到/x 一处, 每看/x 一次: how often, not how many).
const NOT_BEFORE_POSTPOSED = /^(?:d|r|rz|ry|f|t|uj|x)$/
// Marks that end a sentence.
const SENTENCE_END = /[。！？!?\n\r]/

/**
 * Whether 一 and its measure word at `end` are a count written after its noun (一等奖一名：李伟, 选送作品一件，, 每季度举办一次。):
 * the two one word of the segmenter's, nothing but a mark or the text's end after it, no adverb (一起, 一下: data/figure-words.tsv,
 * adverb), and no adverb, pronoun, time or 的 before it.
 */
function postposedOne(fw: FigureWords, text: string, t: Tokens, s: number, end: number): boolean {
  const u = fw.units.longestAt(text, end)
  // 关键一年, 过去一年: a year after its noun is the year itself, no count.
  if (!u || u.values[0]!.unit === YEAR || t.isStart[s] !== 1 || t.isEnd[u.end] !== 1 || !CLAUSE_END.test(text.slice(u.end, u.end + 1))) return false
  const word = t.list[t.at[s]!]
  if (!word || word.start !== s || word.end !== u.end || fw.adverbs.has(word.word)) return false
  const prev = s > 0 ? t.list[t.at[s - 1]!] : undefined
  if (prev === undefined || prev.end !== s || NOT_BEFORE_POSTPOSED.test(prev.pos)) return false
  // A verb after a one-character pronoun says how often, as an adverb does (每到一处, 每看一次): no count.
  const before = prev.start > 0 ? t.list[t.at[prev.start - 1]!] : undefined
  return !(before && before.end === prev.start && before.end - before.start === 1 && before.pos.startsWith('r'))
}

/**
 * Whether 一 with a unit of time at `end` counts that time (提前一天, 耗时一个月, 持续了一个星期; 一周后, 一个月内: a duration,
 * dev-pages README): 一 begins a word, and the word before it is no adverb, pronoun, direction, time, 的 or unknown glue
 * (前一天, 这一天, 难忘的一天, 每一天), nor one that makes 一 indefinite (有一天); not at a sentence's start unless a word of
 * time-after follows (一天，他来到村里: a story's some day; 一周后，委员们再次来到村里 counts), nor before a time frame
 * (一周以来), a number (一周一次: a rate) or a word of comparison (一天比一天).
 */
function timeOne(fw: FigureWords, text: string, t: Tokens, s: number, end: number, n: Numerals): boolean {
  const u = fw.units.longestAt(text, end)
  if (!u || !fw.timeUnits.has(u.values[0]!.unit) || t.isStart[s] !== 1) return false
  const after = u.end
  // A word of time-after is one only as a whole word (一周内, not 一周内容; 一天前, not 一天前来).
  const timeAfter = fw.timeAfter.longestAt(text, after)
  const onlyAhead = fw.timeUnitsAfter.has(u.values[0]!.unit)
  if (onlyAhead && timeAfter && fw.timeAgo.has(text.slice(after, timeAfter.end))) return false
  if (!(timeAfter && t.isEnd[timeAfter.end] === 1)) {
    if (onlyAhead) return false
    let b = s - 1
    while (b >= 0 && /\s/.test(text[b]!)) b--
    if (b < 0 || SENTENCE_END.test(text[b]!)) return false
  }
  // A time frame (一周以来, 一个月来), a rate (一周一次), a comparison (一天比一天): no count.
  if (fw.frames.some((w) => text.startsWith(w, after) && t.isEnd[after + w.length] === 1)) return false
  if (n.isCountUnit(text.charCodeAt(after))) return false
  // 比 as a word of its own (一天比一天), not the first character of another (一天比赛, 一周比对).
  const wordAt = (from: number, to: number) => t.isStart[from] === 1 && t.isEnd[to] === 1
  if (fw.compare.some((w) => (text.startsWith(w, after) && wordAt(after, after + w.length)) || (text.endsWith(w, s) && wordAt(s - w.length, s)))) return false
  // A mark within a sentence before 一 (来到村里，一个星期走遍了12个组) leaves it a count: the segmenter tags marks x, as it tags unknown glue.
  const prev = s > 0 && isHan(text.charCodeAt(s - 1)) ? t.list[t.at[s - 1]!] : undefined
  if (!prev || prev.end !== s) return true
  // An approximation the segmenter tags as an adverb (将近, 大约, 约: 将近一个月时间, the gold of dev 1248) is no such
  // adverb: the duration is made approximate. Only as the whole word before 一 (not the 近 of 最近一天).
  const approx = fw.before.longestEndingAt(text, s)
  if (approx && approx.start <= prev.start) return true
  // An adverb that stresses how short the span is (仅仅一年时间, 短短一个月: data/figure-words.tsv, short-one) leaves it a duration.
  if (fw.shortOne.has(prev.word)) return true
  return !(NOT_BEFORE_POSTPOSED.test(prev.pos) || fw.someOne.has(prev.word))
}

// How far back from 一 a rate's period may stand in its clause (每季度|开展|一次, 每年|举行|一次); further, up to the long reach,
// only when a 、 between them lists a verb's object (每年要对全县教育、卫生工作开展一次: dev 1056), not across any clause
// (每年政协全会是全市人民政治生活中的一次盛会: no rate).
const [RATE_REACH, RATE_LIST_REACH] = [8, 16]
// What ends the clause a rate is looked for in: the marks of CLAUSE_END but 、, which lists the words of one object (教育、卫生工作).
const RATE_CLAUSE_END = new RegExp(`[${CLAUSE_MARKS.replace(LIST_MARKS[0]!, '')}]`)

/**
 * Whether 一 with a unit at `end` that a rate counts (次, 场) is how many times in a period written before it in its clause
 * (每季度开展一次集中学习, 每年举行一次联席会议: data/figure-words.tsv, rate and rate-unit; the gold of 273, 341, 582 and 946 lists
 * such a 一次): the rate's word ends within a few characters before 一 (more when a 、 between lists the words of one object),
 * with no mark of a clause and no other number between.
 */
function rateOne(fw: FigureWords, text: string, s: number, end: number, n: Numerals): boolean {
  const u = fw.units.longestAt(text, end)
  if (!u || !fw.rateUnits.has(u.values[0]!.unit)) return false
  let listed = false
  for (let e = s; e > 0 && e >= s - RATE_LIST_REACH; e--) {
    if (fw.rates.longestEndingAt(text, e)) return listed || e >= s - RATE_REACH
    const c = text[e - 1]!
    if (c.charCodeAt(0) === ENUMERATION_COMMA) listed = true
    if (RATE_CLAUSE_END.test(c) || SENTENCE_END.test(c) || n.isCountUnit(c.charCodeAt(0))) return false
  }
  return false
}

/** Whether N次 at `s` (a session after it) follows its region's level word or a place's name: the region's session, an ordinal. */
function sessionOfRegion(fw: FigureWords, text: string, s: number, end: number, placeEnds: ReadonlySet<number>): boolean {
  return (fw.sessionRegions.has(text[s - 1] ?? '') || placeEnds.has(s)) && !fw.countNumerals.has(text.slice(s, end))
}

/** Whether a Chinese numeral is written digit by digit (二〇二三): a year or a code, no count. */
function digitByDigit(run: string, n: Numerals): boolean {
  const cs = [...run]
  return cs.length >= 2 && cs.every((c) => n.kindOf(c) === 'digit')
}

/** Whether the word at `end` (right after 年) is a noun that 年 names: 五年规划, 三年攻坚行动. */
function namesPlan(t: Tokens, end: number, durations: ReadonlySet<string>): boolean {
  if (!t.isStart[end]) return false
  const tok = t.list[t.at[end]!]
  return tok !== undefined && PLAN_NOUN.test(tok.pos) && !durations.has(tok.word[0]!)
}

/**
 * A unit of two parts with an approximation between them (3个多月, 两个多小时): the unit of the parts joined
 * (个月, 小时), read from a copy of a few characters, so the cost does not grow with the text.
 */
function splitUnit(fw: FigureWords, text: string, at: number): { unit: string; end: number; approx: Approx } | null {
  const approx = fw.inside.get(text[at + 1] ?? '')
  const u = approx ? joinedUnit(fw, text, at) : null
  return u ? { unit: u.unit, end: u.end, approx: approx! } : null
}

/**
 * Whether 一 at `end`'s numeral counts a unit of time split by an approximation (一个多月, 一个多小时): more than one month is
 * a quantity, as 两个多月 is; not a time frame after it (一个多月来, 一个多月以来).
 */
function approxTimeOne(fw: FigureWords, text: string, end: number): boolean {
  const split = splitUnit(fw, text, end)
  return split !== null && fw.timeUnits.has(split.unit) && !startsWithOne(text, fw.frames, split.end)
}

/**
 * Whether the comma before the digits at `s` groups thousands (1,235; 12,345,678): three digits after it, no fourth, and one to
 * three before it. Pages print the Chinese comma as an ASCII one, so a comma between a bare number and the next (占1/3,60岁以上;
 * 2023,100人) ends a clause instead.
 */
function commaGroups(text: string, s: number): boolean {
  for (let i = s; i < s + 3; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false
  if (isAsciiDigit(text.charCodeAt(s + 3))) return false
  let b = s - 2
  while (b >= 0 && isAsciiDigit(text.charCodeAt(b))) b--
  const before = s - 2 - b
  return before >= 1 && before <= 3
}

/** A unit of two parts with a half between them (3个半月): the unit of the parts joined, and where it ends. */
function halfUnit(fw: FigureWords, text: string, at: number): { unit: string; end: number } | null {
  return fw.half.has(text[at + 1] ?? '') ? joinedUnit(fw, text, at) : null
}

/** The unit of two parts at `at` with one character between them, joined, and where it ends in the text. */
function joinedUnit(fw: FigureWords, text: string, at: number): { unit: string; end: number } | null {
  const joined = text[at]! + text.slice(at + 2, at + 6)
  const u = fw.units.longestAt(joined, 0)
  return u && u.end > 1 ? { unit: u.values[0]!.unit, end: at + 1 + u.end } : null
}

/**
 * The approximation written before the number at `s`, right before it or across a bridge word (约有, 超过了),
 * but not the end of a word of the dictionary (the 约 of 节约20%, the 近 of 最近).
 */
function beforeAt(fw: FigureWords, text: string, s: number, t: Tokens, isWord: (w: string) => boolean): { start: number; values: Approx[] } | undefined {
  // An approximation inside a word is no approximation (最近|10天), but one of two characters or more that ends the
  // word is (资金不足|10万元, 人手不到|20人: the segmenter's word of a noun and its predicate).
  const own = <A extends { start: number }>(a: A | undefined, end: number): A | undefined => {
    if (!a || t.isStart[a.start] === 1) return a
    const tok = t.list[t.at[a.start]!]
    if (tok && tok.end === end && end - a.start >= 2) return a
    // 占地约|200亩: the segmenter glues one character of approximation to a word of two or more before it (占地).
    if (tok && tok.end === end && a.start - tok.start >= 2 && isWord(text.slice(tok.start, a.start))) return a
    return tok && tok.start < a.start && isWord(tok.word) ? undefined : a
  }
  const direct = fw.before.longestEndingAt(text, s)
  if (direct) return own(direct, s)
  const bridge = fw.bridge.longestEndingAt(text, s)
  return bridge ? own(fw.before.longestEndingAt(text, bridge.start), bridge.start) : undefined
}

// How far back an approximation reaches over a verb phrase (至少|节约成本|200元, 至少|为脱贫攻坚做|1件), and what ends
// the reach: a mark of a clause or a list, or another number, which the approximation would be about instead.
const REACH_BACK = 12
const REACH_STOP = /[，。；：！？、,;:!?\n“”"（）()]/

// An owner of a share is a noun phrase, often longer than a verb phrase (约占|当年全国两会建议提案总量的|1/10: dev 1305).
const OWNER_BACK = 20

/**
 * Whether the character at `k` ends an approximation's reach: a mark of a clause or a list, or a digit of another number;
 * not a numeral inside a set phrase (两会, 三农, 十四五: data/numbered-phrases.txt), which counts nothing.
 */
function endsReach(fw: FigureWords, text: string, k: number, n: Numerals): boolean {
  const c = text[k]!
  if (REACH_STOP.test(c)) return true
  return (isAsciiDigit(c.charCodeAt(0)) || n.isNumeral(c)) && !phraseAt(fw, text, k)
}

/** The approximation of a word such as 至少 earlier in the clause of the number at `s`, over a verb phrase and no other number. */
function reachAt(fw: FigureWords, text: string, s: number, n: Numerals): Approx | null {
  for (let k = s - 1; k >= 0 && s - k <= REACH_BACK; k--) {
    if (endsReach(fw, text, k, n)) return null
    const hit = fw.reach.longestAt(text, k)
    if (hit) return hit.values[0]!
  }
  return null
}

/**
 * The approximation before the owner of a share or a ratio (约占|全省的|30%, 不足|日本的|1/4, 接近|全国平均水平的|两倍: dev 431):
 * the owner ends in a word of share-owner (data/figure-words.tsv) right before the number, and the approximation, written
 * as before a number (beforeAt: not the 约 of 节约), ends where a word begins, within the reach of 至少 and with no mark or number between.
 */
function ownerApprox(fw: FigureWords, text: string, s: number, t: Tokens, isWord: (w: string) => boolean, n: Numerals): Approx | null {
  const owner = fw.shareOwners.find((w) => text.endsWith(w, s))
  if (!owner) return null
  for (let k = s - owner.length - 1; k > 0 && s - k <= OWNER_BACK; k--) {
    if (endsReach(fw, text, k, n)) return null
    if (t.isStart[k] !== 1) continue
    const hit = beforeAt(fw, text, k, t, isWord)
    if (hit) return hit.values[0]!
  }
  return null
}

/** Whether a number and its unit end at `at` (5万元|-10万元, 3个|-5个): the number after is a range's upper end. */
function afterCount(fw: FigureWords, text: string, at: number, n: Numerals): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    if (fw.units.longestAt(text, k)?.end !== at) continue
    const c = text[k - 1] ?? ''
    if (isAsciiDigit(c.charCodeAt(0)) || n.isNumeral(c)) return true
  }
  return false
}

// The denominator of a share in Arabic digits (1/4, 1/400), not followed by more digits, a letter or a mark of a date or code.
// A year and a space before the numerator and month over day in two digits: a page's stamp (2023 10/11), a date.
const STAMP_YEAR = new RegExp(`(?:${YEAR_APART_STAMP})$`)
const DENOMINATOR = /\/(\d{1,4})(?![\d/.A-Za-z:\-])/y

/**
 * A share written numerator/denominator in Arabic digits (相当于美国的1/400, 约为1/4): a percentage to two decimals, where
 * the numerator is a whole number below the denominator and no unit or stop follows (not 1/2号楼, 9/10日), nor is written
 * with a leading zero or after a year and a space, as a month is in a date stamp (2023 01/11, 2023 10/11), never a share.
 */
function slashShare(fw: FigureWords, text: string, start: number, end: number, numerator: number): { value: number; end: number } | null {
  DENOMINATOR.lastIndex = end
  const m = DENOMINATOR.exec(text)
  if (!m || !Number.isInteger(numerator) || numerator === 0 || (text[start] === '0' && end - start > 1)) return null
  if (STAMP_YEAR.test(text.slice(Math.max(0, start - 8), end + m[0].length))) return null
  const denominator = Number(m[1])
  const e = end + m[0].length
  if (denominator <= numerator || fw.units.longestAt(text, e) || fw.stops.longestAt(text, e)) return null
  return { value: Math.round((numerator / denominator) * 10000) / 100, end: e }
}

/**
 * 一半 as a share (占近一半, 减少了一半, 一半以上): 一 and a half character ending a word, alone or in one word after an
 * approximation (近一半), or with an approximation after it (一半多); not 另一半 (the other half, one word) nor 这一半
 * (after a pronoun of one character).
 */
function halfShare(fw: FigureWords, text: string, t: Tokens, s: number, end: number, one: number): { value: number; end: number } | null {
  if (one !== 1 || end !== s + 1 || !fw.half.has(text[end] ?? '')) return null
  const tok = t.list[t.at[s]!]
  if (!tok || tok.end <= end) return null
  if (tok.start < s && fw.before.longestEndingAt(text, s)?.start !== tok.start) return null
  if (tok.end !== end + 1 && fw.after.longestAt(text, end + 1)?.end !== tok.end) return null
  const prev = tok.start === s && s > 0 ? t.list[t.at[s - 1]!] : undefined
  if (prev && prev.end === s && prev.end - prev.start === 1 && prev.pos.startsWith('r')) return null
  return { value: 50, end: end + 1 }
}

/**
 * Whether a character `hit` accepts is written before `s` in a run of Han characters reaching back at most
 * `within` characters: 、 after a list of names (北京、广东|两地), 届 after a term (十三届全国人大|五次会议).
 */
function writtenBefore(text: string, s: number, within: number, hit: (c: string) => boolean): boolean {
  for (let k = s - 1; k >= 0 && s - k <= within; k--) {
    if (hit(text[k]!)) return true
    if (!isHan(text.charCodeAt(k))) return false
  }
  return false
}

/**
 * 第二、五、六组, 第三至五条: every number of an ordinal enumeration or range is an ordinal (within 12 units back).
 * Not where the 第 is itself counted (4个第一、4个第二: a list of counts of ranks).
 */
function ordinalList(fw: FigureWords, text: string, s: number, n: Numerals): boolean {
  const joins = (k: number) => text.charCodeAt(k) === ENUMERATION_COMMA || fw.rangeMark.test(text[k] ?? '')
  if (!joins(s - 1)) return false
  const from = Math.max(0, s - 12)
  let k = s - 1
  while (k > from && (joins(k - 1) || n.isCountUnit(text.charCodeAt(k - 1)))) k--
  return k > from && text[k - 1] === ORDINAL && !countedBefore(fw, text, k - 1, n)
}

/** Whether a number and its unit are written right before `at` (4个|第一). */
function countedBefore(fw: FigureWords, text: string, at: number, n: Numerals): boolean {
  for (let j = Math.max(1, at - 3); j < at; j++) {
    if (fw.units.longestAt(text, j)?.end === at && n.isCountUnit(text.charCodeAt(j - 1))) return true
  }
  return false
}

/** Whether a set phrase (十四五, 两个维护, 市县两级) covers position `s`. */
function phraseAt(fw: FigureWords, text: string, s: number): boolean {
  for (let k = 0; k <= 3 && k <= s; k++) {
    const p = fw.phrases.longestAt(text, s - k)
    if (p && p.end > s) return true
  }
  return false
}

/** Whether one of `words` ends at `at` in `text`. */
function endsWithOne(text: string, words: readonly string[], at: number): boolean {
  for (const w of words) if (text.endsWith(w, at)) return true
  return false
}

/** Whether one of `words` starts at `at` in `text`. */
function startsWithOne(text: string, words: readonly string[], at: number): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true
  return false
}
