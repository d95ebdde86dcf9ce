import { z } from 'zod'
import { CppccNlpError } from './errors.js'
import { toOriginal } from './normalize/offset-map.js'
import type { Artifacts } from './pipeline/artifacts.js'
import { orderStages, runStages, type AnyStage } from './pipeline/pipeline.js'
import { STAGES } from './pipeline/stages.js'
import { loadResources, type Resources } from './resources/index.js'
import { AnalyzeOptionsSchema, type AnalyzeOptions, type ResolvedOptions } from './schema/options.js'
import type { AnalysisResult, Warning } from './schema/result.js'
import { spanMaker } from './spans/index.js'
import { isKeywordCandidate } from './topics/keywords.js'
import { VERSION } from './version.js'

/** The options of an analyzer that only change what it reports, not what it loads. */
export type ReportOptions = Pick<AnalyzeOptions, 'tokens' | 'topicThreshold' | 'keywords' | 'maxLength' | 'debug'>

/** Where an analyzer keeps its resources, for the tests of the library's own parts. */
export const RESOURCES = Symbol('resources')

export type Analyzer = {
  /** Analyse one document. Never throws on a string; content problems become `warnings`. */
  analyze(text: string): AnalysisResult
  /** An analyzer sharing this one's loaded lexicons, with other report options (tokens, keywords …). */
  with(options: ReportOptions): Analyzer
  /** The content words of a text (what keywords are chosen from): features for classifiers and archive TF-IDF. */
  contentWords(text: string): string[]
  readonly options: ResolvedOptions
  /** The segmentation engine in use. */
  readonly engine: Resources['engine']
  readonly [RESOURCES]: Resources
}

const LOADING: ReadonlyArray<keyof AnalyzeOptions> = ['engine', 'extend', 'extendDir', 'taxonomy', 'english']

export function resolveOptions(options: AnalyzeOptions | undefined): ResolvedOptions {
  const parsed = AnalyzeOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw new CppccNlpError('E_INVALID_OPTIONS', `invalid options: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/**
 * An analyzer: options validated, every lexicon loaded (data/ and the user's `extend`) and the stages
 * ordered, all here, so that the first analyze() costs what any later one does. Reuse it. Two loads wait
 * for the text that uses them: the English side (see the option `english`) and @node-rs/jieba's
 * dictionary, built with the first text that has Han characters (an English page never needs it).
 */
export function createAnalyzer(options?: AnalyzeOptions, stages: readonly AnyStage[] = STAGES): Analyzer {
  const opts = resolveOptions(options)
  return analyzerOf(opts, loadResources(opts), orderStages(stages))
}

function analyzerOf(opts: ResolvedOptions, resources: Resources, ordered: readonly AnyStage[]): Analyzer {
  const run = (input: string) => runStages(ordered, input, opts, resources)
  return {
    options: opts,
    engine: resources.engine,
    [RESOURCES]: resources,
    with(more) {
      const bad = Object.keys(more ?? {}).filter((k) => LOADING.includes(k as keyof AnalyzeOptions))
      if (bad.length) throw new CppccNlpError('E_INVALID_OPTIONS', `with() changes report options only, not ${bad.join(', ')}: make another analyzer with createAnalyzer for those`)
      return analyzerOf(resolveOptions({ ...opts, ...more }), resources, ordered)
    },
    analyze(input) {
      if (typeof input !== 'string') throw new CppccNlpError('E_INVALID_INPUT', `expected text as a string, got ${input === null ? 'null' : typeof input}`)
      const { artifacts, warnings } = run(input)
      return assemble(input, artifacts as Artifacts, warnings, opts, resources)
    },
    contentWords(text) {
      if (typeof text !== 'string') throw new CppccNlpError('E_INVALID_INPUT', `expected text as a string, got ${text === null ? 'null' : typeof text}`)
      const { artifacts } = runStages(ordered.slice(0, ordered.findIndex((s) => s.name === 'segment') + 1), text, opts, resources)
      return artifacts.tokens!.list.map((t) => t.word).filter((w) => isKeywordCandidate(w, resources.segmentation.stopWords))
    },
  }
}

/** The result: articles tile the input; entity lists as the stages made them; warnings with spans. */
function assemble(input: string, a: Artifacts, raw: ReadonlyArray<{ code: string; message: string; start?: number; end?: number }>, opts: ResolvedOptions, res: Resources): AnalysisResult {
  const { text, structure } = a
  const span = spanMaker(input, text, structure)
  const articleStarts = structure.articles.map((x) => toOriginal(text, x.start, x.start + 1)[0])
  const articleOf = (pos: number) => {
    let k = 0
    for (let i = 0; i < articleStarts.length; i++) if (articleStarts[i]! <= pos) k = i
    return k
  }
  const result: AnalysisResult = {
    version: VERSION,
    articles: structure.articles.map((x, i, all) => ({
      title: x.title, subtitle: x.subtitle, byline: x.byline, date: x.date,
      // The first article starts at 0 and the last ends at the input's end.
      start: i === 0 ? 0 : articleStarts[i]!,
      end: i === all.length - 1 ? input.length : articleStarts[i + 1]!,
      topics: a.articleTopics[i] ?? [],
    })),
    places: a.places, committees: a.committees, persons: a.persons, figures: a.figures, dates: a.dates,
    statements: a.statements, topics: a.topics, keywords: a.keywords,
    warnings: raw.map((w): Warning => {
      if (w.start === undefined || w.end === undefined) return { code: w.code, message: w.message }
      return { code: w.code, message: w.message, span: { start: w.start, end: w.end, text: input.slice(w.start, w.end), article: articleOf(w.start) } }
    }),
  }
  if (!opts.debug) for (const list of [result.places, result.committees, result.persons] as Array<Array<{ source?: string }>>) for (const x of list) delete x.source
  if (opts.tokens) {
    // compromise reads the Latin runs here, for the tokens asked for, not in every analysis (it loads with the first).
    result.sentences = structure.sentences.map((s) => ({ ...span(s.start, s.end), paragraph: s.paragraph, duplicate: s.duplicate }))
    result.tokens = a.tokens.list.map((t) => {
      const s = span(t.start, t.end)
      return { start: s.start, end: s.end, text: s.text, pos: t.pos, ...(t.latinRun ? { latin: res.latin.classify(t.word) } : {}) }
    })
  }
  return result
}

/**
 * The analyzer behind `analyze(text)`, made on first use and kept for the process: the one piece of
 * module state of the library (besides nodejieba's own process-wide dictionary).
 */
let shared: Analyzer | undefined

/** The default analyzer (made once, on first use). */
export function defaultAnalyzer(): Analyzer {
  shared ??= createAnalyzer()
  return shared
}

/**
 * Analyse one document with the default analyzer. With `options`, a new analyzer is made for this one
 * call, loading every lexicon again: for many documents, make one with createAnalyzer(options).
 */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  return options === undefined ? defaultAnalyzer().analyze(text) : createAnalyzer(options).analyze(text)
}
