import { analyze } from '/work/main/dist/index.js'
for (const t of process.argv.slice(2)) {
  const r = await analyze(t)
  console.log(t.slice(0, 30), '→', r.places.map((p) => p.name).join(' '))
}
