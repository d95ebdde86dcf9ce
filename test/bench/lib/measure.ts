import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PEAK_RSS = join(import.meta.dirname, '..', 'peak-rss.cjs')
let scratch: string | undefined

/** A file in this run's scratch folder, made on first use; removeScratch() removes the folder. */
export function scratchFile(name: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'cppcc-nlp-bench-'))
  return join(scratch, name)
}

export function removeScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
}

/**
 * The environment of a spawned run: the default engine whatever the caller's CPPCC_NLP_ENGINE says,
 * so that every measured run uses the engine it is labelled with.
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  delete env.CPPCC_NLP_ENGINE
  return env
}

export type Run = { ms: number; rssMB: number; stdout: string }

/**
 * Runs `node ...args` to its end: wall time from spawn to exit, and the process's peak RSS (all its
 * threads), read by the preloaded peak-rss.cjs. A run that fails is an error, not a sample.
 */
export function runNode(args: readonly string[], input?: string): Run {
  const rssFile = scratchFile(`rss-${process.hrtime.bigint()}`)
  const start = performance.now()
  const r = spawnSync(process.execPath, ['--require', PEAK_RSS, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30, env: childEnv({ CPPCC_BENCH_RSS: rssFile }) })
  const ms = performance.now() - start
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}: ${r.stderr.slice(0, 500)}`)
  const rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024
  rmSync(rssFile)
  return { ms, rssMB, stdout: r.stdout }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Time the threads of this process spent on a CPU and runnable but waiting for one (ms), from Linux's
 * /proc/self/task/N/schedstat; null elsewhere. The waiting share tells a machine that other processes
 * keep busy from a pool that does not keep its threads busy.
 */
export function schedTimes(): { onCpu: number; waiting: number } | null {
  try {
    let onCpu = 0
    let waiting = 0
    for (const t of readdirSync('/proc/self/task')) {
      try {
        const [on, wait] = readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ').map(Number)
        onCpu += on! / 1e6
        waiting += wait! / 1e6
      } catch {
        // the thread has ended
      }
    }
    return { onCpu, waiting }
  } catch {
    return null
  }
}
