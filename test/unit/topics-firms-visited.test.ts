import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/index.js'
import { termHits } from '../../src/topics/score.js'
import { loadTopics } from '../../src/topics/taxonomy.js'

const topics = loadTopics(undefined)
const terms = (text: string, tag: string) => {
  const i = topics.taxonomy.tags.findIndex((t) => t.id === tag)
  return termHits(text, topics).filter((h) => h.tag === i).map((h) => h.term)
}
const analyzer = createAnalyzer()
const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Firms visited and a trade's upgrading are industry work (README, Topics: a concrete activity): a 调研 of companies
 * (先后深入…有限公司、…有限公司实地调研), the upgrading of a trade (产业升级), a county's block economy (块状经济) and its
 * hardware trade (五金). On the dev pages 36 of 62 writing 有限公司 have industry in gold, 4 of 4 writing 五金.
 * Sentences written for this test, terms and tags by hand.
 */
describe('topics: firms visited and trades upgraded are industry', () => {
  it.each([
    ['调研组先后深入道益精密科技有限公司、胜华波汽车电器有限公司实地调研。', 'industry', ['有限公司', '有限公司']],
    ['考察调研五金工具产业升级转型和区域特色块状经济发展工作。', 'industry', ['五金', '产业升级', '块状经济']],
  ])('%s → %s terms %j', (text, tag, expected) => {
    expect(terms(text, tag)).toEqual(expected)
  })

  it('a page of visits to firms is tagged industry', () => {
    expect(tags('5月14日，市政协副主席率队来我市，考察调研五金工具产业升级转型和区域特色块状经济发展工作。调研组先后参观了东成电动工具有限公司、华丰五金制品有限公司，听取了行业商会的经验介绍。')).toContain('industry')
  })

  // Controls: an official's firm in a list of those present, and 公司 alone, are no such term.
  it.each([
    ['市政协委员、某某建设工程公司总经理王强参加座谈。', 'industry', []],
    ['区文化馆举办书画展览，展出作品80余幅。', 'industry', []],
  ])('control: %s → %s terms %j', (text, tag, expected) => {
    expect(terms(text, tag)).toEqual(expected)
  })
})
