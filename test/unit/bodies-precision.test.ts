import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies the library named where the dev gold has none (committee precision, fourth round): hand-checked
// expected values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: a place written between a body and a list item names the item’s own region', () => {
  it.each([
    ['形成报告后正式报送全国政协和川渝两地党委、政府，供决策参考。', '全国政府'],
    ['报告已送交全国政协和四川、重庆两地党委、政府参阅。', '全国政府'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
    expect(body(text, '全国政协')).toMatchObject({ kind: 'cppcc', region: '全国' })
  })

  it.each([
    // No place between: the item still takes the region of the body before it.
    ['长春市政协召开会议，市教育局、民政局、体育局负责人出席。', '长春市民政局', '长春市'],
    ['兰溪市委常委、统战部部长出席会议。', '兰溪市委统战部', '兰溪市'],
    // A place inside the body before is no place between.
    ['吉林省委、省政府高度重视，吉林市政协、工商联参加。', '吉林市工商联', '吉林市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ region })
  })
})

describe('bodies: a special committee as a heading, before a colon, after a line break or a space', () => {
  it.each([
    ['省政协专委会：担当有为的一年\n据联谊报 提案委员会：拓宽协商渠道\n2016年，省政协提案委按照要求做好各项工作。', '省政协提案委员会'],
    ['浙江省政协专委会工作回顾\n提案委员会：拓宽协商渠道 创新协商形式\n全年共办理提案797件。', '浙江省政协提案委员会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)?.kind).toBe('cppcc-special')
  })

  it('the heading names the committee: a short form later is a further mention of it', () => {
    const cs = committees('浙江省政协专委会工作回顾\n据联谊报 提案委员会：拓宽协商渠道\n2016年，省政协提案委按照要求做好工作。')
    expect(cs.filter((c) => c.kind === 'cppcc-special').map((c) => c.name)).toEqual(['浙江省政协提案委员会'])
  })

  it.each([
    // After a space but with no colon: a phrase of the sentence, no heading (and no title after it).
    ['浙江省政协召开会议 提案委员会工作很重要。'],
    // A colon but no CPPCC committee before it: nothing to name it by.
    ['据联谊报 提案委员会：拓宽协商渠道'],
  ])('%s: no special committee', (text) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })
})

describe('bodies: a mass organisation written before a group word names a CPPCC group, no body', () => {
  it.each([
    ['珲春市政协经科委带领所联系的经科组、工商联组和民营组委员代表到街道调研。', '珲春市工商联'],
    ['市政协经科委组织经科组、工商联组委员座谈。', '工商联'],
    ['长春市政协、妇联组、科协组委员参加。', '长春市妇联'],
  ])('%s: no %s', (text, wrong) => {
    expect(names(text).some((n) => n.endsWith(wrong))).toBe(false)
  })

  it.each([
    // The word goes on: 组织 is a verb, the organisation is a body of the list's region.
    ['珲春市政协经科委、工商联组织委员到街道调研。', '珲春市工商联'],
    ['长春市政协、妇联组织开展活动。', '长春市妇联'],
    // No group word: the list item is the region's body.
    ['长春市政协、工商联、妇联负责人参加。', '长春市工商联'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)?.kind).toBe('mass-organisation')
  })
})
