import { isAsciiAlnum, isHan } from '../text/chars.js'
import { HmmScratch, hmmCut, type HmmModel } from './hmm.js'
import type { WordLexicon } from './lexicon.js'

/** Characters jieba cuts inside a block (Han, Latin letters, digits and + # & . _ % -): others stand alone. */
const isBlockChar = (c: number) => isHan(c) || isAsciiAlnum(c) || c === 43 || c === 35 || c === 38 || c === 46 || c === 95 || c === 37 || c === 45

/**
 * The words of a text from an engine's dictionary route, finished as jieba finishes it with its HMM on:
 * where the route leaves two or more single characters in a row (新词, unknown names) that are not
 * themselves a dictionary word, the HMM cuts them again; Latin and digits become [A-Za-z0-9]+(.digits)?%?
 * words. Done here, not by the engine, so that every engine gives the same words: engines agree on
 * the route and differ in how they apply their HMMs.
 */
export function finishWords(text: string, route: readonly string[], lex: WordLexicon, hmm: () => HmmModel): string[] {
  const out: string[] = []
  const ends: number[] = []
  const scratch = new HmmScratch()
  let at = 0
  let run = -1
  const flush = (end: number) => {
    if (run < 0) return
    if (end - run === 1) out.push(text.slice(run, end))
    else if (lex.has(text.slice(run, end))) for (let i = run; i < end; i++) out.push(text[i]!)
    else {
      ends.length = 0
      hmmCut(hmm, text, run, end, ends, scratch)
      let s = run
      for (const e of ends) { out.push(text.slice(s, e)); s = e }
    }
    run = -1
  }
  for (const word of route) {
    const s = at
    at += word.length
    // Engines differ in whether they join Latin and digits without their HMM: taken apart, then joined as jieba does.
    const single = word.length === 1 || (allAlnum(word) && !lex.has(word))
    if (single && isBlockChar(text.charCodeAt(s))) {
      if (run < 0) run = s
      continue
    }
    flush(s)
    out.push(word)
  }
  flush(at)
  return out
}

function allAlnum(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isAsciiAlnum(w.charCodeAt(i))) return false
  return true
}
