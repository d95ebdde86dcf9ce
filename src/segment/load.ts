import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { CppccNlpError } from '../errors.js'
import { LineIndex, type Lines } from '../lexicon/line-index.js'
import { SortedLines } from '../lexicon/sorted-lines.js'
import { dataFiles } from '../resources/data-files.js'
import type { Extension } from '../resources/extension.js'
import type { EngineName, SegmentEngine } from './engines/engine.js'
import { nodeRsEngine } from './engines/node-rs.js'
import { nodejiebaEngine } from './engines/nodejieba.js'
import { parseHmmModel, type HmmModel } from './hmm.js'
import { wordLexicon, type UserWord, type WordLexicon } from './lexicon.js'

export type Segmentation = { engine: SegmentEngine; lexicon: WordLexicon; hmm: HmmModel; stopWords: ReadonlySet<string> }

type JiebaFile = { file: string; bytes: number; sha256: string }
type JiebaFiles = { package: string; dict: JiebaFile; idf: JiebaFile & { median: number; max: number } }

/** A user-dictionary line (`word [freq] [tag]`, jieba's format); a word alone is cut whole and tagged nz. */
export function parseUserWord(line: string): UserWord {
  const [word = '', a, b] = line.trim().split(/\s+/)
  const freq = a !== undefined && /^\d+$/.test(a) ? Number(a) : 3000
  const tag = (a !== undefined && !/^\d+$/.test(a) ? a : b) ?? 'nz'
  return { word, freq, tag }
}

/**
 * Segmentation resources: the engine with jieba's dictionary and our user dictionary (data/user-dict.utf8
 * and extend.words), the word lexicon over the same files, jieba's HMM and the stop words. The dictionary
 * and IDF are read from the @node-rs/jieba package, for every engine; data/jieba.json says which files
 * this version was built with, and a file of another size is refused. The dictionary is searched in
 * place, as sorted (SortedLines): it must be the very file data/jieba.json was checked against, so its
 * hash is compared too.
 */
export function loadSegmentation(engineName: EngineName, ext: Extension): Segmentation {
  const info = dataFiles.json<JiebaFiles>('jieba.json')
  const read = (f: JiebaFile) => {
    const path = createRequire(import.meta.url).resolve(`${info.package}/${f.file}`)
    const bytes = readFileSync(path)
    if (bytes.length !== f.bytes) throw new CppccNlpError('E_DATA', `${path} has ${bytes.length} bytes, not the ${f.bytes} of the dictionary this version was built with (data/jieba.json): install the version of ${info.package} that package.json names`)
    return { path, bytes }
  }
  const dict = read(info.dict)
  if (createHash('sha256').update(dict.bytes).digest('hex') !== info.dict.sha256) {
    throw new CppccNlpError('E_DATA', `${dict.path} is not the dictionary this version was built with (its SHA-256 differs from data/jieba.json): install the version of ${info.package} that package.json names`)
  }
  const idf = read(info.idf)
  const user = [...dataFiles.list('user-dict.utf8'), ...ext.words].map(parseUserWord)
  const words = new SortedLines(dict.bytes)
  const merged = { dict: mergeDictionary(dict.bytes, words, user) }
  return {
    engine: engineName === 'nodejieba' ? nodejiebaEngine(merged) : nodeRsEngine(merged),
    lexicon: wordLexicon(words, new LineIndex(idf.bytes), user, info.idf),
    hmm: parseHmmModel(dataFiles.text('hmm-model.utf8'), 'data/hmm-model.utf8'),
    stopWords: new Set(dataFiles.list('stop-words.txt')),
  }
}

/** jieba's dictionary with the user's words in place of its own lines for them, and the new ones after. */
function mergeDictionary(dict: Uint8Array, index: Lines, user: readonly UserWord[]): Uint8Array {
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
