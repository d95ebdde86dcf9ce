import { normalize } from './src/normalize/index.ts'
import { structure } from './src/structure/index.ts'
import { segment } from './src/segment/index.ts'
import { STAGES } from './src/pipeline/stages.ts'
import { resolveOptions } from './src/analyzer.ts'
import { readFileSync } from 'node:fs'
const s = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : '发展'.repeat(500000)
for (let k = 0; k < 2; k++) {
const t = (l: string, f: () => void) => { const a = performance.now(); f(); if (k) console.log(l, (performance.now() - a).toFixed(0)) }
let n: any; t('normalize', () => { n = normalize(s) })
const doc: any = { input: s, norm: n.mapped, text: n.mapped.text, paragraphs: [], sentences: [], articles: [], tokens: [], year: null, warnings: [] }
t('structure', () => structure(doc)); t('segment', () => segment(doc))
const draft: any = { places: [], committees: [], persons: [], figures: [], dates: [], statements: [], topics: [], keywords: [] }
for (const st of STAGES) t(st.name, () => st.run(doc, draft, resolveOptions({})))
}
