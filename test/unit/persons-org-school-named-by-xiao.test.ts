import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// 校 alone before a title (校党委副书记, 校长助理 aside) names again the school or university the report has named, as
// 学校, 我校 do (data/self-institution-words.tsv): the title's org is that institution (GUIDE.md: org, the body of that
// role where the text says it; as 聊城大学 党委副书记 on 651). (page N) marks a dev page's sentence, the others were
// written for this test.
describe('persons: a title after 校 naming the university again', () => {
  it.each([
    // (page 1150)
    ['韩军一行来到山东第一医科大学实地调研。校党委副书记刘思金陪同调研。', '刘思金', ['党委副书记'], '山东第一医科大学'],
    ['委员们来到聊城大学调研。校党委书记张华介绍了学科建设情况。', '张华', ['党委书记'], '聊城大学'],
  ])('%s → %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it.each([
    // no school named before it
    ['校党委副书记李强出席会议。', '李强'],
    // 校 inside a word: every school's (高校, 全校), no one school
    ['委员们来到聊城大学调研。全市高校党委书记王芳参加。', '王芳'],
  ])('%s: no institution for %s', (text, name) => {
    expect(person(text, name)?.org ?? null).toBeNull()
  })
})
