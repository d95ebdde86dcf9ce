import { CppccNlpError } from '../errors.js'
import { isAsciiLetter } from '../text/chars.js'

/** A match of FormsByLetter: where it begins and what it reads. */
export type FormMatch = { index: number; text: string }

/**
 * The forms of a long list found in a text as one global RegExp of their alternation finds them, written
 * `(?<![A-Za-z])(?:form|form…)(?![A-Za-z])`: left to right, at each position the first form that matches, no match
 * inside a word. Kept as one sticky RegExp per first character instead: irregexp tries an alternation's forms one by one
 * at every position, and leaves a pattern past its size for optimising (the 600 forms of data/en-bodies.tsv make 33 KB)
 * unoptimised; the forms of one character are a few dozen. Forms of two first characters never match at one position, and
 * each character's forms keep their order: the matches are the same.
 */
export class FormsByLetter {
  private readonly byFirst = new Map<number, RegExp>()

  /** `patterns`: the forms' patterns in the order the alternation tries them, each beginning with its character as written. */
  constructor(patterns: readonly string[], where: string) {
    const lists = new Map<number, string[]>()
    for (const p of patterns) {
      if (!/^[A-Za-z0-9]/.test(p)) throw new CppccNlpError('E_DATA', `invalid entry in ${where}: expected a form beginning with a letter or digit, got ${p}`)
      const first = p.charCodeAt(0)
      const list = lists.get(first)
      if (list) list.push(p)
      else lists.set(first, [p])
    }
    for (const [first, list] of lists) this.byFirst.set(first, new RegExp(`(?:${list.join('|')})(?![A-Za-z])`, 'y'))
  }

  /** Every match in `text`, left to right, none overlapping. */
  matches(text: string): FormMatch[] {
    const out: FormMatch[] = []
    for (let i = 0; i < text.length; ) {
      const re = this.byFirst.get(text.charCodeAt(i))
      let m: RegExpExecArray | null = null
      if (re && !isAsciiLetter(text.charCodeAt(i - 1))) {
        re.lastIndex = i
        m = re.exec(text)
      }
      if (m) {
        out.push({ index: i, text: m[0] })
        i += m[0].length
      } else i++
    }
    return out
  }
}
