import { readFileSync, writeFileSync } from 'node:fs'

/** What a bench run measured: samples by name (`cold.analyze.ms`), and why a measurement was skipped. */
export type Results = { samples: Record<string, number[]>; skipped: Record<string, string> }

/** The file the bench writes and the summary reads: named by the summary's global setup. */
export const RESULTS_ENV = 'CPPCC_BENCH_RESULTS'

const results: Results = { samples: {}, skipped: {} }
const save = () => {
  const file = process.env[RESULTS_ENV]
  if (file) writeFileSync(file, JSON.stringify(results))
}

/** Adds samples to a measurement (written at once: a run that fails later keeps what it measured). */
export function record(name: string, ...values: number[]): void {
  ;(results.samples[name] ??= []).push(...values)
  save()
}

export function skip(name: string, reason: string): void {
  results.skipped[name] = reason
  save()
}

export function readResults(file: string): Results {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results
  } catch {
    return { samples: {}, skipped: {} }
  }
}
