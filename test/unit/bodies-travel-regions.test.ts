import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Round 9 (regions of bodies on pages whose people travel): hand-checked expected values by the rules of
// test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md (a relative word means the region it means in
// context; one the page never writes stays without a region).

describe('bodies: the place inside the one a journey names is travelled to as well (赴江苏省徐州市)', () => {
  it.each([
    // 保山 (survey): the 市政协 that travels to 徐州 is the page's own, written once as 保山.
    ['市政协副主席苏正平率队，组织市政协社会和法制委赴江苏省徐州市政协学习考察，徐州市政协有关领导陪同考察。考察组一行先后到丰县、沛县、贾汪区协商议事室参观学习。大家表示，将认真按照市政协的安排部署，推进保山协商工作。', '保山市政协', 2, '徐州市政协', 2],
    // 厦门 (survey): cities written together after the verb (浙江宁波嘉兴和江苏常州徐州) are all travelled to.
    ['厦门市政协副主席黄学惠带领课题组一行赴浙江宁波嘉兴和江苏常州徐州调研城市文化建设，市政协副秘书长徐楚炫等参加调研。', '厦门市政协', 2, '徐州市政协', 0],
  ])('%s → %s ×%i, %s ×%i', (text, own, n, visited, m) => {
    expect(body(text, own)?.mentions.length).toBe(n)
    expect(body(text, visited)?.mentions.length ?? 0).toBe(m)
  })
})

describe('bodies: the travellers’ own bare word is not the place they travel to', () => {
  it('市政协…前往肇庆市…。市政协副秘书长: the page’s own 市政协 (its city never written), not 肇庆’s', () => {
    const text = '10月19日，市政协副主席李武彪带领提案和法制工委一行前往肇庆市开展学习交流活动。\n座谈会上，市政协副秘书长郑均潮介绍了我市政协提案工作的基本情况。'
    expect(names(text)).not.toContain('肇庆市政协')
    expect(body(text, '市政协')?.region).toBeNull()
  })

  it('negative: the bare word not written in the sentence of the journey still means the place travelled to', () => {
    const text = '10月19日，提案和法制工委一行前往肇庆市开展学习交流活动。\n座谈会上，市政协副秘书长李中缨介绍了当地提案工作经验。'
    // The travellers' 提案和法制工委 is of a CPPCC committee the page never names: no body of its own.
    expect(names(text)).toEqual(['肇庆市政协'])
    expect(body(text, '肇庆市政协')?.mentions.length).toBe(1)
  })

  it.each([
    // Negative: no word of that level before the journey: the place travelled to is where the bodies met.
    ['上海市工商联主席王志雄一行赴江苏省工商联拜访，与省工商联主席许仲梓举行座谈。\n许仲梓谈到，省工商联主席会长圆桌会议每季度举办一次。', '江苏省工商联', 3],
    // Negative: the city that locates a district of it right after the verb is the travellers’ own (赴武汉市蔡甸区).
    ['武汉市政协主席胡曙光一行赴武汉市蔡甸区调研乡村产业。市政协副主席彭浩参加调研。', '武汉市政协', 2],
  ])('%s → %s ×%i', (text, name, n) => {
    expect(body(text, name)?.mentions.length).toBe(n)
  })

  it('a word seen earlier than the journey only inside a full name (徐州市政协) is no traveller’s own', () => {
    const text = '徐州市政协副主席王某一行赴宿迁市考察。市政协副秘书长李某参加。'
    expect(body(text, '徐州市政协')?.mentions.length).toBe(2)
    expect(names(text)).not.toContain('宿迁市政协')
  })
})

describe('bodies: a word after the journey, with the cities travelled to marked (赴江苏省徐州市)', () => {
  it('…到丰县、沛县…，对徐州市的经验做法给予认同。…按照市政协的安排部署: 保山’s, not 徐州’s', () => {
    const text = '市政协副主席苏正平率队赴江苏省徐州市政协学习考察。考察组一行先后到丰县、沛县参观学习，对徐州市的经验做法给予高度认同。大家表示，将按照市政协的安排部署，推进保山协商工作。'
    expect(body(text, '徐州市政协')?.mentions.length).toBe(1)
    expect(body(text, '保山市政协')?.mentions.length).toBe(2)
  })

  it('negative: a place written in the same sentence as the word still is its region (在温州，考察组与市政协座谈)', () => {
    const text = '嘉兴市政协主席一行赴温州市考察。在温州，考察组与市政协座谈交流。'
    expect(names(text)).toEqual(['嘉兴市政协', '温州市政协'])
    expect(body(text, '温州市政协')?.mentions.length).toBe(1)
  })
})
