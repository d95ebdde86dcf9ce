import type { Trie } from '../lexicon/trie.js'
import type { Tokens } from '../segment/tokens.js'
import { isHan, UnitSet } from '../text/chars.js'
import type { Gazetteer } from './gazetteer.js'
import type { Division, Form, PlaceMention } from './types.js'

// Verbs of travel or stay that take a one-character province abbreviation: 赴京, 进京, 在京, 来沪, 抵港.
const BEFORE = UnitSet.of(['赴进在来返抵离驻入留旅到'])
// …followed by the end of the word: 赴京举办, 在京召开, 来沪，
const AFTER = /^(?:[^\u4e00-\u9fff]|举办|参加|召开|开展|调研|考察|出席|工作|学习|期间|时|后|的|务工|就医|办展|发展)/

const mention = (division: Division, text: string, start: number, rule: string): PlaceMention => {
  const form: Form = { division, form: text[start]!, short: true, rule }
  return { start, end: start + 1, forms: [form], division, rule }
}

/**
 * One-character province abbreviations (data/province-abbreviations.tsv) where they cannot be anything
 * else: alone right after a verb of travel or stay (赴京举办, 来沪); in a list of two to five, as one word of
 * jieba's dictionary or before a word of such lists (川渝两地, 粤港澳大湾区, 京津冀协同, data/abbreviation-lists.txt).
 */
export function abbreviationMentions(text: string, tokens: Tokens, g: Gazetteer, listWords: Trie<true>, taken: PlaceMention[]): PlaceMention[] {
  const covered = new Uint8Array(text.length + 1)
  for (const m of taken) covered.fill(1, m.start, m.end)
  const out: PlaceMention[] = []
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue
    // A list: two to five abbreviations of distinct provinces.
    let j = i
    const seen = new Set<Division>()
    while (j < text.length && j - i < 5 && !covered[j]) {
      const a = g.abbreviations.get(text.charCodeAt(j))
      if (!a || seen.has(a.division)) break
      seen.add(a.division)
      j++
    }
    if (j - i >= 2) {
      // A word of the dictionary (川渝 is not one, 京津冀 and 粤港澳 are); the HMM's guesses do not count (政协吉云平台).
      const wholeWord = tokens.isStart[i] === 1 && tokens.isEnd[j] === 1 && tokens.at[i] === tokens.at[j - 1] && tokens.list[tokens.at[i]!]!.pos !== 'x'
      const before = i === 0 || !isHan(text.charCodeAt(i - 1)) || tokens.isStart[i] === 1
      if (wholeWord || (before && listWords.longestAt(text, j))) {
        for (let k = i; k < j; k++) out.push(mention(g.abbreviations.get(text.charCodeAt(k))!.division, text, k, 'alias:abbreviation-list'))
        i = j - 1
        continue
      }
    }
    const a = g.abbreviations.get(text.charCodeAt(i))
    if (a?.alone && i > 0 && BEFORE.has(text.charCodeAt(i - 1)) && AFTER.test(text.slice(i + 1, i + 4))) out.push(mention(a.division, text, i, 'alias:abbreviation'))
  }
  return out
}
