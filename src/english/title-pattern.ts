import { isAsciiLetter } from '../text/chars.js'

/**
 * Whether a word of `text` (a run of Latin letters, any case) is one of `words` (lower case); with `lastOnly`, whether its
 * last word is.
 */
function writesOneOf(text: string, words: ReadonlySet<string>, lastOnly: boolean): boolean {
  for (let end = text.length; ; ) {
    while (end > 0 && !isAsciiLetter(text.charCodeAt(end - 1))) end--
    if (end === 0) return false
    let start = end
    while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--
    if (words.has(text.slice(start, end).toLowerCase())) return true
    if (lastOnly) return false
    end = start
  }
}

/**
 * A pattern built on the alternation of the titles (data/en-roles.tsv), which runs only on a text that writes a word
 * ending a title (chairman; secretary-general → general): without one it cannot match, and the alternation, tried
 * title by title at every word of the text, costs a third of a millisecond on 150 characters. `lastOnly`: the
 * pattern's title is followed by marks and spaces only (a title before a name, or before its comma), so the text's
 * last word must be one. A word is a run of Latin letters (what the titles' letters match, case-insensitive without
 * the u flag), so a title's last word is one of the text's whatever marks follow it or stand in it.
 */
export class TitlePattern extends RegExp {
  readonly lastOnly: boolean

  /** No g or y flag: exec moves lastIndex on such a pattern, and a skipped exec would leave it where it was (review r32). */
  constructor(source: string, flags: string, readonly titleEnds: ReadonlySet<string> | null, options: { lastOnly?: boolean } = {}) {
    if (flags.includes('g') || flags.includes('y')) throw new TypeError(`TitlePattern: the g and y flags are not supported (got ${flags})`)
    super(source, flags)
    this.lastOnly = options.lastOnly ?? false
  }

  override exec(text: string): RegExpExecArray | null {
    return !this.titleEnds || writesOneOf(text, this.titleEnds, this.lastOnly) ? super.exec(text) : null
  }
}

/**
 * The last words of the titles, lower case (vice chairman → chairman; secretary-general → general; dep. director
 * (acting) → acting), or null when a title has no word (no test then).
 */
export function titleEnds(titles: Iterable<string>): Set<string> | null {
  const ends = new Set<string>()
  for (const t of titles) {
    let end = t.length
    while (end > 0 && !isAsciiLetter(t.charCodeAt(end - 1))) end--
    if (end === 0) return null
    let start = end
    while (start > 0 && isAsciiLetter(t.charCodeAt(start - 1))) start--
    ends.add(t.slice(start, end).toLowerCase())
  }
  return ends
}
