import { readFileSync } from 'node:fs'
import { dataPath } from '../data/files.js'

/**
 * The segmenter's word lexicon: part of speech (jieba's dictionary, its default user dictionary and
 * data/user-dict.utf8, read from the files nodejieba loads) and jieba's IDF, in one map whose value
 * packs both (tag index + 256 × IDF in hundredths). `cut()` + this lexicon gives what nodejieba's
 * `tag()` gives (a dictionary word takes its tag; otherwise digits are m, Latin eng, the rest x).
 */
export type WordLexicon = { tag(word: string): string; idf(word: string): number | undefined; readonly medianIdf: number }

let lexicon: WordLexicon | undefined

/** Calls `fn(word, second, third)` for each `word [second [third]]` line (single spaces, as jieba writes them). */
function eachLine(file: string, fn: (word: string, second: string | undefined, third: string | undefined) => void): void {
  const text = readFileSync(file, 'utf8')
  let s = 0
  while (s < text.length) {
    let e = text.indexOf('\n', s)
    if (e < 0) e = text.length
    let end = e
    while (end > s && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--
    if (end > s) {
      const a = text.indexOf(' ', s)
      if (a < 0 || a >= end) fn(text.slice(s, end), undefined, undefined)
      else {
        const b = text.indexOf(' ', a + 1)
        if (b < 0 || b >= end) fn(text.slice(s, a), text.slice(a + 1, end), undefined)
        else fn(text.slice(s, a), text.slice(a + 1, b), text.slice(b + 1, end))
      }
    }
    s = e + 1
  }
}

export function wordLexicon(files: { dict: string; userDict: string; idf: string }): WordLexicon {
  if (lexicon) return lexicon
  const tags: string[] = ['']
  const tagIds = new Map<string, number>([['', 0]])
  const map = new Map<string, number>()
  const tagId = (t: string) => {
    let id = tagIds.get(t)
    if (id === undefined) { id = tags.length; tags.push(t); tagIds.set(t, id) }
    return id
  }
  const setTag = (word: string, second: string | undefined, third: string | undefined) => {
    const tag = third ?? (second !== undefined && !/^\d+$/.test(second) ? second : '')
    const old = map.get(word) ?? 0
    map.set(word, old - (old & 255) + tagId(tag))
  }
  eachLine(files.dict, setTag)
  eachLine(files.userDict, setTag)
  eachLine(dataPath('user-dict.utf8'), setTag)
  const idfs: number[] = []
  eachLine(files.idf, (word, second) => {
    const idf = Number(second)
    if (!Number.isFinite(idf)) return
    idfs.push(idf)
    map.set(word, ((map.get(word) ?? 0) & 255) + 256 * Math.round(idf * 100))
  })
  idfs.sort((a, b) => a - b)
  lexicon = {
    tag: (w) => tags[(map.get(w) ?? 0) & 255] || specialTag(w),
    idf: (w) => {
      const v = map.get(w)
      return v !== undefined && v >= 256 ? Math.floor(v / 256) / 100 : undefined
    },
    medianIdf: idfs[idfs.length >> 1] ?? 10,
  }
  return lexicon
}

/** cppjieba's rule for a word without a dictionary tag. */
export function specialTag(word: string): string {
  if (word.length < 2) return 'x'
  let digits = 0
  let latin = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c >= 48 && c <= 57) || c === 46) digits++
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++
  }
  if (digits === word.length) return 'm'
  if (digits + latin === word.length) return 'eng'
  return 'x'
}
