import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}:${p.roles.join('+')}`)

// A byline with no colon: a credit, a space, and names set apart by spaces to the line's end (人民日报记者 李心萍 祝大伟
// 刘新吾 游 仪; dev page 1141). The spaces say where each name ends (刘新/x 吾/r is 刘新吾), and a two-character name padded
// with a space to the width of three (游 仪) is one name, its span across the space.
describe('a byline set apart by spaces keeps each name whole', () => {
  it.each<[string, string[]]>([
    ['人民日报记者 李心萍 祝大伟 刘新吾 游 仪', ['李心萍:记者', '祝大伟:记者', '刘新吾:记者', '游仪:记者']],
    // Hand-written, like it: the padded name first, and a verb closing the credit, apart or joined by normalisation.
    ['本报记者 游 仪 李心萍', ['游仪:记者', '李心萍:记者']],
    ['记者 洛桑 唐斌 摄', ['洛桑:记者+摄', '唐斌:记者+摄']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it('the padded name spans the space in the original text', () => {
    const text = '人民日报记者 李心萍 刘新吾 游 仪'
    const p = analyzer.analyze(text).persons.find((x) => x.name === '游仪')
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['游 仪'])
  })

  it.each<[string, string[]]>([
    // Controls: spacing of every character by OCR is still joined (南 康 区), a line that goes on after the names is no
    // such byline, and a one-character space-padded surname with a word beside it stays as before.
    ['南 康 区 烈 士 陵 园', []],
    ['记者 张三 北京报道', ['张三:记者']],
    // (撰文 and 记者 set apart by a space are both 沈洁's credits: gold of dev 1137, persons-credit-lines.test.ts.)
    ['撰文 记者 沈 洁 通讯员 计益婷', ['沈洁:撰文+记者', '计益婷:通讯员']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
