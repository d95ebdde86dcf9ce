import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc' || c.kind === 'cppcc-special').map((c) => [c.name, c.kind, c.region])

// The national committee's name with its head in lower case and a field after "on"/"for" (a CPPCC National committee
// on culture, history and study) is one of its special committees, named as written (en 400). The head in capitals
// is the national committee itself, and a lower-case head before anything but field words names no special committee.
// Sentences of our own.
describe('English bodies: a special committee written as "CPPCC National committee on <field>"', () => {
  it.each<[string, string[][]]>([
    ['The CPPCC National Committee met. A noted writer was named chairman of a CPPCC National committee on culture, history and study.',
      [['CPPCC National Committee', 'cppcc', '全国'], ['CPPCC National committee on culture, history and study', 'cppcc-special', '全国']]],
    ['The CPPCC National Committee met. Li Wei heads the CPPCC National committee for handling proposals.',
      [['CPPCC National Committee', 'cppcc', '全国'], ['CPPCC National committee for handling proposals', 'cppcc-special', '全国']]],
    // Controls: not field words after the head.
    ['The CPPCC National Committee met. He has served on the CPPCC National committee for five years.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['The CPPCC National Committee on Monday opened its session.', [['CPPCC National Committee', 'cppcc', '全国']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
