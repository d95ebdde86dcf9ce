import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A prefecture's 政协 session report lists the delegations of its counties (参加市政协会议的北安市、孙吴县、爱辉区代表团)
// and names the city itself once, short (黑河): a bare 市委 / 市政协 there is the prefecture's, not the county-level city
// first in the list, nor a far city written twice inside an alliance's name (瑷珲——腾冲文化旅游合作发展联盟). Round 28, dev 373.
describe('a bare 市 word after a county-level city listed with its own counties means their city', () => {
  it.each([
    ['参加市政协五届五次会议的北安市、孙吴县、爱辉区代表团委员们投入到分组讨论中，围绕市委书记刘刚的讲话畅所欲言。', '黑河市委', '北安市委'],
    ['参加市政协会议的宜兴市、锡山区、惠山区委员分组讨论，市委书记出席。', '无锡市委', '宜兴市委'],
    ['孙吴县、北安市代表团委员们分组讨论，围绕市委书记的讲话畅所欲言。', '黑河市委', '北安市委'],
  ])('%s → %s, not %s', (text, want, not) => {
    const got = names(text)
    expect(got).toContain(want)
    expect(got).not.toContain(not)
  })

  // Known gap: the page's home is 腾冲, written twice in an alliance's name, so 市政协 before the list and the
  // 市委 of the next paragraph stay 腾冲's (a city gathering its counties' weight in the home lowered dev and held-out).
  it.fails('dev 373 whole: 市政协 before the list is 黑河市政协', () => {
    const text = '1月12日下午，参加市政协五届五次会议的北安市、孙吴县、爱辉区代表团委员们投入到分组讨论中。\n委员们认为，报告绘就了黑河未来发展蓝图。委员赵伟对建设瑷珲——腾冲文化旅游合作发展联盟，打造“瑷珲——腾冲”文化旅游长廊提出建议。'
    expect(names(text)).toContain('黑河市政协')
  })
})

describe('controls: the county-level city stays where the list does not name its own counties', () => {
  it.each([
    // a county-level city alone before the word: its own 市委
    ['北安市召开经济工作会议，市委书记出席并讲话。', '北安市委'],
    // listed with a county of another prefecture: the word means the city written, as before
    ['北安市、泗洪县两地政协座谈，市委书记出席。', '北安市委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  // Round 28 review: the page's own county-level city listed with one neighbour of its prefecture keeps its own 市委
  // (a single sibling does not move the home's word up; dev 373 lists two).
  it.each([
    ['宜兴市政协召开常委会议。宜兴市、锡山区政协委员联合视察，市委书记王明出席。', '宜兴市委', '无锡市委'],
    ['北安市政协召开会议。北安市、孙吴县两地委员座谈，市委副书记出席。', '北安市委', '黑河市委'],
  ])('the home listed with one neighbour: %s → %s, not %s', (text, want, not) => {
    const got = names(text)
    expect(got).toContain(want)
    expect(got).not.toContain(not)
  })
})
