import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const schools = (text: string) => committees(text).filter((c) => /(?:小学|中学|学校)$/.test(c.name)).map((c) => [c.name, c.region])
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A school whose head the segmenter joins to the title after it (中学 + 校长 → 中学校长) is named as one written alone:
// from the place that begins its name (GUIDE.md: public institutions; dev-pages README: a school keeps its own name as
// written, region the division it names). The head person's org is the school. Expected values by hand; (page N) marks
// a dev page's sentence, the others were written for this test.
describe('bodies: a school joined to its head\'s title', () => {
  it.each([
    // (page 924)
    ['市政协委员、聊城市水城中学校长胡相东牵头。', [['聊城市水城中学', '聊城市']]],
    ['县政协委员、平和县坂仔中学校长林明出席。', [['平和县坂仔中学', '坂仔镇']]],
    ['三台县七一小学校长王红介绍了学校情况。', [['三台县七一小学', '三台县']]],
    ['绵阳中学校长李强陪同调研。', [['绵阳中学', '绵阳市']]],
  ])('%s', (text, expected) => {
    expect(schools(text)).toEqual(expected)
  })

  it('the principal\'s org is the school where no CPPCC title comes first', () => {
    expect(person('三台县七一小学校长王红介绍了学校情况。', '王红')).toMatchObject({ roles: ['校长'], org: '三台县七一小学' })
  })

  it.each([
    // a region's full name right before the joined title: the title of its schools' heads, no school
    ['平和县小学校长培训班开班。'],
    ['聊城市中学校长论坛在聊城大学举行。'],
    // no place begins the name
    ['全县中小学校长会议召开。'],
    ['各中学校长参加了会议。'],
  ])('%s: no school', (text) => {
    expect(schools(text)).toEqual([])
  })
})
