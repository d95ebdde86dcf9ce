import type { Doc } from '../doc/doc.js'
import type { AnalysisResult } from '../schema/result.js'
import type { ResolvedOptions } from '../schema/options.js'

/** The lists that extract/resolve/tag stages fill. */
export type Draft = Omit<AnalysisResult, 'version' | 'articles' | 'warnings' | 'sentences' | 'tokens'>

/** A stage has one job: it reads the doc and what earlier stages drafted, and adds its own part. */
export type Stage = {
  readonly name: string
  run(doc: Doc, draft: Draft, options: ResolvedOptions): void
}
