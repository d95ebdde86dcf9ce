import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CppccNlpError } from '../../src/errors.js'
import { lazyHmmModel } from '../../src/segment/hmm.js'
import { dataPath } from '../../src/resources/data-files.js'

// jieba's HMM is parsed on the first run of Han characters (an English page never needs it), but a missing file fails with
// the analyzer, and a broken one, when first read, as a typed E_DATA error naming the file, never a raw ENOENT. Review r32
// (b9491e39): a truncated data/hmm-model.utf8 threw only on a page with an unknown name (委员张三发言。), a missing one a raw ENOENT.
const dir = mkdtempSync(join(tmpdir(), 'cppcc-hmm-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const typedError = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof CppccNlpError ? [e.code, e.message.includes('data/hmm-model.utf8')] : ['untyped', String(e)]
  }
  return ['no error']
}

describe('the HMM model file', () => {
  it('a missing file: E_DATA when the model is made, naming the file', () => {
    expect(typedError(() => lazyHmmModel(join(dir, 'missing.utf8'), 'data/hmm-model.utf8'))).toEqual(['E_DATA', true])
  })
  it('a directory in its place: E_DATA when the model is made', () => {
    expect(typedError(() => lazyHmmModel(dir, 'data/hmm-model.utf8'))).toEqual(['E_DATA', true])
  })
  it('a truncated copy: made without reading it, E_DATA naming the file when first read', () => {
    const path = join(dir, 'truncated.utf8')
    writeFileSync(path, readFileSync(dataPath('hmm-model.utf8'), 'utf8').split('\n').slice(0, 6).join('\n'))
    const model = lazyHmmModel(path, 'data/hmm-model.utf8')
    expect(typedError(model)).toEqual(['E_DATA', true])
  })
  it('a file removed after the model was made: E_DATA when first read, not ENOENT', () => {
    const path = join(dir, 'removed.utf8')
    copyFileSync(dataPath('hmm-model.utf8'), path)
    const model = lazyHmmModel(path, 'data/hmm-model.utf8')
    rmSync(path)
    expect(typedError(model)).toEqual(['E_DATA', true])
  })
  it('a good copy: parsed once, on the first call', () => {
    const path = join(dir, 'good.utf8')
    copyFileSync(dataPath('hmm-model.utf8'), path)
    const model = lazyHmmModel(path, 'data/hmm-model.utf8')
    expect(model().start.length).toBe(4)
    expect(model()).toBe(model())
  })
})
