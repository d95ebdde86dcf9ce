import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A CPPCC site files a page under one of its special committees, written in the breadcrumb after the section that
// gathers them (当前位置:首页 / 专委会工作 / 经济委员会: dev 432, gold 江苏省政协经济委员会): that segment is the page's CPPCC
// committee's special committee, a name a government's commission bears too (经济委员会) included, since the section
// says which. Breadcrumbs written for this test in the forms CPPCC sites print; expected values by hand.
describe('bodies: a special committee in a breadcrumb after the special-committee section', () => {
  it.each([
    ['当前位置:首页 / 专委会工作 / 经济委员会\n江苏省政协组织委员赴苏州调研。', '江苏省政协经济委员会'],
    ['当前位置：首页 > 专委会 > 提案委员会\n南京市政协召开提案工作座谈会。', '南京市政协提案委员会'],
    ['您的位置：首页 > 专门委员会 > 农业和农村委员会\n河北省政协组织委员视察。', '河北省政协农业和农村委员会'],
  ])('%s → %s', (text, want) => {
    expect(names(text)).toContain(want)
  })

  it.each([
    // Controls: a segment under another section, or a segment that goes on past the committee's name.
    ['当前位置:首页 / 新闻中心 / 经济委员会\n江苏省政协组织委员赴苏州调研。', '江苏省政协经济委员会'],
    ['当前位置:首页 / 专委会工作 / 经济委员会工作动态\n江苏省政协组织委员赴苏州调研。', '江苏省政协经济委员会'],
  ])('%s ↛ %s', (text, absent) => {
    expect(names(text)).not.toContain(absent)
  })
})
