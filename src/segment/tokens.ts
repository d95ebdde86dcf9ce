/**
 * A word of the segmenter with its part of speech, and whether it is a whole Latin run (App, COVID-19, John Smith:
 * what compromise makes of it is read only where tokens are reported, see analyzer.ts).
 * Made with `new`, not as an object literal: V8 watches where literals are allocated and, because a
 * document's tokens outlive minor GCs, starts to allocate them in the old generation, where only a
 * full GC frees them. Built by a constructor they die young.
 */
export class WordToken {
  constructor(readonly start: number, readonly end: number, readonly word: string, readonly pos: string, readonly latinRun = false) {}
}

/** The words of a document in text order, and per position: which word covers it, where words start and end. */
export type Tokens = { readonly list: WordToken[]; readonly at: Int32Array; readonly isStart: Uint8Array; readonly isEnd: Uint8Array }

export function indexTokens(list: WordToken[], length: number): Tokens {
  const at = new Int32Array(length).fill(-1)
  const isStart = new Uint8Array(length + 1)
  const isEnd = new Uint8Array(length + 1)
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!
    // A loop, not at.fill: most words are one or two units, and a call of fill costs more than that.
    for (let k = t.start; k < t.end; k++) at[k] = i
    isStart[t.start] = 1
    isEnd[t.end] = 1
  }
  return { list, at, isStart, isEnd }
}

/** The token starting exactly at `pos`, if a word starts there. */
export const tokenStartingAt = (t: Tokens, pos: number): WordToken | undefined => (t.isStart[pos] ? t.list[t.at[pos]!] : undefined)
