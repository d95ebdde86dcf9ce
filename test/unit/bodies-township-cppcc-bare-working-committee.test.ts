import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A township's CPPCC working committee written once with 政协 (政协下涯镇工委) and elsewhere without it (建德下涯镇工委,
// 下涯镇工委负责人): the bare form is a further mention of that one body, not a party body of the town (dev 1206; the
// dev-pages README names a township's 政协工委 from township + 政协 + body). Expected values by hand.
describe('bodies: a township 政协工委 also written without 政协', () => {
  it.each([
    // (page 1206)
    ['建德下涯镇工委:开展专项民主监督活动。据悉,政协下涯镇工委将持续关注人居环境整治。', [['下涯镇政协工委', 'cppcc', '下涯镇']]],
    ['政协下涯镇工委组织委员视察。下涯镇工委负责人说道,要按照镇党委的安排推进。', [['下涯镇政协工委', 'cppcc', '下涯镇'], ['下涯镇党委', 'party', '下涯镇']]],
    ['花门镇政协工委召开会议。会后,花门镇工委主任介绍了委员履职情况。', [['花门镇政协工委', 'cppcc', '花门镇']]],
  ])('%s', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })

  it.each([
    // no 政协 form of that township's committee on the page: the bare form is not made a CPPCC body
    ['下涯镇工委负责人说道。'],
    // another township's 工委: not the named one's
    ['政协下涯镇工委组织视察。杨村桥镇工委负责人参加。'],
    // a congress's working committee in the street (荷城街道 after 常委会): not the 政协's
    ['政协荷城街道工委组织视察。区人大常委会荷城街道工委主任参加。'],
    // a street's party working committee, its secretary after it: not the 政协's
    ['政协荷城街道工委组织视察。荷城街道工委书记李明出席。'],
  ])('no bare further mention in %s', (text) => {
    // every mention of a CPPCC body writes 政协
    expect(analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc').every((c) => c.mentions.every((m) => m.text.includes('政协')))).toBe(true)
  })
})
