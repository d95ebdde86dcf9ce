import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons
const spans = (text: string) => persons(text).flatMap((p) => p.mentions.map((m) => [p.name, m.start, m.end]))

// Hand-written sentences for classes of general news (none taken from the People's Daily set).
describe('persons in general news', () => {
  it.each([
    // A doctrine named after a person: the segmenter makes one word of both (邓小平理论/nr, 马克思主义/n).
    ['全体党员认真学习邓小平理论。', '邓小平', 8, 11],
    ['他们坚持马克思主义的立场。', '马克思', 4, 7],
    ['大力宣传毛泽东思想。', '毛泽东', 4, 7],
    // Transliterated names the segmenter cut short or glued to the next characters.
    ['董事长马丁·伯德宣布，公司将扩建。', '马丁·伯德', 3, 8],
    ['俱乐部主席汉斯·埃德尔曼及随行人员抵达。', '汉斯·埃德尔曼', 5, 12],
    ['外交部长彼得罗夫斯基延科均出席了会议。', '彼得罗夫斯基延科', 4, 12],
    ['队长埃里克·索伦森捆绑行李。', '埃里克·索伦森', 2, 9],
    ['教练卡尔松杰时常提醒队员。', '卡尔松杰', 2, 6],
    // Nouns for people before a name, words that only follow a person's name.
    ['候选人帕雷德斯竞选的口号很响亮。', '帕雷德斯', 3, 7],
    ['警方抓获了毒枭罗德里格斯。', '罗德里格斯', 7, 12],
    ['后防线伤了主力贝洛蒂，问题不大。', '贝洛蒂', 7, 10],
    ['为此，萨瓦里斯敦促各方保持克制。', '萨瓦里斯', 3, 7],
    ['这位小说家的作品中，汉密尔顿生前的手稿最珍贵。', '汉密尔顿', 10, 14],
    // A name's last character that the segmenter set apart (韩韵/x 舒/zg).
    ['民盟市委委员韩韵舒：在基础教育中引入人工智能', '韩韵舒', 6, 9],
  ])('%s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it.each([
    // The party's formula: a list of doctrines is a set phrase, not a mention of its founders.
    ['坚持以马克思列宁主义、毛泽东思想、邓小平理论为指导。'],
    // Two-character heads of doctrine words that are no names.
    ['反对官僚主义和沙文主义。'],
    // Transliterated places: a last character that ends places.
    ['在肯特郡的试验结果良好。'],
    ['他们参观了莱克伍德县。'],
    // A conjunction before other words is no surname (和芬兰, 和明仁).
    ['他和芬兰外长举行了会谈。'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })

  it('reads no surname into a conjunction after a cue (女王和明仁天皇)', () => {
    expect(persons('女王和明仁天皇乘坐马车。').map((p) => p.name)).not.toContain('和明仁')
  })
})
