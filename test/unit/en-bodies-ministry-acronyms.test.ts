import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A ministry written only by its official English acronym (MOE holds educational work symposium; Secretary of the
 * MOE's Leading Party Group; en dev 529, 258): the ministry, named as written where its full name is not, and the org
 * of its titles; with the full name on the page, one body named by it. Controls: an acronym glossing the full name
 * is no body of its own, and capitals inside another word or a different acronym are none.
 */
const read = (t: string) => { const r = analyzer.analyze(t); return [r.committees.map((c) => [c.name, c.kind, c.region]), r.persons.map((p) => [p.name, p.org])] }

describe('ministry acronym', () => {
  it.each([
    ['MOE holds educational work symposium. Chen Baosheng, Secretary of the MOE’s Leading Party Group, chaired it.', [[['MOE', 'government', '全国']], [['Chen Baosheng', 'MOE']]]],
    ['The MIIT said on Monday that the rules would take effect in May.', [[['MIIT', 'government', '全国']], []]],
    ['Officials of MOHRSS and MOF attended the meeting.', [[['MOHRSS', 'government', '全国'], ['MOF', 'government', '全国']], []]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['The Ministry of Education (MOE) invited deputies. The MOE will study their suggestions.', [[['Ministry of Education', 'government', '全国']], []]],
    ['The MOEA of Taiwan and the NHCS issued a note.', [[], []]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})
