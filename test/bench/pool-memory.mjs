// Peak memory of `cppcc-nlp tag` with N workers: `node test/bench/pool-memory.mjs N` feeds 20 sample
// pages to the built CLI (`tag - --jobs N`) and prints its peak resident memory in MB (VmHWM, read
// from /proc while it runs). Run by analyze.bench.ts for N = 1 and 2.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const n = process.argv[2] ?? '1'
const dir = new URL('../fixtures/articles/', import.meta.url)
const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'))
const child = spawn('node', [new URL('../../dist/cli.js', import.meta.url).pathname, 'tag', '-', '--jobs', n, '--progress', 'none'], { stdio: ['pipe', 'ignore', 'ignore'] })
let peak = 0
const poll = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
    if (m) peak = Math.max(peak, Number(m[1]))
  } catch {
    // the process has ended
  }
}, 10)
for (let i = 0; i < 20; i++) child.stdin.write(JSON.stringify({ id: `d${i}`, text: pages[i % pages.length] }) + '\n')
child.stdin.end()
child.on('exit', () => {
  clearInterval(poll)
  console.log(Math.round(peak / 1024))
})
