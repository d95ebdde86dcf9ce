// Preloaded by the bench (node --require) into a process it spawns: when the process exits, its peak
// resident memory (all threads together, in kB) is written to the file CPPCC_BENCH_RSS names. Exact,
// unlike polling from outside. On Linux it is VmHWM of /proc/self/status: getrusage's maxRSS keeps the
// high-water mark from before exec, i.e. the spawning process's size (a bench holding analyzers).
const { readFileSync, writeFileSync } = require('node:fs')
const { isMainThread } = require('node:worker_threads')

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Number(m[1])
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS
}

const out = process.env.CPPCC_BENCH_RSS
if (isMainThread && out) process.on('exit', () => writeFileSync(out, String(peakKb())))
