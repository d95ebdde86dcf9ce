/** Analyse one sample page and print what it says: `npx tsx examples/analyze-page.ts [file]`. */
import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.js'

const file = process.argv[2] ?? new URL('../test/fixtures/articles/002_b16ba072706f63ba.txt', import.meta.url).pathname
const r = analyze(readFileSync(file, 'utf8'))
for (const a of r.articles) console.log(`《${a.title ?? '(untitled)'}》 ${a.byline.join(' ')} ${a.date ?? ''}`)
console.log('places:', r.places.map((p) => `${p.name} (${p.level}, ${p.code})`).join('、'))
console.log('committees:', r.committees.map((c) => c.name).join('、'))
for (const p of r.persons) console.log(`person: ${p.name} ${p.roles.join('/')} ${p.org ?? ''}${p.cppccMember ? ' [CPPCC]' : ''}`)
for (const f of r.figures) console.log(`figure: ${f.text} = ${f.value} ${f.unit ?? ''} ${f.approx ?? ''} (${f.subject ?? '?'})`)
console.log('topics:', r.topics.map((t) => `${t.id} ${t.score}`).join(', '))
