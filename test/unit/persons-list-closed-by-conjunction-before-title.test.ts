import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles.join('、')])

// A conjunction (及, 和, 以及) written right after the last name of a 、-list, before the title of the next name
// (副主席A、B、C及秘书长D): the conjunction closes the list and the title is the next person's; the segmenter glues
// it to a two-character name before it (姜玲及/x). Hand-checked truth (GUIDE.md: names as written, whole titles;
// a title given once for a list belongs to each name). (page N) marks a dev page's sentence, the others were
// written for this test.
describe('persons: a conjunction closing a list of names before the next title', () => {
  it.each([
    // (page 1144)
    ['市政协副主席段振国、潘双林、姜玲及秘书长王美英参加活动。', [['段振国', '副主席'], ['潘双林', '副主席'], ['姜玲', '副主席'], ['王美英', '秘书长']]],
    ['县政协副主席刘洋、何平、吴静及秘书长许文出席会议。', [['刘洋', '副主席'], ['何平', '副主席'], ['吴静', '副主席'], ['许文', '秘书长']]],
    ['区政协副主席王宇、庄毅、周苏萍及秘书长孔杰峰参加调研。', [['王宇', '副主席'], ['庄毅', '副主席'], ['周苏萍', '副主席'], ['孔杰峰', '秘书长']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it.each([
    // not after a list mark: a name of its own before a title (王建和 主席 would read the same; no list is closed)
    ['县委书记王建和县长李强出席。', [['王建', '县委书记'], ['李强', '县长']]],
    // a name already closed by the list: nothing changes
    ['副主席张建国、李明华以及赵志刚出席。', [['张建国', '副主席'], ['李明华', '副主席'], ['赵志刚', '副主席']]],
  ])('%s: as before', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
