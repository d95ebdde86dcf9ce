import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.ts'
const r = analyze(readFileSync(process.argv[2]!, 'utf8'))
for (const s of r.statements) console.log(s.speaker, s.verb, '|', s.text.slice(0, 50))
