import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const schools = (text: string) => analyzer.analyze(text).committees.filter((c) => /(?:小学|中学|学校|幼儿园)$/.test(c.name)).map((c) => c.name)

// A school named by its own name alone, with no place before it, is a body kept as written (dev-pages README: a school keeps
// its own name as written; public institutions stay): the name is one to three words before the head, at least one a proper
// word the segmenter knows (nz, ns, ng). Expected values by hand; (page N) marks a dev page's sentence, the others were
// written for this test.
describe('bodies: a school named by its own name alone', () => {
  it.each([
    // (page 1026)
    ['委员们先后参观了龙锦小学、市犬只留检所、常州第四制药厂。', ['龙锦小学']],
    // (page 896)
    ['在龙茗中学召开座谈会，七宝中学、虹桥中心小学的校长参加。', ['龙茗中学', '七宝中学', '虹桥中心小学']],
    ['调研组来到七宝中学，听取学校情况介绍。', ['七宝中学']],
    // a kind of school between the name and the head (data/school-lead-words.txt: 外国语; round 20, after dev 1042)
    ['委员们来到南湖外国语学校调研。', ['南湖外国语学校']],
    ['调研组走访了七宝外国语小学。', ['七宝外国语小学']],
  ])('%s', (text, expected) => {
    expect(schools(text)).toEqual(expected)
  })

  it('a school written after its place and then alone is one body, named in full', () => {
    expect(schools('市政协走访厦门市七宝中学。七宝中学校长介绍了情况。')).toEqual(['厦门市七宝中学'])
  })

  it.each([
    // common nouns, counts, pronouns and kinds of school before the head: no name
    ['农村希望小学和重点中学都要办好。'],
    ['一所中学、该校和全县中小学参加活动。'],
    ['要加强农村学校、特殊教育学校和民办学校建设。'],
    // a generic word before the head (data/generic-body-words.txt): one newly built, of a kind
    ['随后又实地查看了新建学校项目。'],
    ['要办好外国语学校,该市新建一所外国语学校。'],
    // a place word of the segmenter cut through a place and its area (应山 + 城区): the area's schools, no school
    ['强化应山城区学校门前交通安全。'],
  ])('%s: no school', (text) => {
    expect(schools(text)).toEqual([])
  })
})
