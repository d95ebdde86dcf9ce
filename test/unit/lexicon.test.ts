import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/lexicon/line-index.js'
import { keyOrder, SortedLines } from '../../src/lexicon/sorted-lines.js'
import { idfImage, readIdfOrder } from '../../src/segment/idf-order.js'
import { SpanIndex } from '../../src/lexicon/span-index.js'
import { KeyTrie, reversedKey, Trie } from '../../src/lexicon/trie.js'
import { resources } from '../helpers.js'

const require = createRequire(import.meta.url)
const jiebaFile = (f: string) => readFileSync(require.resolve(`@node-rs/jieba/${f}`))
const info = JSON.parse(readFileSync(new URL('../../data/jieba.json', import.meta.url), 'utf8')) as { dict: { sha256: string }; idf: { sha256: string } }

// Every form that starts at a position, checked against a naive scan.
const naive = (forms: string[], text: string, at: number) =>
  [...new Set(forms.filter((f) => text.startsWith(f, at)))].sort((a, b) => a.length - b.length).map((f) => [at + f.length, f])

describe('Trie agrees with a naive scan', () => {
  // Forms sharing their first units (长春, 长春市, 长春市南关区), astral characters (𠀀), Latin,
  // and thousands of generated forms so that the edge table grows many times.
  const forms = ['长春', '长春市', '长春市南关区', '吉林', '吉林省', '𠀀𠀁村', 'AB', 'ABC', '南关', '京']
  for (let i = 0; i < 5000; i++) forms.push(String.fromCharCode(0x4e00 + (i % 97), 0x4e00 + ((i * 7) % 89), 0x4e00 + i))
  const trie = new Trie<string>()
  for (const f of forms) trie.add(f, f)
  const texts = ['长春市南关区政协', '在吉林省长春市', '𠀀𠀁村的ABC', '', '长', 'A', '进京', forms[4000]! + forms[77]!]

  it.each(texts)('%s', (text) => {
    for (let at = 0; at <= text.length; at++) {
      const want = naive(forms, text, at)
      expect(trie.matchesAt(text, at).map(([end, v]) => [end, v[0]])).toEqual(want)
      expect(trie.longestAt(text, at)?.end).toBe(want.at(-1)?.[0])
    }
  })

  it('keeps every value of a form added twice', () => {
    const t = new Trie<number>()
    t.add('长春市', 1)
    t.add('长春市', 2)
    expect(t.matchesAt('长春市', 0)).toEqual([[3, [1, 2]]])
  })

  it('finds the longest entry ending at a position in a trie of reversed keys', () => {
    const back = new Trie<string>()
    for (const r of ['主席', '副主席', '委员']) back.add(reversedKey(r), r)
    expect(back.longestEndingAt('市政协副主席高志国', 6)?.values).toEqual(['副主席'])
    expect(back.longestEndingAt('市政协副主席高志国', 5)).toBeUndefined()
    expect(back.longestEndingAt('主席', 0)).toBeUndefined()
  })

  it.each([
    ['副主席', '席主副'],
    ['A股', '股A'],
    ['', ''],
    // Units, not code points: the backward walk meets a pair's low surrogate first.
    ['𠀀市', '市\udc00\ud840'],
  ])('reversedKey(%j) is %j', (key, back) => {
    expect(reversedKey(key)).toBe(back)
  })

  it('finds a key outside the BMP ending at a position (its surrogates walked backwards)', () => {
    const back = new Trie<string>()
    back.add(reversedKey('𠀀村'), '𠀀村')
    expect(back.longestEndingAt('在𠀀村调研', 4)?.values).toEqual(['𠀀村'])
    expect(back.longestEndingAt('在𠀀村调研', 3)).toBeUndefined()
  })
})

describe('LineIndex: exact look-ups in a file of lines', () => {
  it('finds each key, the last line of a key listed twice, and never a prefix or an extension of a key', () => {
    const ix = new LineIndex(Buffer.from('政协 20000 nt\n政协委员 8000 n\n𠀀 1 x\n政协 30 nz\nAB 3 eng'))
    expect(ix.field(ix.find('政协'), 2)).toBe('nz')
    expect(ix.field(ix.find('政协委员'), 1)).toBe('8000')
    expect(ix.field(ix.find('𠀀'), 2)).toBe('x')
    expect(ix.field(ix.find('AB'), 2)).toBe('eng')
    for (const absent of ['政', '政协委', '政协委员会', 'A', 'ABC', '']) expect(ix.find(absent)).toBe(-1)
    expect(ix.size).toBe(4)
  })
})

describe('SortedLines: exact look-ups in a file of sorted lines', () => {
  it('finds each key, at the first line, the last and between, and never a prefix or an extension of a key', () => {
    const keys = ['A', 'AB', 'ABC', 'B', '政', '政协', '政协委员', '𠀀']
    const ix = new SortedLines(Buffer.from(keys.map((k, i) => `${k} ${i} t${i}\n`).join('')))
    for (const [i, k] of keys.entries()) expect([ix.field(ix.find(k), 0), ix.field(ix.find(k), 1), ix.field(ix.find(k), 2)]).toEqual([i < 4 ? k : expect.any(String), String(i), `t${i}`])
    for (const absent of ['', '0', 'AA', 'ABCD', 'C', '政协委', '政协委员会', '政府', '𠀁', '\u{10ffff}']) expect(ix.find(absent)).toBe(-1)
  })

  it('searches an unsorted file in the order of its keys: the last line of a key listed twice, no comment', () => {
    const bytes = Buffer.from('政协 1\nB 2\n# 3\nA 4\n政协 5\n𠀀 6\nAB 7')
    const ix = new SortedLines(bytes, keyOrder(bytes))
    expect(['政协', 'B', 'A', '𠀀', 'AB'].map((k) => ix.field(ix.find(k), 1))).toEqual(['5', '2', '4', '6', '7'])
    for (const absent of ['#', '政', 'ABC', '', 'C']) expect(ix.find(absent)).toBe(-1)
  })

  it('reads a file without a final newline', () => {
    const ix = new SortedLines(Buffer.from('乙 1 a\n甲 2 b'))
    expect(ix.field(ix.find('甲'), 2)).toBe('b')
    expect(ix.field(ix.find('乙'), 1)).toBe('1')
  })
})

describe('KeyTrie: the node of a key', () => {
  it('is the node add gave, and 0 for a prefix path never walked or the empty key', () => {
    const keys = new KeyTrie(2)
    const nodes = ['长春', '长春市', '吉林', '𠀀'].map((k) => keys.add(k))
    for (let i = 0; i < 2000; i++) keys.add(`键${i}`)
    expect(['长春', '长春市', '吉林', '𠀀'].map((k) => keys.find(k))).toEqual(nodes)
    expect(keys.find('长')).not.toBe(0) // a path, though no key: its owner tells
    for (const absent of ['长春市南', '春', '', '吉林省']) expect(keys.find(absent)).toBe(0)
  })

  it('is the same node in a trie made again from its saved tables, first steps included', () => {
    const keys = new KeyTrie(2)
    const words = ['长春', '长春市', '吉林', '𠀀', 'a', '\uffff']
    const nodes = words.map((k) => keys.add(k))
    for (let i = 0; i < 500; i++) keys.add(`${String.fromCharCode(0x4e00 + i)}键`)
    const again = KeyTrie.fromTables(keys.tables())
    expect(words.map((k) => again.find(k))).toEqual(nodes)
    expect(again.find('春')).toBe(0)
    expect(again.step(0, Number.NaN)).toBe(0) // charCodeAt past the end
  })
})

describe('SpanIndex: exact look-ups of substrings', () => {
  it('finds a key wherever it is written, the later row of a key set twice, and never a prefix or an extension', () => {
    //            0 2 3     9 10  14 15 17 18
    const text = '11\t110101\t1101\t11\t𠀀'
    const ix = new SpanIndex(text, 4)
    ix.set(3, 9, 0) // 110101
    ix.set(10, 14, 1) // 1101
    ix.set(0, 2, 2) // 11
    ix.set(15, 17, 3) // 11 again
    ix.set(18, 20, 4) // 𠀀
    expect([ix.get(3, 9), ix.get(3, 7), ix.get(10, 14), ix.get(0, 2), ix.get(3, 5), ix.get(18, 20)]).toEqual([0, 1, 1, 3, 3, 4])
    for (const [s, e] of [[0, 1], [3, 8], [10, 13], [2, 3], [0, 0]] as const) expect(ix.get(s, e)).toBe(-1)
  })
})

describe("the word lexicon: every word of jieba's dictionary gets its own tag and IDF", () => {
  const user = new Set(readFileSync(new URL('../../data/user-dict.utf8', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(' ')[0]!))
  // The listed aliases of divisions are user words too (src/segment/load.ts), tagged ns.
  for (const l of readFileSync(new URL('../../data/place-aliases.tsv', import.meta.url), 'utf8').split('\n').slice(1)) if (l && !l.startsWith('#') && !l.startsWith('alias\t')) user.add(l.split('\t')[0]!)

  it('the installed dictionary and IDF are the files data/jieba.json was made from', () => {
    expect(createHash('sha256').update(jiebaFile('dict.txt')).digest('hex')).toBe(info.dict.sha256)
    expect(createHash('sha256').update(jiebaFile('idf.txt')).digest('hex')).toBe(info.idf.sha256)
  })

  it('tags: the last line of each word in dict.txt (user-dictionary words aside)', () => {
    const want = new Map<string, string>()
    for (const line of jiebaFile('dict.txt').toString('utf8').split('\n')) {
      const [w, , tag] = line.split(' ')
      if (w) want.set(w, tag ?? '')
    }
    const wrong: string[] = []
    for (const [w, tag] of want) {
      if (user.has(w) || !tag) continue
      if (resources.segmentation.lexicon.tag(w) !== tag) wrong.push(`${w} ${tag}→${resources.segmentation.lexicon.tag(w)}`)
    }
    expect(wrong.slice(0, 10)).toEqual([])
    expect(want.size).toBeGreaterThan(340_000)
    // Words that a 32-bit hash once confused (严慧书 took the tag of another word).
    expect(resources.segmentation.lexicon.tag('严慧书')).toBe(want.get('严慧书'))
    expect(resources.segmentation.lexicon.tag('五六把')).toBe(want.get('五六把'))
  })

  it('IDF in the order the build saves (dist/jieba-idf.bin): the value of each word in idf.txt', () => {
    const idf = jiebaFile('idf.txt')
    const order = readIdfOrder(idf, idfImage(idf))!
    expect(readIdfOrder(Buffer.concat([idf, Buffer.from('新词 1.5\n')]), idfImage(idf))).toBeNull()
    const ix = new SortedLines(idf, order)
    const wrong: string[] = []
    for (const line of idf.toString('utf8').split('\n')) {
      const at = line.indexOf(' ')
      if (at > 0 && ix.field(ix.find(line.slice(0, at)), 1) !== line.slice(at + 1) && wrong.length < 10) wrong.push(line)
    }
    expect(wrong).toEqual([])
    expect(ix.find('这个词不在词典里')).toBe(-1)
  })

  it('IDF: the value of each word in idf.txt', () => {
    const lex = resources.segmentation.lexicon
    const want = new Map<string, number>()
    for (const line of jiebaFile('idf.txt').toString('utf8').split('\n')) {
      const at = line.indexOf(' ')
      if (at > 0) want.set(line.slice(0, at), Number(line.slice(at + 1)))
    }
    const wrong: string[] = []
    for (const [w, idf] of want) if (lex.idf(w) !== idf && wrong.length < 10) wrong.push(`${w} ${idf}→${lex.idf(w)}`)
    expect(wrong).toEqual([])
    expect(want.size).toBeGreaterThan(260_000)
    expect(lex.idf('这个词不在词典里')).toBeUndefined()
  })
})
