import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * The name of a CPPCC special committee names its fields, not what the page treats (dev-pages README,
 * Topics: the name of a body is no topic). Sentences written for this test, not taken from any page.
 */
describe('topics: a special committee\'s name is no evidence', () => {
  it.each([
    ['市政协人口资源环境委员会召开全体会议，审议本年度工作要点，通报委员履职情况。', 'ecology'],
    ['区政协文化文史和学习委员会主任王明主持会议，会议研究了下半年委员培训安排。', 'culture-tourism'],
    ['县政协港澳台侨和外事委员会召开会议，听取机关工作汇报，部署下半年履职工作。', 'united-front'],
    ['市政协社会和法制委员会组织委员参加履职培训，学习新修订的政协章程。', 'rule-of-law'],
  ])('%s → not %s', (text, tag) => {
    expect(tags(text)).not.toContain(tag)
  })

  it.each([
    ['市政协文化文史和学习委员会组织委员开展文史资料征集，围绕历史文化名城保护和非遗传承提出建议。', 'culture-tourism'],
    ['市政协人口资源环境委员会组织委员视察污水处理厂和河道整治工程，督促落实河长制，推动水环境持续改善。', 'ecology'],
  ])('the words outside the name still count: %s → %s', (text, tag) => {
    expect(tags(text)).toContain(tag)
  })
})

/** A township's CPPCC working committee or station is grassroots CPPCC work (data/taxonomy.json, round 14). */
describe('topics: township CPPCC bodies are grassroots work', () => {
  it.each([
    ['区政协副主席一行到东风镇调研镇政协工委工作，听取政协工委主任关于委员活动开展情况的汇报。'],
    ['为推动政协工作向基层延伸，该县在各乡镇设立政协工作联络站，今天举行联络站揭牌仪式。'],
    ['新港镇政协工作委员会揭牌成立，区政协主席出席并讲话，要求政协工作委员会立足乡镇实际开展履职活动。'],
  ])('%s → grassroots', (text) => {
    expect(tags(text)).toContain('grassroots')
  })
})

/**
 * …but a township CPPCC body written before an official's title is part of the title, no evidence (README, Topics:
 * an official's title): a standing meeting where the heads of two township committees sit in is no grassroots work
 * (review, round 14: the first sentence the reviewer's, the rest our own).
 */
describe('topics: a township CPPCC body before a title is no evidence', () => {
  it.each([
    ['区政协召开十届二次常委会议，审议通过有关人事事项。城关镇政协工委主任李明、新港镇政协工委主任王刚列席会议。'],
    ['县政协召开主席会议，研究年度工作要点。城关镇政协工委主任张伟、东湖镇政协工委主任刘洋列席。'],
    ['区政协举行理论学习中心组学习会。长安镇政协工作委员会主任陈刚、太平镇政协工作委员会主任赵敏参加学习。'],
  ])('%s → not grassroots', (text) => {
    expect(tags(text)).not.toContain('grassroots')
  })
})
