import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Key projects (重点项目), written again and again, are what an economic page is about: a 视察 of the county's key
 * projects, their progress and their problems is industry work (dev-pages README, Topics: a concrete activity). Written
 * once on a page about something else (a hospital among the 重点项目 of the plan) it is a word in passing: the term
 * follows its record on the dev pages (data/topic-term-precision.tsv: 6 of 6 pages writing it twice or more have
 * industry, 1 of 7 writing it once). Sentences written for this test, tags by hand.
 */
describe('topics: key projects', () => {
  it.each([
    ['区政协组织部分委员视察全区重点项目建设情况。委员们先后到三个重点项目现场，听取项目进展情况介绍，就重点项目推进中存在的问题建言献策。'],
    ['县政协主席带队调研重点项目推进情况，要求各重点项目责任单位倒排工期，确保重点项目按期投产。'],
    ['市政協組織委員視察重點項目建設，實地察看了兩個重點項目現場。'],
  ])('%s → industry', (text) => {
    expect(tags(text)).toContain('industry')
  })

  // Controls: written once on a page of another field, and a project that is no 重点项目, stay untagged.
  it.each([
    ['县政协组织委员视察县人民医院新院区建设，该院区是今年的重点项目，委员们详细了解了门诊、住院和医保结算的情况，建议提升医疗服务水平。'],
    ['委员们视察了城区老旧小区改造项目，听取了住建局的情况汇报。'],
  ])('not industry: %s', (text) => {
    expect(tags(text)).not.toContain('industry')
  })
})
