import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// 学联委 after 政协 is the 政协's study and liaison committee written short (安乡县政协学联委: dev 655, 889), also first in a
// list of its special committees; 学联 without 政协 before it stays a students' federation. Expected values by hand.
describe('bodies: 政协学联委 is a special committee', () => {
  it.each([
    ['安乡县政协学联委组织委员视察松滋河。', '安乡县政协学联委'],
    ['8月17日，安乡县政协学联委、农业农村和人资环委联合深柳镇政协委员到松滋河调研。', '安乡县政协学联委'],
    ['8月17日，安乡县政协学联委、农业农村和人资环委联合深柳镇政协委员到松滋河调研。', '安乡县政协农业农村和人资环委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  // Controls: a students' federation is a mass organisation, no committee of a 政协.
  it.each([
    ['全国学联委员会召开会议。', '全国学联'],
    ['县学联组织学生参加活动。', '县学联'],
  ])('%s → %s (mass organisation)', (text, body) => {
    const found = analyzer.analyze(text).committees
    expect(found.find((c) => c.name === body)?.kind).toBe('mass-organisation')
    expect(found.some((c) => c.kind === 'cppcc-special')).toBe(false)
  })
})
