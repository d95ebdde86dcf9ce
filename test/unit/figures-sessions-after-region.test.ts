import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A session numbered right after its region's level word or name (县七次党代会, 市十五次党代会: the short of 县第七次党代会)
 * is the session of that region's body, an ordinal as after a term (届); sessions counted after a verb, an adverb or a
 * demonstrative stay figures. Expected values worked out by hand.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit }) => ({ text, value, unit }))

describe('a session numbered after its region is an ordinal', () => {
  it.each([
    ['县政协机关要早作准备,认真学习贯彻县七次党代会精神,积极宣传党代会精神'],
    ['把县七次党代会精神传递到群众中去'],
    ['深入学习贯彻省十一次党代会精神'],
    ['会议传达了市十五次党代会精神'],
    ['全面落实区四次党代会部署'],
    ['学习贯彻泉州市十二次党代会精神'],
    ['圍繞縣七次黨代會確定的目標任務'],
    ['自治区十次党代会以来,全区经济持续发展'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))
})

describe('sessions counted stay figures (controls)', () => {
  it.each([
    ['今年县政协共召开五次常委会议', [{ text: '五次', value: 5, unit: '次' }]],
    ['市政协先后召开了三次会议', [{ text: '三次', value: 3, unit: '次' }]],
    ['这三次会议收集了报告意见', [{ text: '三次', value: 3, unit: '次' }]],
    ['县两次党代会之间,区县政协换届', [{ text: '两次', value: 2, unit: '次' }]],
    ['全年共召开7次常委会会议', [{ text: '7次', value: 7, unit: '次' }]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
