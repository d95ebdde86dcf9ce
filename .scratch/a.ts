import { readFileSync } from 'node:fs'
import { analyze, AnalysisResultSchema } from '../src/index.ts'
const t = readFileSync(process.argv[2]!, 'utf8')
console.time('a')
const r = analyze(t, { tokens: true })
console.timeEnd('a')
AnalysisResultSchema.parse(r)
console.log(JSON.stringify(r.articles, null, 0))
console.log(r.warnings.map(w=>w.code+' '+w.message.slice(0,50)))
console.log(r.tokens!.slice(0,40).map(t=>t.text+'/'+t.pos).join(' '))
