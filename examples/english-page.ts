/** An English report analysed into the same lists as a Chinese one: `npx tsx examples/english-page.ts [file]`. */
import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.js'

const file = process.argv[2] ?? new URL('../test/fixtures/en/205_yangquan_municipal_cppcc_session.txt', import.meta.url).pathname
const r = analyze(readFileSync(file, 'utf8'))

// Places are linked to the same official divisions as Chinese text (Yangquan → 阳泉市, 山西省).
for (const p of r.places) console.log(`place     ${p.name} (${p.level}, ${p.parent ?? '-'}) as written: ${[...new Set(p.mentions.map((m) => m.text))].join(', ')}`)
// Bodies keep their English names as first written in full, with the region they belong to.
for (const c of r.committees) console.log(`body      ${c.name} [${c.kind}, ${c.region}]`)
for (const p of r.persons) console.log(`person    ${p.name}: ${p.roles.join(', ') || '-'}${p.org ? ` of ${p.org}` : ''}${p.cppccMember ? ' (CPPCC)' : ''}`)
for (const f of r.figures) console.log(`figure    ${f.text} = ${f.value} ${f.unit ?? ''}${f.approx ? ` (${f.approx})` : ''}`)
for (const d of r.dates) console.log(`date      ${d.text} = ${d.iso}`)
