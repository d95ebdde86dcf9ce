import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The party's discipline commission written with its party before or after it (the CPC Central Commission for Discipline
// Inspection, the Communist Party of China Central Commission for Discipline Inspection, the Central Commission for
// Discipline Inspection of the CPC: en dev 419, 577) is one national party body named as written, not the commission cut
// from its prefix nor a government body of "China". Sentences by hand.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('the CCDI with its party', () => {
  it.each([
    ['According to investigations by the CPC Central Commission for Discipline Inspection (CCDI), Wang took bribes.', 'CPC Central Commission for Discipline Inspection'],
    ['The Communist Party of China Central Commission for Discipline Inspection said in a statement.', 'Communist Party of China Central Commission for Discipline Inspection'],
    ['The Central Commission for Discipline Inspection of the CPC announced it on Monday.', 'Central Commission for Discipline Inspection of the CPC'],
    ['The Central Commission for Discipline Inspection of the Communist Party of China (CPC) announced it.', 'Central Commission for Discipline Inspection of the Communist Party of China'],
  ])('%s', (text, name) => {
    expect(bodies(text)).toEqual([[name, 'party', '全国']])
  })

  // Controls: the commission alone, and beside the CPC Central Committee, stays as written.
  it.each([
    ['Li Hong, deputy head of the Central Commission for Discipline Inspection, spoke.', [['Central Commission for Discipline Inspection', 'party', '全国']]],
    ['The CPC Central Committee and the Central Commission for Discipline Inspection met.', [['CPC Central Committee', 'party', '全国'], ['Central Commission for Discipline Inspection', 'party', '全国']]],
  ])('%s (control)', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
