import { readTsv } from '../data/files.js'
import { CppccNlpError } from '../errors.js'
import type { Doc } from '../doc/doc.js'
import { UnitSet } from '../lexicon/unit-set.js'
import type { PlaceMention } from './extract.js'
import type { Division, Form } from './gazetteer.js'

// Verbs of travel or stay that take a one-character province abbreviation: 赴京, 进京, 在京, 来沪, 抵港.
const BEFORE = UnitSet.of('赴进在来返抵离驻入留旅到')
// …followed by the end of the word: 赴京举办, 在京召开, 来沪，
const AFTER = /^(?:[^\u4e00-\u9fff]|举办|参加|召开|开展|调研|考察|出席|工作|学习|期间|时|后|的|务工|就医|办展|发展)/

/** Province name by the UTF-16 unit of its abbreviation (a sparse array: one read per text position). */
let table: Array<string | undefined> | undefined

/**
 * One-character province abbreviations (京 → 北京市) where they cannot be anything else: right after a
 * verb of travel or stay and before the end of the phrase. data/province-abbreviations.tsv.
 */
export function abbreviationMentions(doc: Doc, byName: (name: string) => Division | undefined, taken: PlaceMention[]): PlaceMention[] {
  if (!table) {
    table = []
    for (const { cells } of readTsv('province-abbreviations.tsv', 2)) table[cells[0]!.charCodeAt(0)] = cells[1]!
  }
  const text = doc.text
  const covered = new Uint8Array(text.length)
  for (const m of taken) covered.fill(1, m.start, m.end)
  const out: PlaceMention[] = []
  for (let i = 1; i < text.length; i++) {
    if (!BEFORE.has(text.charCodeAt(i - 1))) continue
    const name = table[text.charCodeAt(i)]
    if (!name || covered[i] || !AFTER.test(text.slice(i + 1, i + 4))) continue
    const division = byName(name)
    if (!division) throw new CppccNlpError('E_DATA', `data/province-abbreviations.tsv names ${name}, which is not a province in data/divisions.tsv`)
    const form: Form = { division, form: text[i]!, short: true, rule: 'alias:abbreviation' }
    out.push({ start: i, end: i + 1, forms: [form], division, rule: form.rule })
  }
  return out
}
