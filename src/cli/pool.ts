import { Tinypool } from 'tinypool'
import type { AnalyzeOptions } from '../schema/options.js'

/**
 * The worker pool of `cppcc-nlp tag`: `jobs` threads running dist/worker.js, each making its analyzer
 * once (with `analyzer`: the engine, the extensions). A young generation of 8 MB (V8's default is
 * larger) keeps a worker's resident memory near its lexicons at little cost in speed.
 */
export function createPool(jobs: number, worker = new URL('./worker.js', import.meta.url).href, analyzer: AnalyzeOptions = {}): Tinypool {
  return new Tinypool({ filename: worker, minThreads: jobs, maxThreads: jobs, workerData: { analyzer }, resourceLimits: { maxYoungGenerationSizeMb: 8 } })
}
