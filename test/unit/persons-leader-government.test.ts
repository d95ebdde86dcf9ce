import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth; sentences written for these tests in the form of foreign news. A leader's name the dictionary
// knows before the government the leader heads (data/leader-government-words.txt) is a person, although a government
// word after a name-like word otherwise makes it a place (斯里兰卡政府); the segmenter writes 克林顿政府 as one word.
describe('persons: a leader named by the government the leader heads', () => {
  it.each([
    ['克林顿政府宣布对该国实施新的经济制裁。', ['克林顿']],
    ['叶利钦政府随后提出了新的预算方案。', ['叶利钦']],
    ['布什政府坚持要求国会通过这项法案。', ['布什']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // Countries and former states (data/former-countries.txt) before 政府, tagged as names by the segmenter.
    ['南斯拉夫政府拒绝了这一要求。'],
    ['马其顿政府宣布辞职。'],
    ['斯里兰卡政府表示欢迎。'],
    ['美国政府发表声明。'],
    // Common words the dictionary tags as names (阳光/nr, 智慧/nr) before 政府.
    ['要建设阳光政府、法治政府、智慧政府。'],
    ['市政府召开常务会议。'],
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
