import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { CppccNlpError } from '../errors.js'
import { dataFiles } from '../resources/data-files.js'

type JiebaFile = { file: string; bytes: number; sha256: string }
type JiebaInfo = { package: string; dict: JiebaFile; idf: JiebaFile & { median: number; max: number } }
export type JiebaFiles = {
  dict: Buffer
  /** The IDF table, read on the first call (keywords read it; an English page never does). */
  idf: () => Buffer
  idfStats: { median: number; max: number }
}

/**
 * jieba's dictionary and IDF table, read from the @node-rs/jieba package for every engine.
 * data/jieba.json says which files this version was built with, and a file of another size is
 * refused; the dictionary is searched in place as sorted (SortedLines), so it must be the very file
 * data/jieba.json was checked against: its hash is compared too. Both sizes are checked here; the IDF table
 * itself is read when first asked for.
 */
export function readJiebaFiles(): JiebaFiles {
  const info = dataFiles.json<JiebaInfo>('jieba.json')
  const install = `install the version of ${info.package} that package.json names`
  const pathOf = (f: JiebaFile) => createRequire(import.meta.url).resolve(`${info.package}/${f.file}`)
  const checkSize = (path: string, f: JiebaFile, bytes: number) => {
    if (bytes !== f.bytes) throw new CppccNlpError('E_DATA', `${path} has ${bytes} bytes, not the ${f.bytes} of the dictionary this version was built with (data/jieba.json): ${install}`)
  }
  const read = (f: JiebaFile) => {
    const path = pathOf(f)
    const bytes = readFileSync(path)
    checkSize(path, f, bytes.length)
    return { path, bytes }
  }
  const dict = read(info.dict)
  if (createHash('sha256').update(dict.bytes).digest('hex') !== info.dict.sha256) {
    throw new CppccNlpError('E_DATA', `${dict.path} is not the dictionary this version was built with (its SHA-256 differs from data/jieba.json): ${install}`)
  }
  const idfPath = pathOf(info.idf)
  checkSize(idfPath, info.idf, statSync(idfPath).size)
  let idf: Buffer | undefined
  return { dict: dict.bytes, idf: () => (idf ??= read(info.idf).bytes), idfStats: info.idf }
}
