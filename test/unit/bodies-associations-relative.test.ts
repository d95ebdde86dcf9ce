import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
const kinds = (text: string) => committees(text).filter((c) => c.kind === 'mass-organisation').map((c) => c.name)

// Associations of a region written after a place or a relative word (省海外联谊会, 我县文艺家协会, 县美术家协会):
// mass organisations (GUIDE.md: region + as written), read from data/bodies.tsv. Sentences from dev pages
// 315 and 525 and from survey pages (新化县文联, 黑龙江海外联谊会); expected values written by hand.
describe('bodies: associations after a region or a relative word', () => {
  it.each([
    ['省律师协会捐款50万元,省政协港澳委员会通过省海外联谊会捐款82万余元,在兰州市。', '甘肃省海外联谊会', '甘肃省'],
    ['切实重视我县文艺家协会硬件建设,庆元县政协委员胡睦熙发言。', '庆元县文艺家协会', '庆元县'],
    ['新化县文联下辖县作家协会、县美术家协会、县书法家协会等九大协会。', '新化县美术家协会', '新化县'],
    ['新化县文联下辖县作家协会、县美术家协会、县书法家协会等九大协会。', '新化县书法家协会', '新化县'],
    ['新化县文联下辖县音乐舞蹈家协会、县戏剧曲艺家协会、县民间文艺家协会。', '新化县民间文艺家协会', '新化县'],
    ['9月13日,召开黑龙江海外联谊会第七届一次理事大会。', '黑龙江省海外联谊会', '黑龙江省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region })
  })

  it('省注册会计师协会 → 甘肃省注册会计师协会, a professional body (kind other, as dev 525)', () => {
    expect(body('省注册会计师协会捐款10万元,兰州市红十字会接收。', '甘肃省注册会计师协会')).toMatchObject({ kind: 'other', region: '甘肃省' })
  })

  it.each([
    // A count or every one of a kind names no one association.
    '隆德县文联现下设9个文艺家协会。',
    '各文艺家协会共有会员1万余人,其中全国文艺家协会会员2千余人。',
  ])('%s: no association', (text) => {
    expect(kinds(text).filter((n) => n.endsWith('家协会'))).toEqual([])
  })
})
