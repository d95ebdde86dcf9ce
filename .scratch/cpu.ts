import { createAnalyzer } from '../src/index.ts'
import { readFileSync, readdirSync } from 'node:fs'
const files = readdirSync('../test/fixtures/articles').map(f => readFileSync('../test/fixtures/articles/' + f, 'utf8'))
const a = createAnalyzer()
for (let k = 0; k < 40; k++) for (const s of files) a.analyze(s)
