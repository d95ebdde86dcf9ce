import { setFlagsFromString } from 'node:v8'
import { Tinypool } from 'tinypool'
import type { AnalyzeOptions } from '../schema/options.js'

/**
 * How much bytecode a function runs before V8 optimizes it with TurboFan: four times V8's default
 * (67584). Each worker compiles the analyzer's code for itself, on V8's helper threads; with the
 * default, a worker ran some 550 TurboFan compiles in its first 1000 documents (the largest functions
 * several times over) and still about 20 every 200 documents from 1000 to 2000, and that compiling cost
 * as much CPU as the analysis. With jobs = cores nothing is left to run it on, and a second worker pays
 * it again. Four times the budget leaves lukewarm functions to the baseline compiler: the CLI spent
 * 17–25% less CPU on 2000 documents with 1 and 2 workers, 19% less on 6000 with 2, outputs identical.
 * V8's flags belong to the process, not to one isolate: only the pool of `tag` sets this one.
 */
const TIERING_BUDGET = 4 * 67584

/**
 * The worker pool of `cppcc-nlp tag`: `jobs` threads running dist/worker.js, each making its analyzer
 * once (with `analyzer`: the engine, the extensions). The young generation is capped at 32 MB: at 8 MB
 * a worker spent about a third of its time in minor GCs (31 per 200 pages against 8), which also kept
 * V8's helper threads busy on the other core, and promoted more garbage to the old generation; a
 * worker costs about 150 MB either way (at 64 MB, fewer minor GCs still, but over 200 MB a worker).
 */
export function createPool(jobs: number, worker = new URL('./worker.js', import.meta.url).href, analyzer: AnalyzeOptions = {}): Tinypool {
  setFlagsFromString(`--interrupt-budget=${TIERING_BUDGET}`)
  return new Tinypool({ filename: worker, minThreads: jobs, maxThreads: jobs, workerData: { analyzer }, resourceLimits: { maxYoungGenerationSizeMb: 32 } })
}
