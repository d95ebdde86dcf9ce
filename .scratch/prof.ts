import { normalize } from '../src/normalize/index.ts'
import { structure } from '../src/structure/index.ts'
import { segment } from '../src/segment/index.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { resolveOptions } from '../src/analyzer.ts'
import { readFileSync, readdirSync } from 'node:fs'
const files = process.argv[2] ? [readFileSync(process.argv[2], 'utf8')] : readdirSync('../test/fixtures/articles').map(f => readFileSync('../test/fixtures/articles/' + f, 'utf8'))
const tot: Record<string, number> = {}
const opts = resolveOptions({})
for (let k = 0; k < 22; k++) for (const s of files) {
  const t = (l: string, f: () => void) => { const a = performance.now(); f(); if (k >= 2) tot[l] = (tot[l] ?? 0) + performance.now() - a }
  let n: any; t('normalize', () => { n = normalize(s) })
  const doc: any = { input: s, norm: n.mapped, text: n.mapped.text, paragraphs: [], sentences: [], articles: [], tokens: [], year: null, warnings: [] }
  t('structure', () => structure(doc)); t('segment', () => segment(doc))
  const draft: any = { places: [], committees: [], persons: [], figures: [], dates: [], statements: [], topics: [], keywords: [] }
  for (const st of STAGES) t(st.name, () => st.run(doc, draft, opts))
}
let sum = 0; for (const [k, v] of Object.entries(tot)) { sum += v / 20; process.stdout.write(`${k} ${(v / 20).toFixed(1)}  `) }; console.log('total', sum.toFixed(1), 'ms for', files.length, 'pages')
