import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const clinics = (text: string) => committees(text).filter((c) => /卫生院$/.test(c.name)).map((c) => [c.name, c.region])

// A township's centre clinic (X镇中心卫生院) is named from the township written in full before 中心, also where the
// segmenter cuts the township's first unit off into an adjective (新/a + 街子 + 镇 + 中心 + 卫生院; dev 1046, 勉县).
// Its region is that township (dev-pages README: a local institution's region is the township it is named from).
// Expected values by hand.
describe('bodies: a township centre clinic named from its township', () => {
  it.each([
    // (page 1046)
    ['调研组先后走访了周家山镇中心卫生院、柳丰社区卫生室、新街子镇中心卫生院、杜寨村卫生室、县人民医院和县中医医院。', [['周家山镇中心卫生院', '周家山镇'], ['新街子镇中心卫生院', '新街子镇']]],
    ['勉县政协委员来到新街子镇中心卫生院,察看药品配送情况。', [['新街子镇中心卫生院', '新街子镇']]],
    ['新街子镇中心卫生院院长介绍了医共体建设情况。', [['新街子镇中心卫生院', '新街子镇']]],
  ])('%s', (text, expected) => {
    expect(clinics(text)).toEqual(expected)
  })

  it.each([
    // a word of several townships, or a count: no one clinic
    ['全县各乡镇中心卫生院都配备了救护车。'],
    ['新街子镇有三所中心卫生院。'],
    // the clinic is not the township's written before it
    ['新街子镇中心学校负责人和卫生院院长参加。'],
  ])('no township centre clinic in %s', (text) => {
    expect(clinics(text)).toEqual([])
  })
})
