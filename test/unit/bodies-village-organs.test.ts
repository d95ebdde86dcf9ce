import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// Round 20b: the bodies of a village or community (README: village and neighbourhood committees are bodies, X村村委会,
// kind government; a village's party branch, kind party; a village itself is no place and no body). Expected values
// worked out by hand from that convention; forms of dev pages 323 (爨底下村党支部), 613 (查家湾村委), 338 (琼林村党支部),
// 877 (里士村委会), 1020 (农业农村委: no village).

describe('bodies: a village or community and its organ', () => {
  it.each([
    // The committee written short (村委 for 村委会), as written.
    ['郑陆镇政协工委在查家湾村委举行社情民意协商点授牌仪式。', '查家湾村委', 'government'],
    ['郑陆镇召开会议，感谢查家湾村委对反映社情民意信息工作的高度重视。', '查家湾村委', 'government'],
    ['荷城街道西江社区居委主任参加座谈。', '西江社区居委', 'government'],
    // A village's name the segmenter does not know, cut with a locative (爨 + 底下 + 村).
    ['走访慰问区政协委员、爨底下村党支部书记、村委会主任韩跃。', '爨底下村党支部', 'party'],
    ['门头沟区斋堂镇爨底下村党支部书记韩跃参加会议。', '爨底下村党支部', 'party'],
    // …and its committee written with 村委会 alone after it.
    ['走访慰问区政协委员、爨底下村党支部书记、村委会主任韩跃。', '爨底下村村委会', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind })
  })

  it.each([
    // A village's own committee is named from the village, not the township written before it.
    ['调研组深入易门县铜厂彝族乡里士村委会，了解情况。', '里士村委会', '铜厂彝族乡'],
    ['常州市天宁区郑陆镇查家湾村委会主任参加。', '查家湾村委会', '郑陆镇'],
    // …also where the township's name is longer than the words read back before the branch.
    ['林芝市米林县南伊珞巴民族乡琼林村党支部书记达娃介绍情况。', '琼林村党支部', '南伊珞巴民族乡'],
    // A village's body written without its township lies in the page's home (dev 323).
    ['门头沟区政协主席刘贵明到军响村调研，走访军响村党支部书记李广华。', '军响村党支部', '门头沟区'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ region })
  })

  it.each([
    // Controls: a generic committee, every village, no village's name; 农村 + 委 is no village's committee.
    ['村委书记张三参加会议。'],
    ['各村村委负责人参加会议。'],
    ['党委书记到村委走访。'],
    ['村委委员王五发言。'],
    ['各居委负责人参加。'],
    ['会上村党支部书记张三发言。'],
    ['在座谈会上村党支部书记张三发言。'],
    ['群众底下村委会主任说。'],
  ])('%s: no village body', (text) => {
    expect(committees(text).filter((c) => /村|社区|居委/.test(c.name))).toEqual([])
  })

  it('农业农村委 is a committee of agriculture, no village committee', () => {
    expect(names('民革个旧市委会农业农村委员会主任参加，农业农村委召开会议。')).not.toContain('农业农村委')
  })

  it('a community health centre keeps the township written before it', () => {
    expect(names('郭店镇中心社区卫生服务中心开展义诊。')).not.toContain('社区卫生服务中心')
  })
})
