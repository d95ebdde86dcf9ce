import { readFileSync } from 'node:fs'
const m0 = process.memoryUsage().heapUsed
const t0 = performance.now()
const text = readFileSync('../node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8', 'utf8')
const tags = new Map<string, string>()
let s = 0
for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', s)) {
  const line = text.slice(s, i); s = i + 1
  const a = line.indexOf(' '), b = line.lastIndexOf(' ')
  if (a > 0) tags.set(line.slice(0, a), line.slice(b + 1))
}
console.log('ms', (performance.now() - t0).toFixed(0), 'entries', tags.size, 'MB', ((process.memoryUsage().heapUsed - m0) / 1e6).toFixed(1))
globalThis.gc?.(); console.log('after gc MB', ((process.memoryUsage().heapUsed - m0) / 1e6).toFixed(1))
