import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies of issue #14, round r11 (county, township and street bodies): hand-checked expected values by the rules of
// test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md, which round 11 settled for a party committee and
// government written together (县委县政府, 镇党委政府, 县委政府, 我县党委政府: the two bodies of that region).

describe('bodies: a party committee and government written as one word are the two bodies of the region', () => {
  it.each([
    ['剑阁县工商联召开会议，县委政府历来高度重视基层商会。', '剑阁县委', '剑阁县政府', '剑阁县'],
    ['12月7日，调研组到调关镇调研。商会要紧紧围绕镇党委政府各项决策部署开展工作。', '调关镇党委', '调关镇政府', '调关镇'],
    // 我县党委政府 → X县委 (dev-pages README; the gold of 228)
    ['座谈会在固始县召开。我县党委政府高度重视对台工作。', '固始县委', '固始县政府', '固始县'],
    ['紧紧围绕临潭县委县政府中心工作。', '临潭县委', '临潭县政府', '临潭县'],
  ])('%s → %s + %s', (text, committee, government, region) => {
    expect(body(text, committee)).toMatchObject({ kind: 'party', region })
    expect(body(text, government)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    // No region word before it: the generic pair.
    ['委员们围绕党委政府工作中心建言献策。'],
    ['要把对台工作作为党委政府一项重要工作。'],
    // A word of every township or of several regions: no one body.
    ['乡镇党委政府要支持政协工作。'],
    ['各级党委政府高度重视。'],
    ['他希望县乡两级党委政府进一步重视。'],
    ['成果得到全国政协、川渝两省市党委政府高度认可。'],
  ])('%s: no 政府', (text) => {
    expect(names(text).filter((n) => n.endsWith('政府') || n.endsWith('党委'))).toEqual([])
  })

  it('a department of the committee pairs with nothing', () => {
    expect(names('固始县委统战部政府采购项目启动。').filter((n) => n.endsWith('政府'))).toEqual([])
  })
})

describe('bodies: a village’s two committees are no special committee of a 政协', () => {
  it.each([
    ['旗政协四级调研员李海燕、鄂西物流集团和昂素镇相关负责人、嘎查两委”班子参加走访。'],
    ['县政协副主席张三、村两委班子成员参加座谈。'],
  ])('%s', (text) => {
    expect(names(text).filter((n) => n.includes('两委') || n.includes('嘎查'))).toEqual([])
  })

  it('a special committee listed after its 政协 still is one', () => {
    expect(names('市政协文史委、提案委负责人参加。')).toEqual(expect.arrayContaining(['市政协文史委', '市政协提案委']))
  })
})
