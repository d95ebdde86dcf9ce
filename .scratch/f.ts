import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.ts'
const r = analyze(readFileSync(process.argv[2]!, 'utf8'))
const re = new RegExp(process.argv[3] ?? '.')
for (const f of r.figures) if (re.test(f.text)) console.log(f.text, f.value, f.unit, f.approx, f.subject, '|', r.figures && JSON.stringify(readFileSync(process.argv[2]!, 'utf8').slice(f.span.start - 12, f.span.end + 8)))
