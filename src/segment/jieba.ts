import { createRequire } from 'node:module'
import { dataPath } from '../data/files.js'
import { wordLexicon, type WordLexicon } from './pos.js'

type Jieba = {
  load(opts: { userDict?: string }): void
  tag(text: string): Array<{ word: string; tag: string }>
  cut(text: string, hmm?: boolean): string[]
  extract(text: string, topN: number): Array<{ word: string; weight: number }>
  DEFAULT_DICT: string
  DEFAULT_USER_DICT: string
  DEFAULT_IDF_DICT: string
}

let jieba: Jieba | undefined

/**
 * The one owner of nodejieba. Its dictionary is process-wide, so it is loaded here once: jieba's own
 * dictionaries plus data/user-dict.utf8 (cppjieba takes several user dictionaries joined by `|`).
 */
export function segmenter(): Jieba {
  if (!jieba) {
    const j = createRequire(import.meta.url)('nodejieba') as Jieba
    j.load({ userDict: `${j.DEFAULT_USER_DICT}|${dataPath('user-dict.utf8')}` })
    jieba = j
  }
  return jieba
}

/** Part of speech and IDF of the segmenter's words (see pos.ts). */
export function lexicon(): WordLexicon {
  const j = segmenter()
  return wordLexicon({ dict: j.DEFAULT_DICT, userDict: j.DEFAULT_USER_DICT, idf: j.DEFAULT_IDF_DICT })
}
