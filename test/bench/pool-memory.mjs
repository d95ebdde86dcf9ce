// Peak memory of a tag worker pool: `node test/bench/pool-memory.mjs N` analyses 20 sample pages on N
// workers (built dist/worker.js) and prints the process's peak RSS in MB. Run by analyze.bench.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { Tinypool } from 'tinypool'

const n = Number(process.argv[2] ?? 1)
const dir = new URL('../fixtures/articles/', import.meta.url)
const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'))
const pool = new Tinypool({ filename: new URL('../../dist/worker.js', import.meta.url).href, minThreads: n, maxThreads: n })
await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run({ id: `d${i}`, text: pages[i % pages.length], maxBytes: 1e8 })))
await pool.destroy()
// VmHWM (peak resident set of this process's memory map); getrusage's maxRSS would carry over the
// peak of the parent process across exec on Linux.
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
console.log(Math.round((hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024))
