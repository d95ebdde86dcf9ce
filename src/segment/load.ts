import { LineIndex, type Lines } from '../lexicon/line-index.js'
import { SortedLines } from '../lexicon/sorted-lines.js'
import { dataFiles, dataPath } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import type { EngineName, SegmentEngine } from './engines/engine.js'
import { nodeRsEngine } from './engines/node-rs.js'
import { nodejiebaEngine } from './engines/nodejieba.js'
import { lazyHmmModel, type HmmModel } from './hmm.js'
import { savedIdfOrder } from './idf-order.js'
import { readJiebaFiles } from './jieba-files.js'
import { wordLexicon, type UserWord, type WordLexicon } from './lexicon.js'

// The frequency a listed alias gets as a word: that of a user word without one (see parseUserWord).
const ALIAS_FREQ = 3000

export type Segmentation = {
  engine: SegmentEngine
  lexicon: WordLexicon
  /** jieba's HMM, parsed on the first call: only a run of Han characters needs it (an English page has none). */
  hmm: () => HmmModel
  stopWords: ReadonlySet<string>
}

/** A user-dictionary line (`word [freq] [tag]`, jieba's format); a word alone is cut whole and tagged nz. */
export function parseUserWord(line: string): UserWord {
  const [word = '', a, b] = line.trim().split(/\s+/)
  const freq = a !== undefined && /^\d+$/.test(a) ? Number(a) : 3000
  const tag = (a !== undefined && !/^\d+$/.test(a) ? a : b) ?? 'nz'
  return { word, freq, tag }
}

/**
 * Segmentation resources: the engine with jieba's dictionary (see readJiebaFiles) and our user dictionary
 * (data/user-dict.utf8 and extend.words), the word lexicon over the same files, jieba's HMM and the stop
 * words. The IDF table and the HMM are made when first read (an English page reads neither).
 */
export function loadSegmentation(engineName: EngineName, ext: Extension): Segmentation {
  const files = readJiebaFiles()
  const user = userWords(ext)
  const words = new SortedLines(files.dict)
  const merged = { dict: mergeDictionary(files.dict, words, user) }
  let idfs: Lines | undefined
  const idfTable = () => (idfs ??= idfLines(files.idf()))
  return {
    engine: engineName === 'nodejieba' ? nodejiebaEngine(merged) : nodeRsEngine(merged),
    lexicon: wordLexicon(words, idfTable, user, files.idfStats),
    hmm: lazyHmmModel(dataPath('hmm-model.utf8'), 'data/hmm-model.utf8'),
    stopWords: new Set(dataFiles.list('stop-words.txt')),
  }
}

/** jieba's IDF table, searched in the order the build saved for it (hashing the file to check), or else indexed. */
function idfLines(idf: Buffer): Lines {
  const order = savedIdfOrder(idf)
  return order ? new SortedLines(idf, order) : new LineIndex(idf)
}

/** The words merged into jieba's dictionary: the listed aliases, data/user-dict.utf8 and extend.words. */
export function userWords(ext: Extension): UserWord[] {
  // A listed alias of a division (科右前旗, 锡盟) is one word, a place name: jieba does not know these forms and cuts across them.
  const aliases = [...dataFiles.tsv('place-aliases.tsv', 2).map((r) => r.cells[0]!), ...ext.placeAliases.map((a) => a.alias)]
  return [...aliases.map((a) => ({ word: a, freq: ALIAS_FREQ, tag: 'ns' })), ...[...dataFiles.list('user-dict.utf8'), ...ext.words].map(parseUserWord)]
}

/** jieba's dictionary with the user's words in place of its own lines for them, and the new ones after. */
export function mergeDictionary(dict: Uint8Array, index: Lines, user: readonly UserWord[]): Uint8Array {
  const replaced = [...new Set(user.map((u) => index.find(u.word)).filter((at) => at >= 0))].sort((a, b) => a - b)
  const parts: Uint8Array[] = []
  let from = 0
  for (const at of replaced) {
    parts.push(dict.subarray(from, at))
    const nl = dict.indexOf(10, at)
    from = nl < 0 ? dict.length : nl + 1
  }
  parts.push(dict.subarray(from))
  // The last word of each user line wins, as in a dictionary read top to bottom. No blank line: cppjieba aborts on one.
  const last = new Map(user.map((u) => [u.word, u]))
  const lines = [...last.values()].map((u) => `${u.word} ${u.freq} ${u.tag}\n`).join('')
  parts.push(Buffer.from(dict[dict.length - 1] === 10 ? lines : `\n${lines}`))
  return Buffer.concat(parts)
}
