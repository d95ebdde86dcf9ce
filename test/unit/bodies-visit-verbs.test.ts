import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 26 (r26-fixinst, review leftover): the words read back before an institution's or a hospital's head word stop at a
// verb of going or visiting (data/visit-verbs.tsv): the visitors and the place they go to are no one body's name
// (GUIDE.md: universities and institutes named in full). Expected values hand-checked.
describe('bodies: a visit verb ends the words before an institution', () => {
  it.each([
    ['浙江大学学生参观研究所。', ['浙江大学']],
    ['清华大学教师走访研究院。', ['清华大学']],
    ['武汉大学专家到医院义诊。', ['武汉大学']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

// Controls: a field written between a university and its institute is the institute's name (no visit verb).
describe('bodies: an institute named by its field after its university', () => {
  it.each([
    ['华中科技大学国家治理研究院院长张三出席。', '华中科技大学国家治理研究院'],
    ['他是长春中医药大学教授。', '长春中医药大学'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
