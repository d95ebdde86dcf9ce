/**
 * `npx tsx test/eval/pd-halves.ts [--list]`: person-name P/R/F1 on People's Daily NER dev
 * (../shared/bench, never copied into the repo) split by sentence index into an even half (for
 * development) and an odd half (for confirmation only). Sentences are analysed in the same batches
 * as `npm run eval`, so the two halves add up to its line. `--list` prints the misses and false
 * positives of the even half only, with a little context; the odd half's errors are never shown.
 */
import { createAnalyzer } from '../../src/index.js'
import { hasPdNer, prf, readBio, PD_NER, type Count } from './score.js'

if (!hasPdNer()) {
  console.log(`${PD_NER} not present, nothing to do`)
  process.exit(0)
}
// debug: each person keeps the rule that found it (`source`), printed with the false positives.
const analyzer = createAnalyzer({ debug: true })
const sents = readBio(PD_NER)
const halves: [Count, Count] = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }]
const errors: string[] = []
const show = (text: string, a: number, b: number) => `${text.slice(Math.max(0, a - 12), a)}[${text.slice(a, b)}]${text.slice(b, b + 12)}`

for (let i = 0; i < sents.length; i += 40) {
  const batch = sents.slice(i, i + 40)
  const starts: number[] = []
  let at = 0
  for (const s of batch) { starts.push(at); at += s.text.length + 1 }
  const r = analyzer.analyze(batch.map((s) => s.text).join('\n'))
  const rule = new Map<string, string>(r.persons.flatMap((p) => p.mentions.map((m) => [`${m.start}:${m.end}`, p.source ?? ''] as const)))
  const pred = new Set(rule.keys())
  batch.forEach((s, k) => {
    const base = starts[k]!
    const end = base + s.text.length
    const c = halves[(i + k) % 2]!
    const gold = new Set(s.persons.map(([a, b]) => `${base + a}:${base + b}`))
    const mine = [...pred].filter((key) => { const a = Number(key.split(':')[0]); return a >= base && a < end })
    const even = (i + k) % 2 === 0
    for (const g of gold) {
      if (mine.includes(g)) { c.tp++; continue }
      c.fn++
      if (even) { const [a, b] = g.split(':').map(Number) as [number, number]; errors.push(`miss ${i + k}\t${show(s.text, a - base, b - base)}`) }
    }
    for (const p of mine) {
      if (gold.has(p)) continue
      c.fp++
      if (even) { const [a, b] = p.split(':').map(Number) as [number, number]; errors.push(`fp   ${i + k}\t${show(s.text, a - base, b - base)}\t${rule.get(p)}`) }
    }
  })
}
const line = (name: string, c: Count) => { const s = prf(c); return `${name} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (${c.tp}/${c.fp}/${c.fn})` }
console.log(line('even (development)  ', halves[0]))
console.log(line('odd (confirmation)  ', halves[1]))
console.log(line('all                 ', { tp: halves[0].tp + halves[1].tp, fp: halves[0].fp + halves[1].fp, fn: halves[0].fn + halves[1].fn }))
if (process.argv.includes('--list')) for (const e of errors) console.log(e)
