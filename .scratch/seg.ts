import { segmenter, tagWords } from '../src/segment/jieba.ts'
import { normalize } from '../src/normalize/index.ts'
import { readFileSync, readdirSync } from 'node:fs'
const texts = readdirSync('../test/fixtures/articles').map(f => normalize(readFileSync('../test/fixtures/articles/' + f, 'utf8')).mapped.text)
const paras = texts.flatMap(t => t.split('\n').filter(Boolean))
tagWords('预热')
const T = (l: string, f: () => void) => { f(); const a = performance.now(); for (let i = 0; i < 10; i++) f(); console.log(l, ((performance.now() - a) / 10).toFixed(1)) }
T('cut whole texts', () => texts.forEach(t => segmenter().cut(t, true)))
T('cut paras', () => paras.forEach(t => segmenter().cut(t, true)))
T('tagWords paras', () => paras.forEach(t => tagWords(t)))
T('tag paras', () => paras.forEach(t => segmenter().tag(t)))
