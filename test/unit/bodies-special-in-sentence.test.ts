import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// CPPCC special committees written inside a sentence without 政协 before them, or in forms the lexicon lacks: dev
// pages 466, 500, 606 and survey pages (丽水 科教文卫体委, 峨边 农业农村和人口资源环境委员会). Expected values
// hand-checked by the dev-pages README (a special committee is <region>政协 + the committee as written). Known gaps: a
// rule that reads any listed committee inside a sentence as the last CPPCC committee's was tried in round 12 and
// dropped (it took 街道联络委, 文史资料委员会 of 文化宣传和文史资料委员会 and a visited city's committee).
describe('bodies: special committees written inside a sentence', () => {
  // Read since the field-word stems of data/special-committee-fields.txt (科教文卫体, 提案联谊) are read after 政协.
  it.each([
    ['4月1日上午，丽水市政协科教文卫体委潘瑞卿主任一行到万向中学进行调研。', '丽水市政协科教文卫体委'],
    ['宜宾市叙州区政协党组书记、主席钟建华，区政协提案联谊委，办公室负责同志参加揭牌仪式。', '叙州区政协提案联谊委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  // Still missed: a committee written alone, after a verb, with no 政协 before it.
  it.fails.each([
    ['6月18-24日，中山市政协副主席李武彪率领提案委一行18人就城市规划到甘肃考察。', '中山市政协提案委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

// The culture, history and study committee written without 和 or short, before the title of its report in a list of
// the committee's special committees (dev 686 文化文史和学习委《…》, dev 506 文化文史学习委): data/body-parts.tsv. A name a
// government shares (农业农村委, 经济委) stays unread there: too few pages for a rule (round 13). Sentences written for the test.
describe('bodies: the culture, history and study committee in its short forms', () => {
  it.each([
    ['蒙城县政协召开主席会议，审议了人资环委《关于消防站建设的报告》、文化文史和学习委《关于古村落保护的报告》。', '蒙城县政协文化文史和学习委'],
    ['蒙城县政协召开常委会议，提案委、文化文史学习委负责同志参加。', '蒙城县政协文化文史学习委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.fails.each([
    // A shared name before its report title after 了: the government's commission too (known gap).
    ['蒙城县政协召开主席会议，审议了农业农村委《关于发展设施农业的调研报告》。', '蒙城县政协农业农村委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
