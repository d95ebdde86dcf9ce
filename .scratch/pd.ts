import { createAnalyzer } from '../src/index.ts'
import { readBio, PD_NER } from '../test/eval/score.ts'
const a = createAnalyzer({ debug: true })
const sents = readBio(PD_NER).slice(0, Number(process.argv[2] ?? 600))
const missed: string[] = [], extra: string[] = []
for (const s of sents) {
  const r = a.analyze(s.text)
  const gold = new Set(s.persons.map(([x, y]) => `${x}:${y}`))
  const pred = new Map(r.persons.flatMap(p => p.mentions.map(m => [`${m.start}:${m.end}`, p.source] as const)))
  for (const [x, y] of s.persons) if (!pred.has(`${x}:${y}`)) missed.push(s.text.slice(Math.max(0,x-4), x) + '[' + s.text.slice(x, y) + ']' + s.text.slice(y, y+4))
  for (const [k, src] of pred) if (!gold.has(k)) { const [x, y] = k.split(':').map(Number); extra.push(s.text.slice(Math.max(0,x!-4), x) + '[' + s.text.slice(x, y) + ']' + s.text.slice(y, y+4) + ' ' + src) }
}
console.log('MISSED', missed.length); console.log(missed.join('\n'))
console.log('EXTRA', extra.length); console.log(extra.join('\n'))
