import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 20b: a township body written counted or for every township (10个镇工委, 各镇工委, 所有镇党委) names no one body
// (README: generic forms naming every township are not bodies), and so does the same form written bare on such a page
// where no township is written (dev 1053: 县政协召开镇工委、工作组年度工作述职会议 … 10个镇工委负责人 … 各镇工委).
// A named township's body still counts. Expected values by hand.

describe('bodies: township bodies written for every township', () => {
  it.each([
    ['所有镇工委都参加了。'],
    ['所有镇党委书记参加。'],
    ['所有镇政协工委负责人述职。'],
    ['会上，10个镇工委负责人先后进行了年终述职。'],
    ['各镇工委坚持结合自身实际。'],
    // The bare form on a page that writes it for every township.
    ['县政协召开镇工委、工作组年度工作述职会议。会上，10个镇工委负责人先后进行了年终述职。各镇工委坚持结合自身实际。'],
    ['县政协召开镇工委述职会议。所有镇工委负责人参加。'],
  ])('%s: no township body', (text) => {
    expect(names(text).filter((n) => /镇/.test(n))).toEqual([])
  })

  it.each([
    // Controls: a named township's body counts beside the generic form.
    ['双峰县花门镇政协工委只有7名县政协委员。各镇政协工委要积极履职。', '花门镇政协工委'],
    ['双峰县花门镇召开会议。镇党委书记讲话。各镇党委要抓好落实。', '花门镇党委'],
    ['双峰县花门镇召开会议。镇党委书记讲话。所有镇党委要抓好落实。', '花门镇党委'],
    // …and the bare form alone stays as written where the page writes no generic one.
    ['县政协召开镇工委年度工作述职会议。', '镇工委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
