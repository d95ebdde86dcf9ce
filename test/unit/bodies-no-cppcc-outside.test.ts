import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Hong Kong, Macao and Taiwan have no CPPCC committee and no party committee of their own (data/outside-regions.txt): 港澳政协委员, 香港政协委员
// are members from there of a mainland one, no body (dev 307, 972: the gold lists none). Their other bodies stay.
// Sentences of our own; expected values by hand.
describe('bodies: no CPPCC or party committee of Hong Kong, Macao or Taiwan', () => {
  it.each([
    ['在最近几个月的上海抗疫工作中,广大港澳政协委员纷纷为抗疫一线捐款捐物。', []],
    ['“双重积极作用”是港澳政协委员丰富履职实践和突出履职特色的重要内容。', []],
    ['香港政协委员王明出席活动。', []],
    ['澳门政协委员李华率团来访。', []],
    // (page 525) the 省政协's members from Hong Kong and Macao: no 澳门 party committee
    ['甘肃省政协召开会议。省注册会计师协会捐款50万元,省政协港澳委员会通过省海外联谊会捐款82万余元。', ['甘肃省政协', '甘肃省注册会计师协会', '甘肃省海外联谊会']],
    // controls: mainland committees beside them, and a government of a special administrative region
    ['广东省政协组织港澳政协委员开展视察。', ['广东省政协']],
    ['香港特区政府代表出席,全国政协委员王明陪同。', ['香港特区政府', '全国政协']],
  ])('%s', (text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort())
  })
})
