import { partitionPoint } from '../text/bisect.js'

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
  // The last article that starts at or before pos (the first, before any).
  return Math.max(0, partitionPoint(arts.length, (i) => arts[i]!.start <= pos) - 1)
}

/** Index of the paragraph containing normalized position `pos`, or -1 between paragraphs. */
export function paragraphAt(s: Structure, pos: number): number {
  return containing(s.paragraphs, pos)
}

/** Index of the sentence containing normalized position `pos`, or -1 between sentences. */
export function sentenceAt(s: Structure, pos: number): number {
  return containing(s.sentences, pos)
}

/** Index of the range (in order, not overlapping) that contains `pos`, or -1 between ranges. */
export function containing(xs: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  const k = partitionPoint(xs.length, (i) => xs[i]!.end <= pos)
  return k < xs.length && xs[k]!.start <= pos ? k : -1
}
