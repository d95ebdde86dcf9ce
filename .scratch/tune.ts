import { createAnalyzer } from '../src/index.ts'
import { WEIGHTS } from '../src/persons/recognize.ts'
import { FOREIGN } from '../src/persons/foreign.ts'
import { readBio, PD_NER, fixtures, compare, keys, prf } from '../test/eval/score.ts'
const a = createAnalyzer()
const all = readBio(PD_NER)
const tune = all.slice(0, 1200), hold = all.slice(1200)
const pages = fixtures()
function pd(sents: typeof all) {
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < sents.length; i += 40) {
    const b = sents.slice(i, i + 40); const gold = new Set<string>(); let at = 0
    for (const s of b) { for (const [x, y] of s.persons) gold.add(`${at + x}:${at + y}`); at += s.text.length + 1 }
    const r = a.analyze(b.map(s => s.text).join('\n'))
    const c = compare(new Set(r.persons.flatMap(p => p.mentions.map(m => `${m.start}:${m.end}`))), gold); tp += c.tp; fp += c.fp; fn += c.fn
  }
  return prf({ tp, fp, fn }).f1
}
function gold() { let tp = 0, fp = 0, fn = 0; for (const f of pages) { const c = compare(keys(a.analyze(f.text), 'persons'), keys(f.gold, 'persons')); tp += c.tp; fp += c.fp; fn += c.fn } return prf({ tp, fp, fn }).f1 }
const base = { ...WEIGHTS }; const fbase = { ...FOREIGN }
const report = (label: string) => console.log(label.padEnd(28), 'tune', pd(tune).toFixed(3), 'hold', pd(hold).toFixed(3), 'gold', gold().toFixed(3))
report('base')
const grid: Record<string, number[]> = JSON.parse(process.argv[2] ?? '{}')
for (const [k, vals] of Object.entries(grid)) for (const v of vals) { Object.assign(WEIGHTS, base); Object.assign(FOREIGN, fbase); if (k.startsWith('f.')) (FOREIGN as any)[k.slice(2)] = v; else (WEIGHTS as any)[k] = v; report(`${k}=${v}`) }
