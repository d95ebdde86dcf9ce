import { describe, expect, it } from 'vitest'
import { createAnalyzer, parseTaxonomy, loadDefaultTaxonomy } from '../../src/index.js'
import { HIGH, LOW, precisionFactor } from '../../src/topics/precision.js'
import { loadTopics } from '../../src/topics/taxonomy.js'
import { analyzer } from '../helpers.js'

// Words of a field written once on a page about something else are no tag; written again and again they
// are the page's subject (src/topics/precision.ts, data/topic-term-precision.tsv). Sentences written for
// this test, not taken from any page; expected tags by test/fixtures/dev-pages/README.md, Topics.
describe('topic terms follow their record on the dev pages', () => {
  it.each([
    // pages, tagged → factor: (tagged + 0.4 × 8) / (pages + 8) / 0.4, held to [0.5, 1.1]
    [0, 0, 1],
    [2, 0, 0.8],
    [4, 2, 1.0833],
    [14, 1, 0.5],
    [73, 71, 1.1],
    [32, 14, 1.075],
  ])('a term on %i pages, %i of them tagged, weighs × %f', (pages, tagged, factor) => {
    expect(precisionFactor(pages, tagged)).toBeCloseTo(factor, 4)
    expect(precisionFactor(pages, tagged)).toBeGreaterThanOrEqual(LOW)
    expect(precisionFactor(pages, tagged)).toBeLessThanOrEqual(HIGH)
  })

  it.each([
    ['就业创业 in passing on a rural page', '县政协组织委员调研特色农业和农产品加工，察看种植基地和农民合作社，认为发展乡村产业能带动群众就业创业。', 'rural', ['employment']],
    ['心声 and 民意 in a duty formula on a school page', '区政协委员走访辖区中小学，了解课后服务和校园安全情况，与教师、学生座谈，建议加强师资培训，倾听群众心声、了解民意。', 'education-talent', ['public-opinion']],
  ])('%s: no tag from the passing word', (_, text, first, absent) => {
    const ids = analyzer.analyze(text).topics.map((t) => t.id)
    expect(ids[0]).toBe(first)
    for (const id of absent) expect(ids).not.toContain(id)
  })

  // Guards, not tests of the factors: these pages give the same tags without them (a user taxonomy has none, and
  // createAnalyzer({ taxonomy }) tags them alike), as at bd59d6e before the factors; they hold that no later change
  // tags the passing word.
  it.each([
    ['创新 in passing on a city-renewal page', '区政协委员视察老旧小区改造和背街小巷整治，查看小区加装电梯、停车设施和管网改造，建议在城市更新中注重创新工作方法。', 'urban', ['innovation']],
    ['视察 on a health page', '委员们围绕提升基层医疗服务能力开展视察，走访乡镇卫生院和村卫生室，了解医生队伍、药品供应和群众就医情况。', 'health-care', ['democratic-supervision']],
  ])('guard: %s gives no tag from the passing word, with or without the factors', (_, text, first, absent) => {
    const without = createAnalyzer({ taxonomy: loadDefaultTaxonomy() })
    for (const ids of [analyzer.analyze(text).topics.map((t) => t.id), without.analyze(text).topics.map((t) => t.id)]) {
      expect(ids[0]).toBe(first)
      for (const id of absent) expect(ids).not.toContain(id)
    }
  })

  // …while these two the factors change (without them employment and public-opinion are tagged too).
  it.each([
    ['就业创业', '县政协组织委员调研特色农业和农产品加工，察看种植基地和农民合作社，认为发展乡村产业能带动群众就业创业。', 'employment'],
    ['心声 and 民意', '区政协委员走访辖区中小学，了解课后服务和校园安全情况，与教师、学生座谈，建议加强师资培训，倾听群众心声、了解民意。', 'public-opinion'],
  ])('without the factors, %s in passing tags', (_, text, tag) => {
    expect(createAnalyzer({ taxonomy: loadDefaultTaxonomy() }).analyze(text).topics.map((t) => t.id)).toContain(tag)
  })

  it.each([
    ['an employment consultation', '市政协召开专题协商会，围绕促进高校毕业生就业开展协商。委员们建议拓宽就业渠道，加强就业指导和就业服务，开发更多就业岗位，支持毕业生创业。', 'employment'],
    ['a science consultation', '市政协召开专题议政会，围绕加快科技创新开展协商。委员们建议加强基础研究，推动科技成果转化，支持企业加大研发投入，建设创新平台。', 'innovation'],
    ['a tourism report', '县政协主席会议听取了文化旅游工作情况汇报，委员建议挖掘历史文化资源，发展乡村旅游和民宿，提升景区服务，并倾听游客心声。', 'culture-tourism'],
  ])('%s keeps its subject first', (_, text, first) => {
    expect(analyzer.analyze(text).topics[0]?.id).toBe(first)
  })

  it.fails('a passing word written twice still tags (就业 on a business page)', () => {
    const ids = analyzer.analyze('市政协调研民营企业发展，听取企业家对营商环境的意见，委员指出民营企业是稳就业的重要力量，吸纳了大量就业。').topics.map((t) => t.id)
    expect(ids).not.toContain('employment')
  })

  // Round 19c: a field's name written once with no count is no evidence alone (data/topic-field-names.txt).
  it('a duty phrase does not tag (反映社情民意 closing an ecology inspection)', () => {
    const ids = analyzer.analyze('县政协组织委员视察河道治理和污水处理，察看湿地保护和水质监测，要求委员当好生态环境保护的监督员，积极反映社情民意。').topics.map((t) => t.id)
    expect(ids).not.toContain('public-opinion')
  })

  it('leaves a user taxonomy as written (no factors), the default one with them', () => {
    expect(loadTopics(parseTaxonomy(loadDefaultTaxonomy())).factors.every((m) => m.size === 0)).toBe(true)
    const byTag = loadTopics(undefined).factors
    expect(byTag.some((m) => m.size > 0)).toBe(true)
    const user = createAnalyzer({ taxonomy: loadDefaultTaxonomy() })
    const text = '县政协组织委员调研特色农业和农产品加工，察看种植基地和农民合作社，认为发展乡村产业能带动群众就业创业。'
    expect(user.analyze(text).topics.map((t) => t.id)).toContain('employment')
  })
})
