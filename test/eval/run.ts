/**
 * `npm run eval`: precision/recall/F1 per list and attribute agreement, on the five sample pages, the
 * development pages (dev and held-out) and the English pages, plus person names on People's Daily.
 * `--verbose` lists what was missed and extra on the sample and dev pages (never the held-out ones).
 * `--pages 492-531` scores only the dev and English pages numbered in that range (e.g. a round's new
 * pages, for the score of the current code on text it has never seen); the sample set is then left out.
 */
import { createAnalyzer } from '../../src/index.js'
import { ATTRIBUTES, fixtures, hasPdNer, inPages, LISTS, pdPersonScore, prf, scoreSet, type Fixture } from './score.js'

const analyzer = createAnalyzer()
const verbose = process.argv.includes('--verbose')
const f3 = (x: number) => x.toFixed(3)
const range = pageRange(process.argv[process.argv.indexOf('--pages') + 1])
const inRange = (f: Fixture) => inPages(f.id, range)
const dev = fixtures('dev-pages').filter(inRange)
const en = fixtures('en').filter(inRange)
const sets: Array<[string, Fixture[], boolean]> = [
  ['sample (5)', range ? [] : fixtures('sample'), true],
  [`dev (${dev.filter((f) => f.split === 'dev').length})`, dev.filter((f) => f.split === 'dev'), true],
  [`held-out (${dev.filter((f) => f.split === 'holdout').length})`, dev.filter((f) => f.split === 'holdout'), false],
  [`en dev (${en.filter((f) => f.split === 'dev').length})`, en.filter((f) => f.split === 'dev'), true],
  [`en held-out (${en.filter((f) => f.split === 'holdout').length})`, en.filter((f) => f.split === 'holdout'), false],
]
/** `--pages A-B` → [A, B]; no flag → null. */
function pageRange(arg: string | undefined): [number, number] | null {
  if (!process.argv.includes('--pages')) return null
  const m = /^(\d+)-(\d+)$/.exec(arg ?? '')
  if (!m) throw new Error(`--pages wants a range such as 492-531, got ${arg}`)
  return [Number(m[1]), Number(m[2])]
}
const scored = sets.filter(([, fx]) => fx.length).map(([name, fx, open]) => ({ name, open, ...scoreSet(fx, (t) => analyzer.analyze(t)) }))

console.log(`F1 per list (P/R)        ${scored.map((s) => s.name.padEnd(17)).join(' ')}`)
for (const l of LISTS) {
  console.log(`${l.padEnd(24)} ${scored.map((s) => { const x = prf(s.lists[l]); return `${f3(x.f1)} (${x.p.toFixed(2)}/${x.r.toFixed(2)})`.padEnd(17) }).join(' ')}`)
}
console.log('agreement on matched')
for (const a of ATTRIBUTES) {
  console.log(`  ${a.padEnd(22)} ${scored.map((s) => { const x = s.attrs[a]; return (x.matched ? `${f3(x.agree / x.matched)} (${x.agree}/${x.matched})` : '-').padEnd(17) }).join(' ')}`)
}
console.log(`topics: top-3 in gold    ${scored.map((s) => `${f3(s.topics.top3 ? s.topics.top3In / s.topics.top3 : 0)}`.padEnd(17)).join(' ')}`)
console.log(`topics: set F1 (P/R)     ${scored.map((s) => { const x = prf(s.topics.set); return `${f3(x.f1)} (${x.p.toFixed(2)}/${x.r.toFixed(2)})`.padEnd(17) }).join(' ')}`)
console.log(`  tags/page gold→given   ${scored.map((s) => `${(s.topics.gold / s.topics.pages).toFixed(2)}→${(s.topics.assigned / s.topics.pages).toFixed(2)}`.padEnd(17)).join(' ')}`)
console.log(`  first gold tag given   ${scored.map((s) => `${s.topics.firstOk}/${s.topics.pages}`.padEnd(17)).join(' ')}`)
if (hasPdNer() && !range) {
  const c = pdPersonScore((t) => analyzer.analyze(t))
  const s = prf(c)
  console.log(`People's Daily NER dev, person spans: P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f1)} (${c.tp}/${c.fp}/${c.fn})`)
} else console.log(`People's Daily NER dev: skipped (${range ? 'a --pages run scores fixture pages only' : '../shared/bench/peoples-daily-ner.dev.bio not present'})`)
if (verbose) {
  for (const s of scored.filter((x) => x.open)) {
    console.log(`\n== ${s.name}`)
    for (const m of s.misses) console.log(m)
    for (const a of ATTRIBUTES) if (s.attrs[a].wrong.length) console.log(`  ${a} (predicted≠gold):\n    ${s.attrs[a].wrong.join('\n    ')}`)
  }
}
