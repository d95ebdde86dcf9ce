import { Tinypool } from 'tinypool'

/**
 * The worker pool of `cppcc-nlp tag`: `jobs` threads running dist/worker.js, each loading the
 * dictionaries once. A young generation of 8 MB (V8's default is larger) keeps a worker's resident
 * memory near its dictionaries (~370 MB instead of ~400 MB) at little cost in speed.
 */
export function createPool(jobs: number, worker = new URL('./worker.js', import.meta.url).href): Tinypool {
  return new Tinypool({ filename: worker, minThreads: jobs, maxThreads: jobs, resourceLimits: { maxYoungGenerationSizeMb: 8 } })
}
