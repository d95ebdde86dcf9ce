import { normalize } from '../src/normalize/index.ts'
import { structure } from '../src/structure/index.ts'
import { segment } from '../src/segment/index.ts'
import { recognizeNames } from '../src/persons/recognize.ts'
import { tagWords } from '../src/segment/jieba.ts'
for (const s of process.argv.slice(2)) {
  const n = normalize(s)
  const doc: any = { input: s, norm: n.mapped, text: n.mapped.text, paragraphs: [], sentences: [], articles: [], tokens: [], year: null, warnings: [] }
  structure(doc); segment(doc)
  console.log(tagWords(s).map(t => t.word + '/' + t.tag).join(' '))
  recognizeNames(doc, new Set(), (c) => console.log(c.filter(x => x.score > -1).sort((a, b) => b.score - a.score).slice(0, 6).map(x => `${x.name}:${x.score.toFixed(2)}:${x.rule}`).join('  ')))
}
