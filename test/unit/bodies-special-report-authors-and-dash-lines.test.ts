import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A CPPCC special committee written bare right before the title of its report (农业农村委《关于…的调研报告》, 民族宗教委的
// 《…报告》) is the page's CPPCC committee's, also under a name a government gives one of its bodies too (经济委, 农业农村委,
// 民族宗教委) where the article names no government or congress body (dev 686, 506). A line of a dash-led list
// (  ——提案委员会就…) opens as a line does; a shared name there (——经济委员会围绕…) only the national committee's (dev 672).
// Expected values worked out by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a special committee before its report or at the head of a dash-led line', () => {
  it.each([
    // (page 686)
    ['利辛县政协召开主席会议，审议了农业农村委《关于用好衔接资金推进乡村振兴的调研报告》、经济委《关于培育壮大龙头企业的调研报告》。', ['利辛县政协农业农村委', '利辛县政协经济委']],
    ['金寨县政协召开常委会会议，会议审议了提案委的《关于提案办理情况的报告》。', ['金寨县政协提案委']],
    // (page 506)
    ['金寨县政协形成专题报告，如民族宗教委的《关于学习考察的报告》和文化文史学习委的《关于文化保护的报告》。', ['金寨县政协民族宗教委', '金寨县政协文化文史学习委']],
    // (page 672)
    ['全国政协召开会议。\n  ——提案委员会就建筑产业化组织委员建言献策；\n  ——经济委员会围绕宏观经济形势召集委员进行研讨；', ['全国政协提案委员会', '全国政协经济委员会']],
    ['金寨县政协召开会议。\n  ——提案委员会组织委员视察。', ['金寨县政协提案委员会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // a government's or a congress's committee before its report: no CPPCC's
    ['金寨县人民政府召开常务会议，审议了经济委员会《关于工业发展的报告》。', '金寨县政协经济委员会'],
    ['金寨县政协召开会议，县人大常委会审议了财政经济委员会《关于预算执行的报告》。', '金寨县政协财政经济委员会'],
    ['金寨县政协召开会议，县政府审议了经济委《关于工业发展的报告》。', '金寨县政协经济委'],
    // a shared name at a dash-led line of a local page: no CPPCC's
    ['金寨县政协召开会议。\n  ——经济委员会围绕宏观经济形势进行研讨；', '金寨县政协经济委员会'],
    // a dash inside a line opens no line
    ['金寨县政协召开会议，会议议题——经济委员会围绕宏观经济进行研讨。', '金寨县政协经济委员会'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
