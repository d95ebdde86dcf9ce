import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PinyinRows } from '../../src/english/pinyin-rows.js'
import { parseTsv } from '../../src/resources/data-files.js'

// data/divisions-pinyin.tsv ships sorted by the pinyin as one word (data/scripts/build-pinyin.ts), so no process sorts
// its 43,000 rows as it starts (issue #13); a row edited in out of that order is sorted as the file is read.
describe('PinyinRows', () => {
  it('data/divisions-pinyin.tsv is in the order of its pinyin as one word', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'divisions-pinyin.tsv'), 'utf8')
    const keys = parseTsv(text, 'data/divisions-pinyin.tsv', 3).map((r) => r.cells[2]!.replace(/ /g, ''))
    expect(keys.length).toBeGreaterThan(40_000)
    expect(keys.findIndex((k, i) => i > 0 && keys[i - 1]! > k)).toBe(-1)
  })

  it('reads a file out of order as if sorted, in file order among equals', () => {
    const text = '# rows out of order\ncode\tname\tpinyin\n3\t苏州市\tsu zhou\n1\t阳泉市\tyang quan\n2\t宿州市\tsu zhou\n'
    const rows = new PinyinRows(text)
    const codes = (key: string) => rows.starts(key)?.map((at) => text.slice(at, text.indexOf('\t', at)))
    expect(codes('suzhou')).toEqual(['3', '2'])
    expect(codes('yangquan')).toEqual(['1'])
    expect(codes('lushunkou')).toBeUndefined()
  })

  // The order is checked on the cells where they are, their spaces skipped: a shorter word first, spaces never compared.
  it.each([
    ['in order only as one word', ['a n', 'an', 'ans han', 'an shan'], { an: ['1', '2'], anshan: ['3', '4'] }],
    ['a longer word before its prefix', ['an shan', 'an'], { an: ['2'], anshan: ['1'] }],
    ['a space before a letter', ['a b', 'aa'], { aa: ['2'], ab: ['1'] }],
  ])('%s', (_, cells, expected) => {
    const text = `code\tname\tpinyin\n${cells.map((c, i) => `${i + 1}\tx\t${c}\n`).join('')}`
    const rows = new PinyinRows(text)
    for (const [key, codes] of Object.entries(expected)) expect(rows.starts(key)?.map((at) => text.slice(at, text.indexOf('\t', at)))).toEqual(codes)
  })

  it('keeps the keys with a v once each, in the order of their first row', () => {
    expect(new PinyinRows('code\tname\tpinyin\n1\tx\tlv shun kou\n2\tx\tan\n3\tx\tlv liang\n4\tx\tlvs hun kou\n').keysWithV).toEqual(['lvshunkou', 'lvliang'])
  })
})
