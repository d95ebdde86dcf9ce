import { createRequire } from 'node:module'

/** A term of compromise's JSON: its text without the punctuation around it, its tags and offsets. */
export type CompromiseTerm = { text: string; tags: string[]; offset: { start: number; length: number } }

/** The part of compromise's API this package reads. */
export type CompromiseView = {
  has(match: string): boolean
  match(match: string): CompromiseView
  tag(tag: string): CompromiseView
  numbers(): CompromiseView & { json(o?: object): Array<{ text: string; number: { num: number; prefix: string; suffix: string; unit: string }; offset: { start: number; length: number }; terms: CompromiseTerm[] }>; get(): unknown }
  nouns(): { toSingular(): { text(): string } }
  terms(): { last(): { tag(tag: string): unknown } }
  people(): CompromiseView
  json(o?: object): Array<{ text: string; offset: { start: number; length: number }; terms: CompromiseTerm[] }>
}
export type Compromise = (text: string) => CompromiseView

const require = createRequire(import.meta.url)

/**
 * compromise, loaded the first time a document has Latin text: most Chinese pages have none, and it
 * takes a quarter of a second to load. Node's module cache keeps it for the process.
 */
export function compromise(): Compromise {
  return require('compromise') as Compromise
}

/**
 * compromise, loaded on its first call: the figures of a page take it so, and a page with no number in it (nothing
 * for them to tag) does not load it for them.
 */
export const compromiseOnCall: Compromise = (text) => compromise()(text)
