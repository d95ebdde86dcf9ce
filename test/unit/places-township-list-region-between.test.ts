import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// A list of townships written by their stems and closed by 等 + the township word may name its region between them
// (文峰、山格、小溪、坂仔等我县东部乡镇, dev 560): the suffix is still given once for all the stems (data/township-list-ends.tsv,
// between). Expected values by hand from data/divisions.tsv.
describe('places: a township list closed by 等 + its region + 乡镇', () => {
  it.each([
    ['平和县政协召开会议,文峰、山格、小溪、坂仔等我县东部乡镇汇报了第一季度工作。', ['文峰镇', '山格镇', '小溪镇', '坂仔镇']],
    ['镇巴县政协组织视察,简池、永乐、大池等全县西部乡镇负责人陪同。', ['简池镇', '永乐镇', '大池镇']],
  ])('%s', (text, names) => {
    expect(places(text)).toEqual(expect.arrayContaining(names))
  })

  // Controls: 等 + the region + a word of no township closes no list of townships.
  it.each([
    ['平和县政协召开会议,文峰、山格等我县重点企业负责人发言。', ['文峰镇', '山格镇']],
  ])('%s', (text, names) => {
    const found = places(text)
    for (const n of names) expect(found).not.toContain(n)
  })
})
