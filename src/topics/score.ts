import type { Taxonomy } from '../schema/options.js'
import type { Topic } from '../schema/result.js'
import { isAsciiLetter, UnitSet } from '../text/chars.js'
import { LIST_MARKS } from '../text/grammar.js'
import type { TermFactors } from './precision.js'
import type { Topics } from './taxonomy.js'

/**
 * A taxonomy term found in the text, at `pos`. A class, not an object literal: the weight is whole
 * or a half (ENUMERATED), and V8 deoptimised termHits at the literal each time it met a half.
 */
export class Hit {
  /** Whether a count of what the term names is written right before or after it (社情民意76条, 30多件提案). */
  counted = false
  end: number
  constructor(readonly pos: number, readonly tag: number, public term: string, public weight: number, end = pos + term.length) {
    this.end = end
  }
}

/** A–Z to a–z and nothing else, so that every position stays where it was. */
const asciiLower = (t: string) => t.replace(/[A-Z]+/g, (x) => x.toLowerCase())

/** Where a clause ends: 科技、教育、文化 between two of these is one clause. */
const CLAUSE_END = UnitSet.of(['，。；：！？,;:!?()（）\n'])
/** Where an English sentence ends: its commas may list items (education, health care, housing and jobs). */
const SENTENCE_END = UnitSet.of(['。；：！？.;:!?\n'])
const ENUMERATION_MARK = LIST_MARKS.charCodeAt(0)
const COMMA = 44
const SPACE = 32
/** A term named as one item of an enumeration counts this much of its weight: the list names fields in passing. */
export const ENUMERATED = 0.5

/**
 * The clauses of text [from, to) that enumerate three items or more, marked 1, in one pass: a clause
 * holding two 、 or more (围绕科技、教育、文化、卫生等方面), an English sentence holding three or more
 * commas followed by a space (issues such as rural vitalization, social governance, innovation, and
 * ecological protection). Chinese pages that write ASCII commas write them without the space.
 */
export function enumerations(text: string, from = 0, to = text.length): Uint8Array {
  const marks = new Uint8Array(text.length + 1)
  let clause = from
  let listMarks = 0
  let sentence = from
  let commas = 0
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 10
    if (c === ENUMERATION_MARK) listMarks++
    else if (c === COMMA && text.charCodeAt(i + 1) === SPACE) commas++
    if (CLAUSE_END.has(c)) {
      if (listMarks >= 2) marks.fill(1, clause, i)
      clause = i + 1
      listMarks = 0
    }
    if (SENTENCE_END.has(c)) {
      if (commas >= 3) marks.fill(1, sentence, i)
      sentence = i + 1
      commas = 0
    }
  }
  return marks
}

/** Opening brackets: a term written in them right after a term of its tag names it again. */
const OPENING_BRACKETS = UnitSet.of(['(（'])

/** Whether text [end, at) is an opening bracket, after spaces or none: (China Democratic League (CDL), 中国民主同盟（民盟）). */
function inBrackets(text: string, end: number, at: number): boolean {
  let k = end
  while (k < at && text.charCodeAt(k) === SPACE) k++
  return k === at - 1 && OPENING_BRACKETS.has(text.charCodeAt(k))
}

/**
 * Every taxonomy term in `text` [from, to), in one pass; boilerplate phrases are skipped whole, and so are
 * terms at a position `named` marks (inside the name of a body: 人口资源环境委员会, 文史委). Terms in
 * Latin letters (lower-case in the taxonomy) match in any case and only as whole words: "proposal"
 * in "Proposals" no, in "the proposal," yes. Terms of one tag written inside each other are one mention
 * (社情民意 holds 民意, 科技创新 holds 科技 and 创新), of the longest term, with the largest weight among them; so is a
 * term written in brackets right after one of its tag, the short form of the name (China Democratic League (CDL)).
 */
export function termHits(text: string, topics: Topics, from = 0, to = text.length, named?: Uint8Array): Hit[] {
  const trie = topics.terms
  const lower = /[A-Z]/.test(text) ? asciiLower(text) : text
  const hits: Hit[] = []
  const listed = enumerations(text, from, to)
  // The mention each tag has open: its hit, and where it ends.
  const open = new Map<number, { hit: Hit; end: number }>()
  for (let i = from; i < to; i++) {
    const ms = trie.matchesAt(lower, i)
    if (ms.length === 0) continue
    const longest = ms[ms.length - 1]!
    if (longest[1].some((e) => e.boilerplate)) { i = longest[0] - 1; continue }
    if (named?.[i]) continue
    for (const [end, entries] of ms) {
      for (const e of entries) {
        if (e.boilerplate || (e.latin && (isAsciiLetter(lower.charCodeAt(i - 1)) || isAsciiLetter(lower.charCodeAt(end))))) continue
        const weight = listed[i] ? e.weight * ENUMERATED : e.weight
        const o = open.get(e.tag)
        if (o && o.hit.pos === i) { o.hit.term = e.term; o.end = end; o.hit.end = end; o.hit.weight = Math.max(o.hit.weight, weight); continue }
        if (o && (end <= o.end || inBrackets(lower, o.end, i))) { o.hit.weight = Math.max(o.hit.weight, weight); continue }
        const hit = new Hit(i, e.tag, e.term, weight, end)
        open.set(e.tag, { hit, end })
        hits.push(hit)
      }
    }
  }
  return hits
}

/**
 * What share of the first tag's score a further tag needs: a field the page treats beside its subject
 * passes, a word in passing on a page about something else does not (a proposals page that names an
 * AI proposal, a business page that asks officials to "supervise"). 0.25 on the dev pages; round 11.
 * Per news item: a page of several articles, or a long text (a work report, a review), treats several
 * subjects, and its tags take no such floor (stage.ts).
 */
export const RELATIVE = 0.25

const NO_NAMES: ReadonlySet<string> = new Set()

/**
 * Whether a tag's only evidence is the name of its field written once, without a count (fieldNames,
 * data/topic-field-names.txt): a member's duty or a channel named in passing (积极提交提案, 反映社情民意,
 * 通过提案、社情民意信息等渠道), not what the page treats (test/fixtures/dev-pages/README.md, Topics).
 */
function passingName(terms: ReadonlyMap<string, { n: number }>, fieldNames: ReadonlySet<string>): boolean {
  if (terms.size !== 1) return false
  const [term, { n }] = terms.entries().next().value!
  return n === 1 && fieldNames.has(term)
}

/**
 * Scores each tag from its hits: Σ weight × factor × log2(1 + occurrences) over its terms, divided by the
 * square root of the text length in units of 1,500 characters (a short text is not penalised, a long
 * one does not score by length alone); the factor is the term's record on the development pages for a
 * term written once or more often (precision.ts; 1 where `factors` has none). Tags at or above
 * `threshold` and at or above `relative` × the best tag's score, best first, with their terms; not a tag whose
 * only evidence is one of `fieldNames` written once without a count (passingName).
 */
export function scoreTopics(hits: Hit[], length: number, taxonomy: Taxonomy, threshold: number, relative = RELATIVE, factors: ReadonlyArray<ReadonlyMap<string, TermFactors>> = [], fieldNames: ReadonlySet<string> = NO_NAMES): Topic[] {
  const counts = taxonomy.tags.map(() => new Map<string, { n: number; weight: number }>())
  for (const h of hits) {
    const c = counts[h.tag]!.get(h.term)
    // A term counts with its weight where it is not one item of a list, if it is written so once; a count of its
    // items (社情民意76条) says the page reports many: written once so, it counts as written again.
    const n = h.counted ? 2 : 1
    if (c) { c.n += n; c.weight = Math.max(c.weight, h.weight) }
    else counts[h.tag]!.set(h.term, { n, weight: h.weight })
  }
  const scale = Math.sqrt(Math.max(1, length / 1500))
  const out: Topic[] = []
  taxonomy.tags.forEach((tag, i) => {
    let score = 0
    for (const [term, { n, weight }] of counts[i]!) score += weight * (factors[i]?.get(term)?.[n === 1 ? 0 : 1] ?? 1) * Math.log2(1 + n)
    score /= scale
    if (score >= threshold && !passingName(counts[i]!, fieldNames)) {
      const evidence = [...counts[i]!].sort((a, b) => b[1].n * b[1].weight - a[1].n * a[1].weight).map(([t]) => t)
      out.push({ id: tag.id, label: tag.label, score: Math.round(score * 100) / 100, evidence })
    }
  })
  out.sort((a, b) => b.score - a.score)
  const floor = out.length ? out[0]!.score * relative : 0
  return out.filter((t) => t.score >= floor)
}
