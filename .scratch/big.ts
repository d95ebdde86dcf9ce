import { analyze } from '../src/index.ts'
analyze('预热')
const s = '发展'.repeat(500000)
console.time('1MB'); const r = analyze(s); console.timeEnd('1MB'); console.log(r.persons.length, r.warnings.map(w=>w.code))
const t = 'a𠀀😀\uD800\u0000长春市政协主席高志国表示，全年开展85次协商活动。'.repeat(3)
const r2 = analyze(t); console.log(JSON.stringify(r2.persons.map(p=>p.mentions)), r2.committees.map(c=>c.name), r2.figures.map(f=>f.span))
for (const sp of [...r2.places.flatMap(p=>p.mentions), ...r2.persons.flatMap(p=>p.mentions), ...r2.figures.map(f=>f.span)]) if (t.slice(sp.start, sp.end) !== sp.text) console.log('BAD', sp)
