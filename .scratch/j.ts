import { segmenter } from '../src/segment/jieba.ts'
const j = segmenter()
for (const s of process.argv.slice(2)) console.log(j.tag(s).map(t=>t.word+'/'+t.tag).join(' '))
