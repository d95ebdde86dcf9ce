import { readFileSync } from 'node:fs'
import { normalize } from '../src/normalize/index.ts'
import { paragraphs } from '../src/structure/01-paragraphs.ts'
const t = readFileSync(process.argv[2]!, 'utf8')
for (const p of paragraphs(normalize(t).mapped.text)) console.log(p.kind.padEnd(9), p.text.slice(0, 40))
