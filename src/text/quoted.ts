import { isHan } from './chars.js'
import { ENUMERATION_COMMA } from './grammar.js'

// The quotes around a slogan (“平安南开”), as normalized text writes them.
const OPEN_QUOTE = 0x201c
const CLOSE_QUOTE = 0x201d

// The most characters of a quoted list of slogans read back or on from one item (“东北瓷都、中国牛县、山水法库”).
const QUOTED_LIST_MAX = 40

/** Whether text[start, end) is an item of a list in quotes: quotes or 、 on either side, the list closed by its quotes. */
export function quotedItem(t: string, start: number, end: number): boolean {
  // From k in direction `step`, over the items and marks of the list, whether `quote` is reached within QUOTED_LIST_MAX.
  const reaches = (k: number, step: 1 | -1, quote: number) => {
    for (let i = k; i >= 0 && i < t.length && Math.abs(i - k) <= QUOTED_LIST_MAX; i += step) {
      const c = t.charCodeAt(i)
      if (c === quote) return true
      if (c !== ENUMERATION_COMMA && !isHan(c)) return false
    }
    return false
  }
  const before = t.charCodeAt(start - 1)
  const after = t.charCodeAt(end)
  return (before === OPEN_QUOTE || (before === ENUMERATION_COMMA && reaches(start - 2, -1, OPEN_QUOTE))) &&
    (after === CLOSE_QUOTE || (after === ENUMERATION_COMMA && reaches(end + 1, 1, CLOSE_QUOTE)))
}

/** Where the quote opening at `at` closes (“美丽乡村”: after its closing mark) within QUOTED_LIST_MAX Han characters, else -1. */
export function quoteEnd(t: string, at: number): number {
  if (t.charCodeAt(at) !== OPEN_QUOTE) return -1
  for (let i = at + 1; i < t.length && i - at <= QUOTED_LIST_MAX; i++) {
    const c = t.charCodeAt(i)
    if (c === CLOSE_QUOTE) return i + 1
    if (!isHan(c)) return -1
  }
  return -1
}
