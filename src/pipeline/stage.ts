import type { Resources } from '../resources/index.js'
import type { ResolvedOptions } from '../schema/options.js'
import type { RawWarning } from '../normalize/types.js'
import type { ArtifactName, Artifacts } from './artifacts.js'

/** What a stage sees of the document: the input, the options, a warning channel, and the artifacts it needs. */
export type StageDoc<N extends ArtifactName> = {
  readonly input: string
  readonly options: ResolvedOptions
  /** A content warning in ORIGINAL offsets. */
  warn(w: RawWarning): void
  /** An artifact the stage declared in `needs` (asking for another is an error). */
  get<K extends N>(name: K): Artifacts[K]
}

/**
 * A stage has one job: from the artifacts it `needs` (and the analyzer's resources) it makes the ones
 * it `provides`. The pipeline is ordered from these declarations; a stage sees nothing else.
 */
export type Stage<N extends ArtifactName = ArtifactName, P extends ArtifactName = ArtifactName> = {
  readonly name: string
  readonly needs: readonly N[]
  readonly provides: readonly P[]
  run(doc: StageDoc<N>, resources: Resources): { [K in P]: Artifacts[K] }
}

/** A stage, with its types checked against its declarations. */
export const defineStage = <N extends ArtifactName, P extends ArtifactName>(stage: Stage<N, P>): Stage<N, P> => stage
