import { describe, expect, it } from 'vitest'
import { PrefixIndex } from '../../src/lexicon/prefix-index.js'
import { Trie } from '../../src/lexicon/trie.js'

// Every form that starts at a position, checked against a naive scan: the index must agree with
// `startsWith` over the whole dictionary, whatever its hashing, growth and bit filters do.
const naive = (forms: string[], text: string, at: number) =>
  [...new Set(forms.filter((f) => text.startsWith(f, at)))].sort((a, b) => a.length - b.length).map((f) => [at + f.length, f])

describe('PrefixIndex and Trie agree with a naive scan', () => {
  // Forms sharing their first two units (长春, 长春市, 长春市南关区), astral characters (𠀀), Latin,
  // and thousands of generated forms so that the table grows many times.
  const forms = ['长春', '长春市', '长春市南关区', '吉林', '吉林省', '𠀀𠀁村', 'AB', 'ABC', '南关']
  for (let i = 0; i < 5000; i++) forms.push(String.fromCharCode(0x4e00 + (i % 97), 0x4e00 + ((i * 7) % 89), 0x4e00 + i))
  const index = new PrefixIndex<string>()
  const trie = new Trie<string>()
  for (const f of forms) { index.add(f, f); trie.add(f, f) }
  const texts = ['长春市南关区政协', '在吉林省长春市', '𠀀𠀁村的ABC', '', '长', 'A', forms[4000]! + forms[77]!]

  it.each(texts)('%s', (text) => {
    for (let at = 0; at <= text.length; at++) {
      const want = naive(forms, text, at)
      expect(index.matchesAt(text, at).map(([end, v]) => [end, v[0]])).toEqual(want)
      expect(trie.matchesAt(text, at).map(([end, v]) => [end, v[0]])).toEqual(want)
      const longest = want.at(-1)
      expect(trie.longestAt(text, at)?.end).toBe(longest?.[0])
    }
  })

  it('keeps every value of a form added twice', () => {
    const ix = new PrefixIndex<number>()
    ix.add('长春市', 1)
    ix.add('长春市', 2)
    expect(ix.matchesAt('长春市', 0)).toEqual([[3, [1, 2]]])
  })

  it('finds the longest entry ending at a position in a trie of reversed keys', () => {
    const back = new Trie<string>()
    for (const r of ['主席', '副主席', '委员']) back.add([...r].reverse().join(''), r)
    expect(back.longestEndingAt('市政协副主席高志国', 6)?.values).toEqual(['副主席'])
    expect(back.longestEndingAt('市政协副主席高志国', 5)).toBeUndefined()
    expect(back.longestEndingAt('主席', 0)).toBeUndefined()
  })
})
