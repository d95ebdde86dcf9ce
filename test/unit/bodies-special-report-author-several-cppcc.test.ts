import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A special committee written alone as the author of a report titled after it (民族宗教委的《关于…的报告》) on a page that
// names several CPPCC committees (its own and visitors'): the committee of the article's home 政协 (dev-pages README:
// <region>政协 + the special committee as written; dev 506). Sentences written for the test.
describe('bodies: a special committee authoring a report on a page of several CPPCC committees', () => {
  it.each([
    ['2022年铜陵市铜官区政协加强与外地政协的联系，接待了黄山市屯溪区政协一行。每次外出考察，都形成专题考察报告，如民族宗教委的《关于赴西藏自治区学习考察的报告》和文化文史学习委的《关于红色文化传承的调研报告》。', ['铜官区政协民族宗教委', '铜官区政协文化文史学习委']],
    ['今年以来，六安市金安区政协先后接待了合肥市蜀山区政协、安庆市大观区政协考察团。会后形成了提案委的《关于推进智慧城市建设的报告》。', ['金安区政协提案委']],
  ])('%s → %s', (text, expected) => {
    const got = names(text)
    for (const n of expected) expect(got).toContain(n)
  })
  it.each([
    // Controls: no report after it on a page of several 政协: no special committee is made of it.
    ['2022年铜陵市铜官区政协接待了黄山市屯溪区政协一行，如民族宗教委介绍了工作。', '民族宗教委'],
    // …nor of the visitors' committee.
    ['2022年铜陵市铜官区政协加强与外地政协的联系，接待了黄山市屯溪区政协一行。如民族宗教委的《关于赴西藏自治区学习考察的报告》。', '屯溪区政协民族宗教委'],
  ])('%s names nothing ending in %s', (text, name) => {
    expect(names(text).some((n) => n.endsWith(name) && n !== '铜官区政协民族宗教委')).toBe(false)
  })
})
