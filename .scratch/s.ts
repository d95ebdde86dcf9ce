import { personLexicon } from '../src/persons/lexicon.ts'
const lex = personLexicon()
for (const w of process.argv.slice(2)) {
  const sur = lex.surnames.has(w.slice(0,2)) ? w.slice(0,2) : w[0]!
  console.log(w, 'prior', lex.surnames.get(sur)?.toFixed(2), [...w.slice(sur.length)].map(c => c + lex.givenScore(c).toFixed(2)).join(' '))
}
