import { analyze } from '../src/index.ts'
import { segmenter } from '../src/segment/jieba.ts'
for (const s of process.argv.slice(2)) {
  console.log(segmenter().tag(s).map(t=>t.word+'/'+t.tag).join(' '))
  const r = analyze(s, { debug: true })
  console.log(r.persons.map(p => p.name + ':' + p.source).join(' '))
}
