import type { StageDoc } from '../pipeline/stage.js'
import type { Resources } from '../resources/index.js'
import type { CommitteeKind, Figure } from '../schema/result.js'
import { Hit, termHits } from './score.js'
import type { CountedTerm } from './taxonomy.js'

/**
 * Bodies whose name, written before an official's title, is part of the title (民盟市委副主委李明, 市工商联主席孙强,
 * 城关镇政协工委主任李明): the CPPCC, the democratic parties and the mass organisations, whose names hold the words of
 * their fields (九三学社, 工商联, 政协工委). Party and government bodies are left out: their titled names stay
 * evidence (on the dev and held-out pages taking them out loses more than it gains; round 19b).
 */
const TITLED_KINDS: ReadonlySet<CommitteeKind> = new Set(['cppcc', 'democratic-party', 'mass-organisation'])

/**
 * The taxonomy terms of a document that are evidence of its topics, in one pass: paragraphs printed
 * twice count once; a CPPCC special committee's name names its fields (人口资源环境委员会, 文化文史和学习委员会,
 * 港澳台侨委), not what the page treats, so its words are no evidence (test/fixtures/dev-pages/README.md,
 * Topics: the name of a body); other bodies' names stay (a party or department that acts is part of its
 * field's work). A CPPCC body, democratic party or mass organisation written before an official's title, its modifier
 * included, is part of the title (城关镇政协工委主任李明, 民盟市委副主委李明, 民革中央常务副主席何报翔; TITLED_KINDS), and so is one a speaker speaks for (代表民革市委会作…发言:
 * Topics.speakingFor), the body that says who spoke:
 * a term the page writes only so is no evidence; one it also writes of the body at work (镇政协工委在村委举行…,
 * 调研镇政协工委工作) counts at every place. Returned with the hits: the mask of the paragraphs printed twice (1 at
 * each of their positions), built once per document for the stage's keywords too.
 */
export function evidenceHits(doc: StageDoc<'text' | 'structure' | 'bodyMentions' | 'figures'>, res: Resources): { hits: Hit[]; dup: Uint8Array } {
  const text = doc.get('text').text
  const structure = doc.get('structure')
  const dup = new Uint8Array(text.length + 1)
  for (const p of structure.paragraphs) if (p.duplicate) dup.fill(1, p.start, p.end)
  const named = new Uint8Array(text.length + 1)
  const titled = new Uint8Array(text.length + 1)
  const chinese = res.chinese(text)
  for (const m of doc.get('bodyMentions')) {
    if (m.kind === 'cppcc-special') named.fill(1, m.start, m.end)
    else if (TITLED_KINDS.has(m.kind) && ((chinese && titleAt(res, text, m.end)) || titleOfBefore(res, text, m.start) || res.topics.speakingFor.some((w) => text.endsWith(w, m.start)))) titled.fill(1, m.start, m.end)
  }
  const hits = termHits(text, res.topics, 0, text.length, named).filter((h) => !dup[h.pos])
  markCounted(text, hits, doc.get('figures'))
  hits.push(...countedTermHits(text, res.topics.countedTerms, doc.get('figures'), hits).filter((h) => !dup[h.pos] && !named[h.pos]))
  const free = new Set(hits.filter((h) => !titled[h.pos]).map((h) => h.term))
  return { hits: hits.filter((h) => free.has(h.term)), dup }
}

/** Whether a title begins at `at`, after a modifier of it or none (主席, 常务副主席, 专职副主委: data/role-modifiers.tsv). */
function titleAt(res: Resources, text: string, at: number): boolean {
  const modifier = res.persons.modifierAt(text, at)
  return res.persons.roleAt(text, at) !== undefined || (modifier !== undefined && res.persons.roleAt(text, at + modifier.length) !== undefined)
}

/** "of" or "of the" right before a body's name in English, after a title (Vice Chairman of │the All-China Federation of Industry and Commerce). */
const OF_BEFORE = /(?<![A-Za-z])of\s+(?:the\s+)?$/i

/**
 * Whether an English title and "of" end at `at`: the body after it is part of the title (chairman of the China Democratic
 * League, member of the Jiusan Society), as a Chinese body before its title (titleAt). Titles: data/en-roles.tsv.
 */
function titleOfBefore(res: Resources, text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at)
  const of = OF_BEFORE.exec(head)
  return of !== null && res.english().roles.roleBefore.test(head.slice(0, of.index))
}

/** Whether text [from, to) is spaces or nothing. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0x3000) return false
  return true
}

/**
 * Marks the hits a count is written against: a figure ending right before the term (30多件提案, 6个 提案) or
 * beginning right after it (社情民意76条, 社情民意信息897篇, 提案5件), spaces between or none
 * (test/fixtures/dev-pages/README.md, Topics: a count is a real part of the page).
 */
function markCounted(text: string, hits: Hit[], figures: ReadonlyArray<Figure>): void {
  if (!figures.length || !hits.length) return
  const ends = new Set<number>()
  const starts = new Set<number>()
  for (const f of figures) {
    ends.add(f.span.end)
    starts.add(f.span.start)
  }
  for (const h of hits) {
    let a = h.pos
    while (a > 0 && blank(text, a - 1, a)) a--
    let b = h.end
    while (b < text.length && blank(text, b, b + 1)) b++
    if (ends.has(a) || starts.has(b)) h.counted = true
  }
}

/**
 * The words that are evidence only with a count (data/topic-counted-terms.tsv) where a figure in one of their measure words
 * is written against them: ending right before the word (35篇信息) or beginning right after it (报送信息200余篇), spaces
 * between or none; not where a hit of the same tag already holds the word (社情民意信息63条 is one mention); and only with
 * one of the word's reporting verbs within VERB_REACH characters before the count or the word, whichever comes first, in
 * the same clause (报送信息200余篇, 提供有价值的信息50多条; not 发布招聘信息50条, 公开政府信息1200条). Each counted.
 */
function countedTermHits(text: string, terms: readonly CountedTerm[], figures: ReadonlyArray<Figure>, hits: readonly Hit[]): Hit[] {
  if (!terms.length || !figures.length) return []
  const out: Hit[] = []
  const held = (tag: number, pos: number, end: number) => hits.some((h) => h.tag === tag && h.pos <= pos && h.end >= end)
  for (const f of figures) {
    let a = f.span.start
    while (a > 0 && blank(text, a - 1, a)) a--
    let b = f.span.end
    while (b < text.length && blank(text, b, b + 1)) b++
    for (const t of terms) {
      if (f.unit === null || !t.units.has(f.unit)) continue
      const at = text.endsWith(t.term, a) ? a - t.term.length : text.startsWith(t.term, b) ? b : -1
      if (at < 0 || !verbBefore(text, Math.min(at, a), t.verbs) || held(t.tag, at, at + t.term.length) || out.some((h) => h.pos === at && h.tag === t.tag)) continue
      const hit = new Hit(at, t.tag, t.term, t.weight)
      hit.counted = true
      out.push(hit)
    }
  }
  return out
}

/** How far before a counted word (or its count) its reporting verb may end: 提供有价值的信息 (5 between). */
const VERB_REACH = 8
const CLAUSE_END = /[，,。；;：:！!？?、\n]/

/** Whether one of `verbs` ends within VERB_REACH characters before `pos`, no clause mark between. */
function verbBefore(text: string, pos: number, verbs: readonly string[]): boolean {
  let from = pos
  while (from > 0 && pos - from < VERB_REACH && !CLAUSE_END.test(text[from - 1]!)) from--
  const window = text.slice(from, pos)
  return verbs.some((v) => window.includes(v))
}
