import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// An organ that stands beside a regional party committee (its politics and law committee, its commission for discipline
// inspection: data/en-organ-heads.tsv) written before "of" and that committee (Political and Legislative Affairs
// Committee of the CPC Jiangxi Committee, 江西省委政法委): a body of its own, of the committee's region, named as
// written, as departments so written are (United Front Work Department of the CPC Guangdong Provincial Committee) and
// as test/fixtures/en 477 names it. The committee written only inside the organ's name is no body of its own
// (as 江西省委政法委 lists no 江西省委; en 477, 641 gold). The same organ written after its region (Jiangxi Provincial Political and
// Legislative Affairs Committee) is the same body. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe("a party committee's organ written before its committee", () => {
  it.each([
    ['Shu Xiaoqin is Secretary of the Political and Legislative Affairs Committee of the CPC Jiangxi Committee.', [
      ['Political and Legislative Affairs Committee of the CPC Jiangxi Committee', 'party', '江西省']]],
    ['Wang Ning, secretary of the Commission for Discipline Inspection of the CPC Sichuan Provincial Committee, spoke.', [
      ['Commission for Discipline Inspection of the CPC Sichuan Provincial Committee', 'party', '四川省']]],
    ['Li Jun heads the Politics and Law Committee of the Hainan Provincial CPC Committee.', [
      ['Politics and Law Committee of the Hainan Provincial CPC Committee', 'party', '海南省']]],
    ['Shu Xiaoqin heads the Jiangxi Provincial Political and Legislative Affairs Committee.', [
      ['Jiangxi Provincial Political and Legislative Affairs Committee', 'party', '江西省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Controls: the party committee's own standing committee is kept under it, and an organ word before a body of
  // another kind names no party organ.
  it.each([
    ['Shu Xiaoqin is a member of the Standing Committee of the CPC Jiangxi Provincial Committee.', [['CPC Jiangxi Provincial Committee', 'party', '江西省']]],
    ['He spoke to the Politics and Law Committee of the Jiangxi Provincial People\'s Congress.', [["Jiangxi Provincial People's Congress", 'congress', '江西省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
