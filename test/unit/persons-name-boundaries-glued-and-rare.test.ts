import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Where a name begins and ends when the segmenter cuts it elsewhere (round 20b; dev 1050: 工作站及何银萍、马天轶、 gave 银萍
// and 马天). Sentences written for this test, the expected names worked out by hand.
describe('persons: a conjunction the segmenter glued to the surname', () => {
  // 及 is a conjunction, no surname's part: 及何/x 银萍/x is 及 何银萍 (data/function-words.tsv, glued-before), as 与, 同 were.
  it.each([
    ['区政协副主席张建华及何银萍委员出席活动。', ['张建华', '何银萍']],
    ['工作站及何银萍、马天轶、王晓东为工作站揭牌。', ['何银萍', '马天轶', '王晓东']],
    ['会议由区政协副主席及何银萍主持。', ['何银萍']],
    ['区政协副主席张建华与何银萍委员出席活动。', ['张建华', '何银萍']],
    ['区政协副主席张建华和何银萍委员出席活动。', ['张建华', '何银萍']],
    ['副主席李明及汪晓红出席会议。', ['李明', '汪晓红']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '委员们及时提交了提案。',
    '各界别委员及特邀代表参加会议。',
  ])('%s: no person', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('persons: a rare third character closed by a mark', () => {
  // 马天/x 轶/n 、: the segmenter left the third character alone and a mark closes it (closedThird); a character that jieba's
  // names never use (轶) no longer cuts the name short there.
  it.each([
    ['市政协委员马天轶，区政协委员张华出席。', ['马天轶', '张华']],
    ['市政协委员马天轶、李晓东参加调研。', ['马天轶', '李晓东']],
    ['委员王一轶、李晓东参加调研。', ['王一轶', '李晓东']],
    ['主席吴才运，副主席李明出席。', ['吴才运', '李明']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Controls: a third character that is a verb, a credit or a word of place stays out (closedThird's own limits).
  it.each([
    ['记者李华摄。', ['李华']],
    ['委员张明说，要抓好落实。', ['张明']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('persons: two names set apart by a space', () => {
  // （文：张明 李华）: a name before the space and one after it are two names; no name takes the end of the first and the
  // whole second (明李华). A name cut by OCR (欧 阳丽娟) is still joined.
  it.each([
    ['（文：张明 李华）', ['张明', '李华']],
    ['（文/张明 李华）', ['张明', '李华']],
    ['作者：李宏 鲍蔓华', ['李宏', '鲍蔓华']],
    ['欧 阳丽娟委员说，要抓好落实。', ['欧阳丽娟']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('persons: a surname the segmenter read as a function word in a list of names', () => {
  // 、曾/d 自香/x 、 and ，于/p 洪文/x 、: inside a 、-list, or as the first item of one that opens a clause, the character
  // is the surname (listedFunctionSurname, as 、于/p 建华/nz 、 was; dev 633, 784).
  it.each([
    ['梁锡光、余锋光、陈梅冰、曾自香、吴善球、骆德祥等港区政协委员出席。', ['梁锡光', '余锋光', '陈梅冰', '曾自香', '吴善球', '骆德祥']],
    ['毕泗生不再担任省政协秘书长职务，于洪文、孙立新、孙庆传、李同道当选为省政协常委。', ['毕泗生', '于洪文', '孙立新', '孙庆传', '李同道']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '会议强调，都要认真、都要负责、都要落实。',
    '委员们认真学习、曾多次、反复讨论。',
    '坚持和平、发展、合作、共赢。',
  ])('%s: no person', (text) => {
    expect(names(text)).toEqual([])
  })
})
