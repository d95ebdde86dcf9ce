import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Hand-checked sentences (the class of dev page 922; 560 writes such a list too): townships listed by their stems and closed
// by 等 and the township word with no count (三溪、简池、永乐、大池、三元等镇) are each named, the suffix given once for all
// (data/township-list-ends.tsv, bare), as with a count (横栏、大涌两镇).
describe('places: a list of township stems closed by 等镇 with no count', () => {
  it.each([
    ['受持续暴雨影响，镇巴县工农业生产遭受严重影响，简池、永乐、大池、三元等镇受灾最重。', ['简池镇', '永乐镇', '大池镇', '三元镇']],
    ['商洛市镇安县政协委员们来到云盖寺、青铜关、木王等镇调研。', ['云盖寺镇', '青铜关镇', '木王镇']],
    ['平和县政协组织文峰、山格、小溪、坂仔等乡镇负责人参加座谈。', ['文峰镇', '山格镇', '小溪镇', '坂仔镇']],
  ])('%s → %j', (text, expected) => {
    const got = names(text)
    for (const n of expected) expect(got).toContain(n)
  })

  it.each([
    // Words that are no township's stem; stems closed by no township word (等地); stems with no county named on the page.
    ['县政协组织委员到企业、学校等镇村单位走访。', []],
    ['镇巴县政协委员到长安、永乐等地走访。', ['镇巴县']],
    ['三溪、永乐等镇受灾最重。', []],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
