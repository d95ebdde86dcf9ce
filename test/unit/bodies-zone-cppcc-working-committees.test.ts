import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const cppcc = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc').map((c) => [c.name, c.region])

// A development zone or new area has a CPPCC working committee as a township has (dev-pages README: a 政协工委 of a named
// town or street is a body): zone + 政协 + 工委 (雨花经济开发区政协工委, dev 757), or 政协工委 bare on a page about one zone
// (松山新区, dev 1112). Named from the zone as written, region the page's home (a zone is no division), as the zone's
// 党工委 and 管委会 are. A township's 工委 and 工作委员会 are one body, named by the first mention (dev 606).
// Expected values by hand.
describe("a zone's CPPCC working committee", () => {
  it.each([
    ['南京市雨花台区政协主席出席。雨花经济开发区政协工委将整理汇总建议。', [['雨花台区政协', '雨花台区'], ['雨花经济开发区政协工委', '雨花台区']]],
    ['旬阳县政协主席调研高新区。高新区政协工委主任张三汇报工作。', [['旬阳县政协', '旬阳县'], ['高新区政协工委', '旬阳县']]],
    ['旬阳县政协主席出席旬阳高新区政协工作委员会揭牌仪式。', [['旬阳县政协', '旬阳县'], ['旬阳高新区政协工作委员会', '旬阳县']]],
    ['锦州市政协视察松山新区。松山新区工委书记邢恩国，政协工委副主任辛欣陪同。松山新区发展很快。', [['锦州市政协', '锦州市'], ['松山新区政协工委', '锦州市']]],
    ['宜宾市叙州区高场镇举行高场镇政协工作委员会揭牌仪式。希望高场镇政协工委主动作为。', [['高场镇政协工作委员会', '高场镇']]],
  ])('%s', (text, expected) => {
    expect(cppcc(text)).toEqual(expected)
  })

  // Controls: a region above the zone (县政协工委 is no zone's), every zone (各开发区), a page about no zone, the zone
  // word as an object of a verb (推进开发区建设 names a kind of zone).
  it.each([
    ['旬阳县政协工委主任出席。'],
    ['各开发区政协工委主任出席。'],
    ['政协工委主任出席。'],
    ['推进开发区建设，推动开发区转型。政协工委主任出席。'],
  ])('no zone working committee in %s', (text) => {
    expect(cppcc(text).filter(([n]) => n!.endsWith('工委') || n!.endsWith('工作委员会'))).toEqual([])
  })
})
