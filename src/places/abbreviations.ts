import { UnitSet } from '../text/chars.js'
import type { Gazetteer } from './gazetteer.js'
import type { Form, PlaceMention } from './types.js'

// Verbs of travel or stay that take a one-character province abbreviation: 赴京, 进京, 在京, 来沪, 抵港.
const BEFORE = UnitSet.of(['赴进在来返抵离驻入留旅到'])
// …followed by the end of the word: 赴京举办, 在京召开, 来沪，
const AFTER = /^(?:[^\u4e00-\u9fff]|举办|参加|召开|开展|调研|考察|出席|工作|学习|期间|时|后|的|务工|就医|办展|发展)/

/**
 * One-character province abbreviations (京 → 北京市) where they cannot be anything else: right after a
 * verb of travel or stay and before the end of the phrase. data/province-abbreviations.tsv.
 */
export function abbreviationMentions(text: string, g: Gazetteer, taken: PlaceMention[]): PlaceMention[] {
  const covered = new Uint8Array(text.length)
  for (const m of taken) covered.fill(1, m.start, m.end)
  const out: PlaceMention[] = []
  for (let i = 1; i < text.length; i++) {
    if (!BEFORE.has(text.charCodeAt(i - 1))) continue
    const division = g.abbreviations.get(text.charCodeAt(i))
    if (!division || covered[i] || !AFTER.test(text.slice(i + 1, i + 4))) continue
    const form: Form = { division, form: text[i]!, short: true, rule: 'alias:abbreviation' }
    out.push({ start: i, end: i + 1, forms: [form], division, rule: form.rule })
  }
  return out
}
