import { segmenter } from '../src/segment/jieba.ts'
import { normalize } from '../src/normalize/index.ts'
import { readFileSync } from 'node:fs'
const s = normalize(readFileSync('../test/fixtures/articles/000_40cdcc925d90f28a.txt', 'utf8')).mapped.text; const j = segmenter(); j.tag(s)
const paras = s.split('\n').filter(Boolean)
const T = (l: string, f: () => void) => { const a = performance.now(); for (let i = 0; i < 20; i++) f(); console.log(l, ((performance.now() - a) / 20).toFixed(2)) }
T('cut whole', () => j.cut(s, true)); T('tag whole', () => j.tag(s)); T('tag paras', () => paras.forEach(p => j.tag(p))); T('cut paras', () => paras.forEach(p => j.cut(p, true)))
T('extract', () => j.extract(s, 40))
