import { analyze } from './src/index.js'
const lines = process.argv.slice(2)
for (const t of lines) {
  const r = await analyze(t)
  console.log(t, '\n  F:', r.figures.map(f => `${f.text}|${f.value}|${f.unit}|${f.approx}`).join('  '), '\n  D:', r.dates.map(d => `${d.text}|${d.iso}`).join('  '), '\n  P:', r.places.map(p=>p.name).join(' '), '\n  C:', r.committees.map(c=>c.name).join(' '))
}
