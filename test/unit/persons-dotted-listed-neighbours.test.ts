import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. A dotted name whose characters read little like a transliteration (Chinese characters in part:
// 曲鲁木·曲红, 肖开提·依明) is a name where it is an item of a 、-list right beside a dotted name that reads as one.
describe('persons: a dotted name in a 、-list beside another dotted name', () => {
  it.each([
    // dev 735 (an election list)
    ['焦亦民、李新军、古丽巴尔琴·赛力克拜、周立新、曲鲁木·曲红、艾斯比顿·赛买提当选为自治州政协副主席。',
      ['焦亦民', '李新军', '古丽巴尔琴·赛力克拜', '周立新', '曲鲁木·曲红', '艾斯比顿·赛买提']],
    // dev 801 (a list of guests)
    ['陈小江、艾尔肯·吐尼亚孜、祖木热提·吾布力、肖开提·依明、艾斯海提·克里木拜、何忠友、张柱到会祝贺。',
      ['陈小江', '艾尔肯·吐尼亚孜', '祖木热提·吾布力', '肖开提·依明', '艾斯海提·克里木拜', '何忠友', '张柱']],
    ['肖开提·依明、艾斯海提·克里木拜出席。', ['肖开提·依明', '艾斯海提·克里木拜']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // Slogans and sites written with a dot, in a list beside no dotted name, or far from names.
    ['参观了烈士·名人园、纪念馆和博物馆。', []],
    ['开展书香政协·悦读江城、艾尔肯·吐尼亚孜等活动。', ['艾尔肯·吐尼亚孜']],
    ['打造书香政协·悦读江城、有事来协商·共襄齐乐事品牌。', []],
  ])('control: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
