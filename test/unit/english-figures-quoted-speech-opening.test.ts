import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

type Row = [number, string | null, string | null]
const figures = (text: string): Row[] => analyzer.analyze(text).figures.map((f) => [f.value, f.unit, f.approx])

// A capitalised word right before a number names it (Shenzhou 17, Boeing 737) unless it opens a sentence; a quotation
// of speech opens a sentence too, after a comma, colon or a sentence end ('he said. "Only 7.5 percent …', 'he said, "About
// 30 percent …'), its opening quote glued to the word. Round 32: en dev 698 ("Only 7.5 percent of Henan high school
// graduates …" after '"Educational equality," he said.'). Hand-checked truth.
describe('English figures: a capitalised word opening a quotation of speech', () => {
  it.each<[string, Row[]]>([
    ['"Educational equality," he said. "Only 7.5 percent of Henan high school graduates enroll at key universities."', [[7.5, '%', null]]],
    ['He said, "About 30 percent of young people live with their parents."', [[30, '%', 'about']]],
    ['He said: "Nearly 40 percent of the farmers are women."', [[40, '%', 'less']]],
    ['Li added, “Some 300 members joined the inspection.”', [[300, 'member', 'about']]],
    ['"It is hard," she said. "Just 12 villages have a clinic."', [[12, 'village', null]]],
  ])('%s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
  // Controls: a capitalised name before a number, quoted or not, is no figure; a closing quote then a name neither.
  it.each<[string, Row[]]>([
    ['The crew of Shenzhou 17 returned on Tuesday.', []],
    ['The launch of the "Shenzhou 17" spacecraft was praised.', []],
    ['"We will go on," he said. Shenzhou 17 returned later.', []],
    ['He flew a Boeing 737 to Beijing.', []],
  ])('control: %s', (text, rows) => {
    expect(figures(text)).toEqual(rows)
  })
})
