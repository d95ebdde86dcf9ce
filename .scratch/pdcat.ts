import { tagWords } from '../src/segment/jieba.ts'
import { createAnalyzer } from '../src/index.ts'
import { readBio, PD_NER } from '../test/eval/score.ts'
const a = createAnalyzer({ debug: true })
const sents = readBio(PD_NER).slice(0, 1500)
const hit = new Map<string, number>(), tot = new Map<string, number>(); const ex: Record<string, string[]> = {}
for (const s of sents) {
  const toks = tagWords(s.text); let at = 0; const pos = toks.map(t => { const r = { ...t, start: at, end: at + t.word.length }; at += t.word.length; return r })
  const r = a.analyze(s.text); const pred = new Set(r.persons.flatMap(p => p.mentions.map(m => `${m.start}:${m.end}`)))
  for (const [x, y] of s.persons) {
    const t = pos.find(p => p.start === x && p.end === y); const k = t ? `${t.tag}/${y - x}` : 'split'
    tot.set(k, (tot.get(k) ?? 0) + 1)
    if (pred.has(`${x}:${y}`)) hit.set(k, (hit.get(k) ?? 0) + 1)
    else (ex[k] ??= []).push(s.text.slice(Math.max(0, x - 5), x) + '[' + s.text.slice(x, y) + ']' + s.text.slice(y, y + 4))
  }
}
for (const [k, v] of [...tot].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(k, `${hit.get(k) ?? 0}/${v}`, (ex[k] ?? []).slice(0, 8).join(' | '))
