import { analyze } from '../src/index.js'
for (const t of process.argv.slice(2)) {
  const r: any = await analyze(t)
  console.log(t.slice(0, 30), '→', r.places.map((p: any) => p.name).join(' '))
}
