import { CppccNlpError } from '../errors.js'
import type { RawWarning } from '../normalize/types.js'
import type { Resources } from '../resources/index.js'
import type { ResolvedOptions } from '../schema/options.js'
import type { ArtifactName, Artifacts } from './artifacts.js'
import type { Stage, StageDoc } from './stage.js'

/** A stage of any declarations, as the pipeline composes them. */
export type AnyStage = Stage<any, any>

/**
 * Orders stages by what they need and provide: a stage runs after every stage whose artifacts it
 * needs; among stages free to run, the listed order decides. An artifact nobody provides, an artifact
 * provided twice, or a cycle is an E_PIPELINE error here, when the analyzer is made, never mid-document.
 */
export function orderStages(stages: readonly AnyStage[]): AnyStage[] {
  const provider = new Map<ArtifactName, AnyStage>()
  for (const s of stages) {
    for (const p of s.provides as ArtifactName[]) {
      const other = provider.get(p)
      if (other) throw new CppccNlpError('E_PIPELINE', `stages ${other.name} and ${s.name} both provide ${p}`)
      provider.set(p, s)
    }
  }
  for (const s of stages) {
    for (const n of s.needs as ArtifactName[]) if (!provider.has(n)) throw new CppccNlpError('E_PIPELINE', `stage ${s.name} needs ${n}, which no stage provides`)
  }
  const ordered: AnyStage[] = []
  const done = new Set<AnyStage>()
  while (ordered.length < stages.length) {
    const next = stages.find((s) => !done.has(s) && (s.needs as ArtifactName[]).every((n) => done.has(provider.get(n)!)))
    if (!next) {
      const stuck = stages.filter((s) => !done.has(s)).map((s) => `${s.name} (needs ${s.needs.join(', ')})`)
      throw new CppccNlpError('E_PIPELINE', `stages wait on each other: ${stuck.join('; ')}`)
    }
    ordered.push(next)
    done.add(next)
  }
  return ordered
}

/** Runs ordered stages over one document; each stage sees only the artifacts it declared. */
export function runStages(stages: readonly AnyStage[], input: string, options: ResolvedOptions, resources: Resources): { artifacts: Partial<Artifacts>; warnings: RawWarning[] } {
  const artifacts: Partial<Artifacts> = {}
  const warnings: RawWarning[] = []
  for (const stage of stages) {
    const needs = new Set<ArtifactName>(stage.needs)
    const doc: StageDoc<ArtifactName> = {
      input,
      options,
      warn: (w) => { warnings.push(w) },
      get: (name) => {
        if (!needs.has(name)) throw new CppccNlpError('E_PIPELINE', `stage ${stage.name} read ${name}, which it does not declare in needs`)
        return artifacts[name]!
      },
    }
    const out = stage.run(doc, resources) as Partial<Artifacts>
    for (const p of stage.provides as ArtifactName[]) {
      if (out[p] === undefined) throw new CppccNlpError('E_PIPELINE', `stage ${stage.name} did not provide ${p}`)
      ;(artifacts as Record<ArtifactName, unknown>)[p] = out[p]
    }
  }
  return { artifacts, warnings }
}
