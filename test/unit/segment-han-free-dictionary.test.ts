import { describe, expect, it } from 'vitest'
import { SortedLines } from '../../src/lexicon/sorted-lines.js'
import { loadExtension } from '../../src/resources/extension.js'
import { hanFreeDictionary } from '../../src/segment/engines/han-free.js'
import { readJiebaFiles } from '../../src/segment/jieba-files.js'
import { mergeDictionary, userWords } from '../../src/segment/load.js'

// hanFreeDictionary reads the merged dictionary's bytes in place (ed4d8f16): pinned here to a plain reader that decodes
// the text, splits each line at white space and keeps the words made of block characters.
function reference(dict: Uint8Array) {
  const words = new Map<string, number>()
  let total = 0
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word = '', freq] = line.trim().split(/\s+/)
    if (!word) continue
    total += Number(freq)
    if (/^[A-Za-z0-9+#&._%-]+$/.test(word)) words.set(word, Number(freq))
  }
  return { words, total, longest: Math.max(...[...words.keys()].map((w) => w.length)) }
}

describe('the Han-free word table of the merged dictionary', () => {
  it('has the words, total and longest word of a split(/\\s+/) reader, with extension words replacing and adding lines', () => {
    const ext = loadExtension({ words: ['AT&T 500 nz', 'C++20 100 eng', 'Wi-Fi7', 'GPT-4o.mini_v2%x 7', '数智赋能 5000 n'], placeAliases: [{ alias: '魔都', name: '上海市' }] }, undefined)
    const jieba = readJiebaFiles().dict
    const merged = mergeDictionary(jieba, new SortedLines(jieba), userWords(ext))
    const got = hanFreeDictionary(merged)
    const want = reference(merged)
    expect([...got.words].sort()).toEqual([...want.words].sort())
    expect(got.logTotal).toBe(Math.log(want.total))
    expect(got.longest).toBe(want.longest)
    // The extension's words are in it, the one jieba had with its new frequency.
    expect([got.words.get('AT&T'), got.words.get('C++20'), got.words.get('Wi-Fi7'), got.words.get('GPT-4o.mini_v2%x')]).toEqual([500, 100, 3000, 7])
    expect(got.longest).toBeGreaterThanOrEqual('GPT-4o.mini_v2%x'.length)
  })
})
