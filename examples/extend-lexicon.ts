/**
 * Teach the library words of your own, without touching its code: `npx tsx examples/extend-lexicon.ts`.
 * The same additions can live in a folder of files in the format of data/ (createAnalyzer({ extendDir }),
 * CLI --extend DIR): place-aliases.tsv, bodies.tsv, roles.tsv, not-persons.txt, user-dict.utf8.
 */
import { createAnalyzer, CppccNlpError } from '../src/index.js'

const analyzer = createAnalyzer({
  extend: {
    // Another name for a division: found like a short form, with its level, code and parent.
    placeAliases: [{ alias: '魔都', name: '上海市' }],
    // A body the library does not know: found after a region (长春市大数据中心) and written alone.
    bodies: [{ name: '大数据中心', kind: 'government' }],
    // A title written next to a name.
    roles: ['总工程师'],
    // Words that read like names but are none.
    notPersons: ['高大上', '白富美'],
    // Words the segmenter keeps whole (jieba's user-dictionary line, or the word alone).
    words: ['数智赋能 5000 n'],
  },
})

const r = analyzer.analyze('委员们在魔都调研数智赋能。长春市大数据中心总工程师王一鸣说，委员白富美建议加强协商。')
console.log('places:', r.places.map((p) => `${p.name} (${p.level}, ${p.code})`))
console.log('committees:', r.committees.map((c) => `${c.name} (${c.kind})`))
console.log('persons:', r.persons.map((p) => `${p.name} ${p.roles.join('/')} ${p.org ?? ''}`))

// A bad entry is a typed error that names the entry and the field.
try {
  createAnalyzer({ extend: { placeAliases: [{ alias: '魔都', name: '上海' }] } })
} catch (e) {
  if (e instanceof CppccNlpError) console.log(`${e.code}: ${e.message}`)
}
