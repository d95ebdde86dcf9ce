import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A number alone in brackets right after a plural noun counts that noun (female deputies (742): 742 deputy, the adjective
 * left out as after a number). Class seen on en dev 460 ('A large number of female deputies (742) and women members
 * (440)'); the other rows written here. Controls: a numbered list after a colon, a year in brackets, a bracket that says
 * more than the number.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('a count in brackets after its noun', () => {
  it.each([
    ['A large number of female deputies (742) and women members (440) attended.', [[742, 'deputy', null], [440, 'member', null]]],
    ['The committee received collective proposals (56) from parties and groups.', [[56, 'proposal', null]]],
    ['Newly elected members (25) took the oath.', [[25, 'member', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['We performed these tasks:(1) forming guiding opinions.', []],
    ['The report was issued in 2018 (2019 edition).', []],
    ['The city has 12 districts (2 new).', [[12, 'district', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
