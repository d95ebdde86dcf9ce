import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])
const orgOf = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.org

// A relative body written with capitals after "the" and a level (the Municipal Supervisory Commission, 市监委) is the
// region's body as its lower-case form is (the municipal supervisory commission): the head's kind is read in either
// case (en 268, where 'the Municipal Intermediate People's Court' beside it was already found). Sentences written
// after the Yangzhou report of en 268; controls: no level word, a level the page writes no region of.
describe('English bodies: a capitalised relative head after a level', () => {
  it.each<[string, Array<[string, string, string]>]>([
    ['The Yangzhou Municipal People’s Congress closed. Zhu Yongan was elected Director of the Municipal Supervisory Commission.', [
      ['Yangzhou Municipal People’s Congress', 'congress', '扬州市'], ['Municipal Supervisory Commission', 'government', '扬州市']]],
    ['The Yangzhou Municipal People’s Congress closed. The Municipal Commission for Discipline Inspection sent a report.', [
      ['Yangzhou Municipal People’s Congress', 'congress', '扬州市'], ['Municipal Commission for Discipline Inspection', 'party', '扬州市']]],
    // Controls.
    ['The Yangzhou Municipal People’s Congress closed. The Supervisory Commission sent a report.', [['Yangzhou Municipal People’s Congress', 'congress', '扬州市']]],
    ['The Yangzhou Municipal People’s Congress closed. The County Supervisory Commission sent a report.', [['Yangzhou Municipal People’s Congress', 'congress', '扬州市']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })

  it('gives the director his org', () => {
    expect(orgOf('The Yangzhou Municipal People’s Congress closed. Zhu Yongan was elected Director of the Municipal Supervisory Commission.', 'Zhu Yongan')).toBe('Municipal Supervisory Commission')
  })
})
