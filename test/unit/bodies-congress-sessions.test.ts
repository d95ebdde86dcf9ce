import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// A session of a people's congress names the congress (dev 489 县第十六届人大第一次会议 → 竹山县人大, 621 濮阳市九届人大四次会议
// → 濮阳市人大), also written in full with its term between region and organ (市第十四届人民代表大会第一次会议, 青岛市第十六届
// 人民代表大会第三次会议: survey pages dfrd.js.cn, szkaixx.com (青岛), bolandeng.com (长春)). The name keeps the organ as written
// (GUIDE.md: the body part is kept exactly as the text writes it). The system (人民代表大会制度) is no body.
// Expected values written by hand; sentences of our own unless marked.
describe('bodies: congress sessions name the congress, in every written form', () => {
  it.each([
    ['宜春市政协召开会议。委员们列席市第六届人民代表大会第三次会议。', '宜春市人民代表大会', '宜春市'],
    ['山西省第十三届人民代表大会第三次会议在太原开幕。', '山西省人民代表大会', '山西省'],
    ['会议议程:列席青岛市第十六届人民代表大会第三次会议,听取并讨论市政府工作报告。', '青岛市人民代表大会', '青岛市'],
    ['宜春市政协召开会议。市十七届人大三次会议将于1月召开。', '宜春市人大', '宜春市'],
    ['县第十六届人大第一次会议开幕。竹山县政协召开会议。', '竹山县人大', '竹山县'],
  ])('%s → %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'congress', region })
  })

  it.each([
    ['宜春市召开座谈会,纪念宜春市人民代表大会制度建立六十周年。', '宜春市人民代表大会'],
    ['要坚持和完善全国人民代表大会制度。', '全国人民代表大会'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
