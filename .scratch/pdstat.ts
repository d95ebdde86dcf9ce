import { tagWords } from '../src/segment/jieba.ts'
import { readBio, PD_NER } from '../test/eval/score.ts'
const sents = readBio(PD_NER)
const tagCount = new Map<string, number>(); let exact = 0, total = 0
const nonExact: string[] = []
for (const s of sents) {
  const toks = tagWords(s.text); let at = 0; const pos = toks.map(t => { const r = { ...t, start: at, end: at + t.word.length }; at += t.word.length; return r })
  for (const [x, y] of s.persons) {
    total++
    const t = pos.find(p => p.start === x && p.end === y)
    if (t) { exact++; const k = `${t.tag}/${y - x}`; tagCount.set(k, (tagCount.get(k) ?? 0) + 1) }
    else nonExact.push(pos.filter(p => p.end > x && p.start < y).map(p => p.word + '/' + p.tag).join(' ') + '  <= ' + s.text.slice(x, y))
  }
}
console.log('total', total, 'exact token', exact)
console.log([...tagCount].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k}:${v}`).join('  '))
console.log(nonExact.slice(0, 40).join('\n'))
