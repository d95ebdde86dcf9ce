import { segmenter, tagWords } from '../src/segment/jieba.ts'
import { readFileSync, readdirSync } from 'node:fs'
let diff = 0, n = 0
for (const f of readdirSync('../test/fixtures/articles')) {
  const t = readFileSync('../test/fixtures/articles/' + f, 'utf8')
  for (const p of t.split('\n').filter(Boolean)) {
    const a = segmenter().tag(p), b = tagWords(p)
    for (let i = 0; i < Math.max(a.length, b.length); i++) { n++; if (a[i]?.word !== b[i]?.word || a[i]?.tag !== b[i]?.tag) { diff++; if (diff < 10) console.log(a[i], b[i]) } }
  }
}
console.log('diff', diff, 'of', n)
