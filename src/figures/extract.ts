import type { Trie } from '../lexicon/trie.js'
import type { Figure } from '../schema/result.js'
import type { SpanMaker } from '../spans/index.js'
import type { Tokens } from '../segment/tokens.js'
import { nextMatch, UnitSet } from '../text/chars.js'
import { arabicDigits, scaleDecimal, type Numerals } from '../text/numerals.js'
import { enclosedBy, subjectOf } from './context.js'
// A range after a number (3至5个): the marks, and the range's upper end.
const RANGE_MARKS = ['至', '到', '~', '－', '-', '—']
const RANGE = new RegExp(`^(?:${RANGE_MARKS.join('|')})(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)`)
const RANGE_MARK = UnitSet.of(RANGE_MARKS)
const PREFIX: Array<[RegExp, Figure['approx']]> = [
  [/(?:将近|接近|不到|不足|近)$/, 'less'],
  [/(?:大约|大概|约)$/, 'about'],
  [/(?:超过|多达|逾|超)$/, 'more'],
]
const SUFFIX: Array<[RegExp, Exclude<Figure['approx'], null>]> = [[/^(?:以上|多)/, 'more'], [/^(?:以下|以内)/, 'less'], [/^(?:左右|上下)/, 'about']]
const MEASURES = new Set(['米', '公里', '千米', '平方米', '平方公里', '亩', '吨', '元'])
const DATE_AFTER = /^(?:年度|年代|月|日|号|时|点|版|届|世纪)/
const YEARLIKE = /^(?:1[5-9]|20)\d\d$|^[〇零一二三四五六七八九]{4}$/

type Parsed = { value: number; len: number; approx: Figure['approx'] }

/** Number core + 余/多 + magnitude (万/亿) + 余/多, read from `at`. */
function readNumber(text: string, core: string, at: number, numerals: Numerals): Parsed | null {
  let i = at + core.length
  let approx: Figure['approx'] = null
  const more = () => { if (/[余多来]/.test(text[i] ?? '')) { approx = 'more'; i++ } }
  const arabic = arabicDigits(core)
  if (arabic !== null) {
    more()
    const mag = numerals.magnitudeAt(text, i)
    let value = Number(arabic)
    // 3.7万, 2651.9万元, 1亿; a bare 千/百 after digits is not a magnitude (3千 is rare, 5百姓 never).
    if (mag) { value = scaleDecimal(arabic, mag.pow); i += mag.length }
    more()
    return { value, len: i - at, approx }
  }
  // Chinese: a trailing 余/多 may sit before 万 (三百余万); 一 alone is an article, not a count.
  // 百米 is a length, 百姓 and 万物 are words: a lone magnitude counts only before a measurement unit.
  if (core === '一' || (/^[十百千万亿]$/.test(core) && !MEASURES.has(text[i] ?? ''))) return null
  const v = numerals.parse(core)
  if (v === null) return null
  more()
  return { value: v, len: i - at, approx }
}

/**
 * Stage step: figures — a number (Arabic, Chinese or mixed, with 万/亿 scaled exactly), an optional
 * approximation (近/约/超 … 余/多/以上/左右) and a measure word or unit from data/units.tsv; ranges
 * (3至5个) carry `max`. Ordinals (第15条, 十三届八次), dates and years, quoted slogans (“四个意识”),
 * numbers fused with Latin (5G, NO.5) and Chinese numerals before 大 (两大主题) are not figures.
 */
export function findFigures(text: string, tokens: Tokens, span: SpanMaker, units: Trie<string>, numerals: Numerals): Array<Figure & { normStart: number }> {
  // Sticky: tried only where a number can start (see nextMatch).
  const CORE = new RegExp(`\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${numerals.chars}]+`, 'y')
  const NUMBER_START = UnitSet.of(['0123456789', numerals.chars])
  const inShortQuote = enclosedBy(text, '“‘', '”’', 16, 17)
  const inTitle = enclosedBy(text, '《', '》', 40, 40)
  const out: Array<Figure & { normStart: number }> = []
  let resume = 0
  for (let m = nextMatch(text, 0, NUMBER_START, CORE); m; m = nextMatch(text, resume, NUMBER_START, CORE)) {
    const s = m.index
    resume = s + m[0].length
    const prevCh = text[s - 1] ?? ''
    if (prevCh === '第' || prevCh === '届' || /[A-Za-z.\-\/:]/.test(prevCh) || (/^\d+$/.test(m[0]) && text[s + m[0].length] === '-')) continue
    // 第二、五、六组: every number of an ordinal enumeration is an ordinal.
    if (prevCh === '、' && /第[〇零一二两三四五六七八九十百\d、]+$/.test(text.slice(Math.max(0, s - 12), s))) continue
    const num = readNumber(text, m[0], s, numerals)
    if (!num) continue
    let end = s + num.len
    // A Chinese numeral counts only with a unit or a range after it: most (一 of 统一, 进一步) are
    // rejected here, before any of the tests below.
    if (m[0].charCodeAt(0) > 57 && !RANGE_MARK.has(text.charCodeAt(end)) && !units.longestAt(text, end)) continue
    const after = text.slice(end)
    if (/^[A-Za-z]/.test(after) || DATE_AFTER.test(after)) continue
    if (after.startsWith('年') && YEARLIKE.test(m[0])) continue
    let max: number | undefined
    const range = RANGE.exec(text.slice(end))
    if (range) {
      const hi = arabicDigits(range[1]!) !== null ? Number(range[1]) : numerals.parse(range[1]!)
      if (hi !== null && hi > num.value) { max = hi; end += range[0].length }
    }
    const u = units.matchesAt(text, end).at(-1)
    const prefix = PREFIX.find(([re]) => re.test(text.slice(Math.max(0, s - 2), s)))
    if (!u && !(prefix && arabicDigits(m[0]) !== null)) continue
    if (inShortQuote(s) || inTitle(s)) continue
    // 三年攻坚行动, 五年规划: a Chinese-numeral span of years names a plan unless it is approximate.
    if (u && u[1][0] === '年' && !/\d/.test(m[0]) && !num.approx) continue
    if (!/\d/.test(m[0]) && text[end] === '大') continue
    let approx = num.approx
    let start = s
    if (prefix) { approx = prefix[1]; start = s - (text.slice(Math.max(0, s - 2), s).match(prefix[0])?.[0].length ?? 0) }
    let fend = u ? u[0] : end
    // 多 of 多边 begins a word: no approximation.
    const next = tokens.isStart[fend] ? tokens.list[tokens.at[fend]!] : undefined
    const suf = SUFFIX.find(([re]) => re.test(text.slice(fend)) && !(next && next.word.length > 1 && next.word[0] === '多'))
    if (suf && !approx) { approx = suf[1]; fend += text.slice(fend).match(suf[0])![0].length }
    const unit = u ? u[1][0]! : null
    out.push({ text: text.slice(start, fend), value: num.value, ...(max !== undefined ? { max } : {}), unit, approx, subject: subjectOf(tokens, start, fend), span: span(start, fend), normStart: start })
    resume = fend
  }
  return out
}
