import { createHash } from 'node:crypto'
import { renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { CppccNlpError } from '../../errors.js'
import { engineMissing, type EngineDictionary, type SegmentEngine } from './engine.js'

type NodeJieba = { load(o: { dict?: string; userDict?: string }): void; cut(text: string, hmm?: boolean): string[] }

/**
 * A file of `bytes` in the temporary folder, named by their hash: written once, reused by later processes. Each
 * writer (process and worker thread: the threads of `tag --jobs` load at once) writes its own partial file and
 * renames it, so that no reader sees a file half written; one of another length is written again.
 */
function cached(bytes: Uint8Array | string, name: (hash: string) => string): { file: string; hash: string } {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
  const file = join(tmpdir(), name(hash))
  if (sizeOf(file) !== Buffer.byteLength(bytes)) {
    const partial = `${file}.${process.pid}.${threadId}`
    writeFileSync(partial, bytes)
    renameSync(partial, file)
  }
  return { file, hash }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return -1
  }
}

/**
 * nodejieba (cppjieba, compiled at install). Its dictionary is one per process: the first analyzer
 * loads it, and an analyzer that needs a different one (other `extend.words`) is refused, not allowed
 * to change what the first one cuts. That record is the one piece of process-wide state here: it
 * mirrors nodejieba's own.
 */
let loaded: string | undefined

export function nodejiebaEngine(d: EngineDictionary): SegmentEngine {
  let jieba: NodeJieba
  try {
    jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba
  } catch (e) {
    throw engineMissing('nodejieba', e)
  }
  // cppjieba reads dictionaries from files only.
  const dict = cached(d.dict, (h) => `cppcc-nlp-dict-${h}.utf8`)
  if (loaded !== undefined && loaded !== dict.hash) {
    throw new CppccNlpError('E_ENGINE', 'nodejieba holds one dictionary per process and it is loaded with other extend.words: use the engine @node-rs/jieba for analyzers with different words')
  }
  if (loaded === undefined) {
    // No user dictionary: our words are in the merged one (and nodejieba's default user words stay out).
    jieba.load({ dict: dict.file, userDict: cached('', () => 'cppcc-nlp-empty.utf8').file })
    loaded = dict.hash
  }
  return { name: 'nodejieba', cut: (text) => jieba.cut(text, false) }
}
