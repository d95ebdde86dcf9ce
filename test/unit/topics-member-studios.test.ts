import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A member's studio (委员工作室) is a channel the member works through, named again on every page about what the
 * studio did (李明委员工作室 at a school, a hospital's studio giving free clinics): written alone, even several
 * times, it does not make the page grassroots work; with the work of a community or street it does (dev-pages
 * README, Topics: the name of a body is no topic; data/taxonomy.json weight 1.5, round 29). Sentences written
 * for this test, not taken from any page.
 */
describe('topics: a member studio named again and again is no grassroots work alone', () => {
  it.each([
    ['李明委员工作室走进实验小学开展活动。委员工作室成员为师生讲授科学课程，委员工作室今后将定期开展教育教学交流，助力学校教育质量提升。'],
    ['南海医院委员工作室组织义诊活动。委员工作室医生为群众免费测量血压、讲解健康知识，委员工作室还将持续开展医疗卫生服务。'],
  ])('%s → not grassroots', (text) => {
    expect(tags(text)).not.toContain('grassroots')
  })

  it.each([
    ['王芳委员工作室走进东城街道幸福社区，委员工作室成员与社区居民面对面协商，委员工作室收集居民意见，推动社区治理难题解决。'],
  ])('with the work of a community it is: %s → grassroots', (text) => {
    expect(tags(text)).toContain('grassroots')
  })
})
