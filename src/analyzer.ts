import { z } from 'zod'
import { span, type Doc } from './doc/doc.js'
import { CppccNlpError } from './errors.js'
import { normalize } from './normalize/index.js'
import type { Draft, Stage } from './pipeline/stage.js'
import { STAGES } from './pipeline/stages.js'
import { AnalyzeOptionsSchema, type AnalyzeOptions, type ResolvedOptions } from './schema/options.js'
import type { AnalysisResult, Warning } from './schema/result.js'
import { segment } from './segment/index.js'
import { structure } from './structure/index.js'
import { packageVersion } from './version.js'

export type Analyzer = {
  /** Analyse one document. Never throws on a string; content problems become `warnings`. */
  analyze(text: string): AnalysisResult
  readonly options: ResolvedOptions
}

export function resolveOptions(options: AnalyzeOptions | undefined): ResolvedOptions {
  const parsed = AnalyzeOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid options: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/**
 * An analyzer with its options validated and its data loaded once; reuse it for many documents.
 * The pipeline is normalize → structure → segment → the extract/resolve/tag stages of STAGES.
 */
export function createAnalyzer(options?: AnalyzeOptions, stages: readonly Stage[] = STAGES): Analyzer {
  const opts = resolveOptions(options)
  const analyze = (input: string): AnalysisResult => {
    if (typeof input !== 'string') throw new CppccNlpError('E_INVALID_INPUT', `expected text as a string, got ${input === null ? 'null' : typeof input}`)
    const warnings: Doc['warnings'] = []
    let text = input
    if (text.length > opts.maxLength) {
      warnings.push({ code: 'W_TRUNCATED', message: `input of ${text.length} units analysed up to maxLength ${opts.maxLength}`, start: opts.maxLength, end: text.length })
      text = text.slice(0, opts.maxLength)
    }
    const n = normalize(text)
    const doc: Doc = { input, norm: n.mapped, text: n.mapped.text, paragraphs: [], sentences: [], articles: [], tokens: [], year: null, warnings: [...warnings, ...n.warnings], memo: new Map() }
    if (input.trim() === '') doc.warnings.push({ code: 'W_EMPTY', message: 'the input has no text' })
    structure(doc)
    segment(doc)
    const draft: Draft = { places: [], committees: [], persons: [], figures: [], dates: [], statements: [], topics: [], keywords: [] }
    for (const stage of stages) stage.run(doc, draft, opts)
    return finish(doc, draft, opts)
  }
  return { analyze, options: opts }
}

function finish(doc: Doc, draft: Draft, opts: ResolvedOptions): AnalysisResult {
  const orig = (s: number, e: number) => span(doc, s, e)
  const result: AnalysisResult = {
    version: packageVersion(),
    // Articles tile the whole input: the first starts at 0 and the last ends at its length.
    articles: doc.articles.map((a, i, all) => {
      const s = orig(a.start, a.end)
      const start = i === 0 ? 0 : s.start
      const end = i === all.length - 1 ? doc.input.length : orig(all[i + 1]!.start, all[i + 1]!.start + 1).start
      return { title: a.title, subtitle: a.subtitle, byline: a.byline, date: a.date, start, end, ...(a.topics ? { topics: a.topics } : {}) }
    }),
    ...draft,
    warnings: doc.warnings.map((w): Warning => {
      if (w.start === undefined || w.end === undefined) return { code: w.code, message: w.message }
      const at = articleOfOriginal(doc, w.start)
      return { code: w.code, message: w.message, span: { start: w.start, end: w.end, text: doc.input.slice(w.start, w.end), article: at } }
    }),
  }
  if (!opts.debug) stripSources(result)
  if (opts.tokens) {
    result.sentences = doc.sentences.map((s) => ({ ...orig(s.start, s.end), paragraph: s.paragraph, duplicate: s.duplicate }))
    result.tokens = doc.tokens.map((t) => {
      const s = orig(t.start, t.end)
      return { start: s.start, end: s.end, text: s.text, pos: t.pos, ...(t.latin ? { latin: t.latin } : {}) }
    })
  }
  return result
}

function articleOfOriginal(doc: Doc, pos: number): number {
  let a = 0
  for (let i = 0; i < doc.articles.length; i++) if (span(doc, doc.articles[i]!.start, doc.articles[i]!.start + 1).start <= pos) a = i
  return a
}

function stripSources(r: AnalysisResult): void {
  for (const list of [r.places, r.committees, r.persons] as Array<Array<{ source?: string }>>) for (const x of list) delete x.source
}

let shared: Analyzer | undefined

/** Analyse one document with default options (the analyzer is created once and reused). */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  if (options !== undefined) return createAnalyzer(options).analyze(text)
  shared ??= createAnalyzer()
  return shared.analyze(text)
}
