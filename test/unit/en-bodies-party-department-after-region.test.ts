import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party committee's department (data/en-party-departments.txt) named after its region and level (Hainan Provincial
// Organization Department, 海南省委组织部), also in lower case as news writes it (an announcement by the Hainan provincial
// organization department: test/fixtures/en 469): a party body of that region, named as written; a government
// department so named stays the government's. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a party department after its region', () => {
  it.each([
    ['Tian was nominated, according to an announcement by the Hainan provincial organization department on Monday.', [['Hainan provincial organization department', 'party', '海南省']]],
    ['He was head of the Hainan Provincial Organization Department.', [['Hainan Provincial Organization Department', 'party', '海南省']]],
    ['She heads the Guangzhou Municipal United Front Work Department.', [['Guangzhou Municipal United Front Work Department', 'party', '广州市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: a government department after the region, and a lower-case word after the region that names no department.
  it.each([
    ['He spoke at the Hainan Provincial Department of Education.', [['Hainan Provincial Department of Education', 'government', '海南省']]],
    ['The Hainan provincial organization of the event was praised.', []],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
