import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.js'
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8')
  const r: any = await analyze(text)
  console.log(f.split('/').pop()!.slice(0, 4), r.places.map((p: any) => `${p.name}<${p.parent ?? ''}>[${(p.mentions ?? []).map((m: any) => text.slice(m.start, m.end)).join('/')}]`).join(' '))
}
