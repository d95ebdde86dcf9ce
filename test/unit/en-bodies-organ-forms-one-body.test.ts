import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// One organ of a region written in two English forms (Commission for Discipline Inspection and discipline inspection
// commission: 纪委; Association for Science and Technology, Association of Science and Technology and Science and
// Technology Association: 科协; Federation of Returned Overseas Chinese and Returned Overseas Chinese Federation: 侨联) is
// one body, named by its first full form (README: "Where one body is written two ways, the name is built from its
// first full form"; en 476 writes 'Changzhou Jintan District Science and Technology Association' and 'the District
// Association for Science and Technology'). The Party discipline commission written after the region's possessive is
// that organ too (en 473: 'secretary of the city’s Party discipline commission'). Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('the forms of one organ of a region are one body', () => {
  it.each([
    ['The Shanghai Municipal Commission for Discipline Inspection said the municipal discipline inspection commission would act.', [
      ['Shanghai Municipal Commission for Discipline Inspection', 'party', '上海市']]],
    ['Officials of the Hubei Provincial Association for Science and Technology met the Hubei Provincial Association of Science and Technology.', [
      ['Hubei Provincial Association for Science and Technology', 'mass-organisation', '湖北省']]],
    ['The Jintan District Science and Technology Association met. Yu, chairman of the Jintan District Association for Science and Technology, spoke.', [
      ['Jintan District Science and Technology Association', 'mass-organisation', '金坛区']]],
    ['The Fujian Provincial Federation of Returned Overseas Chinese and the Fujian Returned Overseas Chinese Federation are one.', [
      ['Fujian Provincial Federation of Returned Overseas Chinese', 'mass-organisation', '福建省']]],
    ['In Shanghai, Liao Guoxun, secretary of the city’s Party discipline commission, was named director.', [
      ['Party discipline commission', 'party', '上海市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: organs of one region that are not one (the party committee and its discipline commission; the
  // science association and the women's federation), and plural discipline commissions of no one region.
  it.each([
    ['The Shanghai Municipal Party Committee and the Shanghai Municipal Commission for Discipline Inspection met.', [
      ['Shanghai Municipal Party Committee', 'party', '上海市'], ['Shanghai Municipal Commission for Discipline Inspection', 'party', '上海市']]],
    ["The Hubei Provincial Association for Science and Technology and the Hubei Provincial Women's Federation met.", [
      ['Hubei Provincial Association for Science and Technology', 'mass-organisation', '湖北省'], ["Hubei Provincial Women's Federation", 'mass-organisation', '湖北省']]],
    ['In Shanghai, the Party discipline commissions at different levels handle cases.', []],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
