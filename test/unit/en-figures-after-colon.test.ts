import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A colon or semicolon in English text keeps the space after it and stays half-width: normalizing once made
 * "proposals: 300" into "proposals：300", one word to the English tagger, and both counts of the sentence were lost.
 * Rows worked out by hand. Controls: a clock time is no figure; a colon in Chinese text is still full-width (the
 * sentence splits the same way), so a name after 记者: is still read.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit])

describe('English counts around a colon or semicolon', () => {
  it.each([
    ['It received 500 proposals: 300 from members.', [['500 proposals', 500, 'proposal'], ['300', 300, 'proposal']]],
    ['It received 500 proposals: 300 members.', [['500 proposals', 500, 'proposal'], ['300 members', 300, 'member']]],
    ['The committee filed 120 proposals; 45 were on education.', [['120 proposals', 120, 'proposal'], ['45', 45, 'proposal']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it('control: a clock time is no figure (The meeting opened at 10:30 in Beijing.)', () => {
    expect(figures('The meeting opened at 10:30 in Beijing.')).toEqual([])
  })

  it('control: a colon in Chinese text is full-width and the name after it is read (本报记者:王明)', () => {
    const r = analyzer.analyze('本报记者:王明 报道。市政协召开会议。')
    expect(r.persons.map((p) => p.name)).toContain('王明')
  })
})
