import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies of issue #14, fifth round: hand-checked expected values by the rules of test/fixtures/gold/GUIDE.md
// and test/fixtures/dev-pages/README.md.

describe('bodies: visitors from the province of the page’s county name its 省', () => {
  it('四川省…率队到我县 on a page of 泸县: 省政协 is 四川省政协', () => {
    const text = '4月11日，四川省人民政府参事室主任、省政协常委蔡竞率队到我县开展文化调研活动，县政协副主席尹朝勇陪同。调研组指出，泸县要深度发掘文化旅游资源。'
    expect(body(text, '四川省政协')).toMatchObject({ kind: 'cppcc', region: '四川省' })
    expect(body(text, '泸县政协')).toMatchObject({ kind: 'cppcc', region: '泸县' })
  })

  it('visitors from another province stay no region of the page’s own 省', () => {
    const text = '4月11日，湖北省人民政府参事室主任蔡竞率队到我县开展文化调研活动，省政协委员尹朝勇陪同。调研组指出，泸县要深度发掘文化旅游资源。'
    expect(names(text)).not.toContain('湖北省政协')
  })
})

describe('bodies: a government’s counsellors’ office and institute of culture and history are bodies of their own', () => {
  it.each([
    ['四川省人民政府参事室党组书记蔡竞出席。', '四川省人民政府参事室'],
    ['安徽省政府参事室副主任朱新中出席。', '安徽省政府参事室'],
    ['四川省政府文史研究馆馆长何天谷出席。', '四川省政府文史研究馆'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
    // The government itself is not named apart.
    expect(names(text).filter((n) => n.endsWith('政府'))).toEqual([])
  })
})

describe('bodies: the party branch of a CPPCC committee’s offices', () => {
  it('淮南市政协机关党支部 is a party body, the 政协 written apart is listed as well', () => {
    const cs = committees('8月28日，淮南市政协机关党支部部分党员到窑口镇开展主题党日活动。淮南市政协主席出席。')
    expect(cs.find((c) => c.name === '淮南市政协机关党支部')).toMatchObject({ kind: 'party', region: '淮南市' })
    expect(cs.find((c) => c.name === '淮南市政协')).toMatchObject({ kind: 'cppcc' })
  })

  it('its 机关党委 in a title is no body (机关党委书记)', () => {
    expect(names('绵阳市政协机关党委书记孙圣军出席。')).not.toContain('绵阳市政协机关党委')
  })
})

describe('bodies: 党委政府 is the generic pair, not a township’s party committee', () => {
  it.each([
    '窑口镇政协委员工作室取得的成绩与镇党委政府重视支持分不开。',
    '希望新安镇党委政府有立足长远的规划。',
  ])('%s', (text) => {
    expect(names(text).filter((n) => n.endsWith('党委'))).toEqual([])
  })

  it('a list of the two still names both (镇党委、镇政府)', () => {
    const ns = names('窑口镇党委、镇政府高度重视。')
    expect(ns).toContain('窑口镇党委')
    expect(ns).toContain('窑口镇政府')
  })
})

describe('bodies: 总商会 is the federation of industry and commerce under its second name', () => {
  it('山西省工商联主席、总商会会长 → one body, 山西省工商联', () => {
    const ns = names('山西省工商联主席、总商会会长景普秋出席座谈。')
    expect(ns).toContain('山西省工商联')
    expect(ns).not.toContain('山西省总商会')
  })
})
