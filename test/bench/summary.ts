/**
 * Global setup of `npm run bench`: names the results file for the bench, and once every bench has run,
 * prints one table of the targets, each with what this run measured and whether it meets the target.
 * It prints only: nothing here fails a run.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { median } from './lib/measure.js'
import { readResults, RESULTS_ENV, type Results } from './lib/results.js'

type Row = { target: string; measured: string; goal: string; verdict: string }

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cppcc-nlp-bench-results-'))
  process.env[RESULTS_ENV] = join(dir, 'results.json')
  // The machine's load before and after: timings from a busy machine say more about it than about us.
  const loadBefore = loadavg()[0]!
  return () => {
    const title = `Bench summary — Node ${process.version}, ${cpus().length} cores, ${process.platform}-${process.arch}, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`
    console.log(`\n${title}\n${table(rows(readResults(process.env[RESULTS_ENV]!)))}\n`)
    rmSync(dir, { recursive: true, force: true })
  }
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—')

/** A row with a target: pass when `ok`, `not measured` when the value is missing. */
function check(target: string, value: number, shown: string, goal: string, ok: (v: number) => boolean): Row {
  if (!Number.isFinite(value)) return { target, measured: 'not measured', goal, verdict: '—' }
  return { target, measured: shown, goal, verdict: ok(value) ? 'pass' : 'FAIL' }
}

export function rows(r: Results): Row[] {
  const m = (name: string) => median(r.samples[name] ?? [])
  const out: Row[] = []

  const cold = m('cold.analyze.ms') / 1000
  out.push(check('Cold start: CLI analyze, one sentence (median of 5)', cold, `${fixed(cold)} s (node -e '': ${fixed(m('cold.node.ms') / 1000)} s)`, '≤ 1.0 s', (v) => v <= 1.0))
  const coldEn = m('cold.analyzeEn.ms') / 1000
  out.push(check('Cold start: CLI analyze, one English sentence (median of 5)', coldEn, `${fixed(coldEn)} s (the Chinese one: ${fixed(cold)} s)`, '≤ 1.0 s', (v) => v <= 1.0))
  const coldRss = m('cold.analyze.rssMB')
  out.push(check('Cold start: peak RSS of that run', coldRss, `${fixed(coldRss, 0)} MB (node -e '': ${fixed(m('cold.node.rssMB'), 0)} MB)`, '≤ 200 MB', (v) => v <= 200))
  const enRss = m('cold.analyzeEn.rssMB')
  out.push(check('Peak RSS: CLI analyze, one English sentence (median of 5)', enRss, `${fixed(enRss, 0)} MB (an English page: ${fixed(m('cold.analyzeEnPage.rssMB'), 0)} MB)`, '≤ 200 MB', (v) => v <= 200))

  const rate = (e: string, what = 'ms') => r.samples[`engine.${e}.bytes`]?.[0]! / 1e6 / (m(`engine.${e}.${what}`) / 1000)
  const skippedNodejieba = r.skipped['engine.nodejieba']
  if (skippedNodejieba) out.push({ target: 'Engines: analyze throughput, @node-rs/jieba ÷ nodejieba', measured: `skipped: ${skippedNodejieba}`, goal: '≥ 1.3×', verdict: '—' })
  else {
    const ratio = rate('@node-rs/jieba') / rate('nodejieba')
    const cpuRatio = rate('@node-rs/jieba', 'cpuMs') / rate('nodejieba', 'cpuMs')
    out.push(check('Engines: analyze throughput, @node-rs/jieba ÷ nodejieba', ratio, `${fixed(ratio)}× (${fixed(rate('@node-rs/jieba'))} vs ${fixed(rate('nodejieba'))} MB/s; CPU time ${fixed(cpuRatio)}×)`, '≥ 1.3×', (v) => v >= 1.3))
  }
  if (!skippedNodejieba) {
    const cutRs = m('cut.@node-rs/jieba.ms')
    const cutNj = m('cut.nodejieba.ms')
    out.push({ target: 'Engines: the segmenter alone (engine.cut, 5 sample pages)', measured: `${fixed(cutRs, 1)} vs ${fixed(cutNj, 1)} ms (${fixed(cutNj / cutRs)}×; ${fixed((100 * cutRs) / m('engine.@node-rs/jieba.ms'), 0)}% of analyze)`, goal: '—', verdict: 'info' })
  }
  const perEngine = (key: string, unit: string, scale: number, digits: number) =>
    ['@node-rs/jieba', 'nodejieba'].map((e) => `${e} ${r.skipped[`engine.${e}`] ? 'skipped' : `${fixed(m(`engine.${e}.${key}`) / scale, digits)} ${unit}`}`).join(', ')
  out.push({ target: 'Engines: createAnalyzer load (fresh process, median of 3)', measured: perEngine('loadMs', 's', 1000, 2), goal: '—', verdict: 'info' })
  out.push({ target: 'Engines: peak RSS, loaded + one page analysed', measured: perEngine('rssMB', 'MB', 1, 0), goal: '—', verdict: 'info' })

  const speedup = m('workers.1.ms') / m('workers.2.ms')
  // Linux only: the share of their runnable time the process's threads spent waiting for a CPU.
  const waited = (name: string) => (r.samples[`${name}.waitShare`] ? `threads waited for a CPU ${fixed(100 * m(`${name}.waitShare`), 0)}% of their runnable time` : null)
  const pool2 = waited('workers.2')
  const spin2 = waited('spin.2')
  out.push(check('Workers: tag pool of 200 documents, 2 workers ÷ 1', speedup, `${fixed(speedup)}× (${fixed(m('workers.1.ms') / 1000)} s vs ${fixed(m('workers.2.ms') / 1000)} s${pool2 ? `; ${pool2}` : ''})`, '≥ 1.8×', (v) => v >= 1.8))
  // CPU time is what load on the machine disturbs least: 1.00 says the second worker adds no work.
  const cpu = (n: number) => m(`workers.${n}.cpuMs`)
  out.push({ target: 'Workers: CPU time of all threads for the 200 documents, 2 workers ÷ 1', measured: `${fixed(cpu(2) / cpu(1))}× (${fixed(cpu(1) / 1000)} s vs ${fixed(cpu(2) / 1000)} s)`, goal: '—', verdict: 'info' })
  out.push({ target: 'Workers: a bare CPU loop, 2 threads ÷ 1 (the machine\'s ceiling)', measured: `${fixed(m('spin.1.ms') / m('spin.2.ms'))}×${spin2 ? ` (${spin2})` : ''}`, goal: '—', verdict: 'info' })
  const chase2 = waited('chase.2')
  out.push({ target: 'Workers: a loop waiting on memory (64 MB a thread), 2 threads ÷ 1', measured: `${fixed(m('chase.1.ms') / m('chase.2.ms'))}×${chase2 ? ` (${chase2})` : ''}`, goal: '—', verdict: 'info' })
  const perWorker = m('workers.2.rssMB') - m('workers.1.rssMB')
  out.push(check('Workers: peak RSS per added worker (CLI tag -)', perWorker, `${fixed(perWorker, 0)} MB (1 worker ${fixed(m('workers.1.rssMB'), 0)} MB, 2 workers ${fixed(m('workers.2.rssMB'), 0)} MB)`, '≤ 200 MB', (v) => v <= 200))

  const perMB = (size: string, what = 'ms') => m(`linear.${size}.${what}`) / (r.samples[`linear.${size}.bytes`]?.[0]! / 1e6)
  const sizes = ['0.1', '1', '5']
  out.push({ target: 'Linear time: analyze ms per MB at 0.1 / 1 / 5 MB', measured: `${sizes.map((s) => fixed(perMB(s), 0)).join(' / ')} (CPU ${sizes.map((s) => fixed(perMB(s, 'cpuMs'), 0)).join(' / ')})`, goal: '—', verdict: 'info' })
  const growth = perMB('5') / perMB('0.1')
  out.push(check('Linear time: ms per MB, 5 MB ÷ 0.1 MB', growth, `${fixed(growth)}× (CPU time ${fixed(perMB('5', 'cpuMs') / perMB('0.1', 'cpuMs'))}×)`, '≤ 1.5×', (v) => v <= 1.5))
  return out
}

export function table(rs: Row[]): string {
  const head: Row = { target: 'target', measured: 'measured', goal: 'goal', verdict: 'result' }
  const all = [head, ...rs]
  const w = (k: keyof Row) => Math.max(...all.map((x) => x[k].length))
  const line = (x: Row) => `${x.target.padEnd(w('target'))}  ${x.measured.padEnd(w('measured'))}  ${x.goal.padEnd(w('goal'))}  ${x.verdict}`
  return [line(head), ...rs.map(line)].join('\n')
}
