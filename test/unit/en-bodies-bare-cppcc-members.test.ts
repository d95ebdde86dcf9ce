import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string): [string, string, string | null][] =>
  analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// The acronym alone before "members" without "the" (NPC deputies and CPPCC members; a CPPCC member) on a page that
// writes no fuller CPPCC form: the national CPPCC named by its acronym, as after "the" (README: a bare 'CPPCC' only
// where nothing fuller is written). Class seen on en dev 558 and 620; sentences of our own.
describe('English bodies: the bare acronym CPPCC before "members"', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['Xi listened to the opinions of over 400 NPC deputies and CPPCC members.', [['NPC', 'congress', '全国'], ['CPPCC', 'cppcc', '全国']]],
    ['Wang Lei, a CPPCC member and a doctor, spoke to reporters.', [['CPPCC', 'cppcc', '全国']]],
    // Controls: a fuller form on the page names the body; an outside region's members; the acronym as a name's first word.
    ['Members of the CPPCC National Committee met. Many CPPCC members spoke.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['Hong Kong CPPCC members met in Beijing.', []],
    ['The CPPCC Daily reported on it.', []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
