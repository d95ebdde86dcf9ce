import { readFileSync } from 'node:fs'
import { analyze } from '../src/index.ts'
const r = analyze(readFileSync(process.argv[2]!, 'utf8'), { debug: true })
const key = process.argv[3] as 'committees'
for (const c of (r as any)[key]) console.log(JSON.stringify({ ...c, mentions: c.mentions.map((m: any) => m.text + '@' + m.article) }))
