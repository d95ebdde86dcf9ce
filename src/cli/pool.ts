import { Tinypool } from 'tinypool'
import type { AnalyzeOptions } from '../schema/options.js'

/**
 * The worker pool of `cppcc-nlp tag`: `jobs` threads running dist/worker.js, each making its analyzer
 * once (with `analyzer`: the engine, the extensions). The young generation is capped at 32 MB: at 8 MB
 * a worker spent about a third of its time in minor GCs (31 per 200 pages against 8), which also kept
 * V8's helper threads busy on the other core, and promoted more garbage to the old generation; a
 * worker costs about 150 MB either way.
 */
export function createPool(jobs: number, worker = new URL('./worker.js', import.meta.url).href, analyzer: AnalyzeOptions = {}): Tinypool {
  return new Tinypool({ filename: worker, minThreads: jobs, maxThreads: jobs, workerData: { analyzer }, resourceLimits: { maxYoungGenerationSizeMb: 32 } })
}
