import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth: sentences of real pages (dev page 642, 640; survey pages of round 12) with Uyghur, Kazakh and
// Tibetan names. A name joined by a middle dot ends before 应邀 (a verb of presence), after 地 (a name's last
// character, not the particle) and before 当选 however far its title (data/title-words.tsv, dotted-end).
describe('persons: a dotted name ends where its sentence goes on', () => {
  it.each([
    ['自治区副主席木合亚提·加尔木哈买提应邀出席会议并作自治区深入实施文化润疆有关情况的报告。', ['木合亚提·加尔木哈买提']],
    ['全国人大常委会原副委员长司马义·铁力瓦尔地应邀出席。', ['司马义·铁力瓦尔地']],
    ['賽爾建·烏合拜當選為自治州政協第十四屆委員會主席;孔令勝當選為自治州政協第十四屆委員會秘書長;', ['赛尔建·乌合拜', '孔令胜']],
    ['艾斯比顿·赛买提当选为自治州政协第十四届委员会副主席。', ['艾斯比顿·赛买提']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('keeps the title written before the name', () => {
    const p = analyzer.analyze('全国人大常委会原副委员长司马义·铁力瓦尔地应邀出席。').persons[0]!
    expect(p.roles).toEqual(['原副委员长'])
  })

})

// Tibetan names of two parts written without a dot (data/minority-name-parts.txt): 多吉 + 次珠, 泽塔 + 雍措.
describe('persons: Tibetan names of two parts', () => {
  it.each([
    ['自治区政协副主席多吉次珠主持会议。', ['多吉次珠']],
    ['区党委常委、区政协党组副书记、副主席嘎玛泽登出席会议听取委员发言。', ['嘎玛泽登']],
    ['中新网拉萨8月16日电(泽塔雍措 拉巴卓玛)西藏政协工作交流座谈会16日在拉萨召开。', ['泽塔雍措', '拉巴卓玛']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // A name of one part (拥措, 才保) has nothing but its context to tell it.
  it.fails('州政协副主席龚建忠,秘书长拥措参加专题调研考察 (a one-part Tibetan name)', () => {
    expect(names('州政协副主席龚建忠,秘书长拥措参加专题调研考察')).toEqual(['龚建忠', '拥措'])
  })
})
