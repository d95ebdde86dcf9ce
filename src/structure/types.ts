/** Ranges here are in NORMALIZED text coordinates; spans/ maps them to the original input. */
export type Range = { start: number; end: number }

export type Paragraph = Range & { article: number; duplicate: boolean; lang: 'zh' | 'en' }
export type SentenceRange = Range & { article: number; paragraph: number; duplicate: boolean }
export type ArticleInfo = Range & {
  title: string | null
  subtitle: string | null
  byline: string[]
  /** ISO date of the article (YYYY-MM-DD) where the page prints one. */
  date: string | null
  /** Ranges of the title block (headline, subtitle, kicker): where the article names its subject. */
  head: Range[]
}

/** Articles, paragraphs and sentences of a page, and the year that 今年 refers to. */
export type Structure = { articles: ArticleInfo[]; paragraphs: Paragraph[]; sentences: SentenceRange[]; year: number | null }

/** Index of the article containing normalized position `pos`. */
export function articleAt(s: Structure, pos: number): number {
  const arts = s.articles
  let lo = 0
  let hi = arts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (arts[mid]!.start <= pos) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/** Index of the paragraph containing normalized position `pos`, or -1 between paragraphs. */
export function paragraphAt(s: Structure, pos: number): number {
  const ps = s.paragraphs
  let lo = 0
  let hi = ps.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ps[mid]!.end <= pos) lo = mid + 1
    else if (ps[mid]!.start > pos) hi = mid - 1
    else return mid
  }
  return -1
}

/** Index of the sentence containing normalized position `pos`, or -1 between sentences. */
export function sentenceAt(s: Structure, pos: number): number {
  const xs = s.sentences
  let lo = 0
  let hi = xs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid]!.end <= pos) lo = mid + 1
    else if (xs[mid]!.start > pos) hi = mid - 1
    else return mid
  }
  return -1
}
