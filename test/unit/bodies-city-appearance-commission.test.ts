import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 24 (departments, dev 1169): 天津's districts name their commission for city appearance and parks 市容和园林委
// (市容和园林管理委员会, also 市容园林委), a body of the district after 区 or in its list (data/bodies.tsv); its 市 is part
// of the word 市容, no region word. Sentences written for this test; expected values by hand.
describe('bodies: the district commission for city appearance and parks', () => {
  it.each<[string, Array<[string, string]>]>([
    ['委员们与区建委、市容和园林委、文化局负责人交流。河西区政协主席刘开基介绍。', [['河西区建委', '河西区'], ['河西区市容和园林委', '河西区'], ['河西区文化局', '河西区']]],
    ['河西区政协视察,区市容和园林委负责人参加。', [['河西区市容和园林委', '河西区']]],
    ['南开区政协组织委员视察,区市容园林委主任张三陪同。', [['南开区市容园林委', '南开区']]],
    ['天津市河北区市容和园林管理委员会负责人汇报。', [['河北区市容和园林管理委员会', '河北区']]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(expect.arrayContaining(bodies))
  })

  it.each<[string, string[]]>([
    // the work, no body
    ['河西区政协视察,要求加强市容和园林管理工作。', ['河西区政协']],
  ])('%s: %j', (text, all) => {
    expect(names(text)).toEqual(all)
  })
})
