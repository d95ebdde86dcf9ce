import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A report names again an institution it has named by a word of its own before a title (学院党委书记, 我校党委书记,
// 学校党委委员、副院长, 我院院长): the title's org is that institution (GUIDE.md: org, the body of that role where the text
// says it; data/self-institution-words.tsv). No new body is listed. Expected values by hand; (page N) marks a dev page's
// sentence (933 in traditional characters, as printed), the others were written for this test.
describe('persons: a title after the word by which a report names its institution again', () => {
  it.each([
    // (page 933)
    ['鄭州市政協領導來鄭州職業技術學院視察。學院黨委書記張桂蘭致歡迎辭。', '张桂兰', ['党委书记'], '郑州职业技术学院'],
    // (page 924)
    ['省政协调研组到聊城职业技术学院实地调研。市政协主席曾晓黎,我校党委书记靳凤莲陪同调研。', '靳凤莲', ['党委书记'], '聊城职业技术学院'],
    ['省政协调研组到聊城职业技术学院实地调研。学校党委委员、副院长刘雪巍参加活动。', '刘雪巍', ['党委委员', '副院长'], '聊城职业技术学院'],
    ['县政协视察组来到清丰县人民医院。在我院院长王明的陪同下,委员们参观了急诊大楼。', '王明', ['院长'], '清丰县人民医院'],
  ])('%s → %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it('no new body: the word is a further mention of the institution', () => {
    const text = '省政协调研组到聊城职业技术学院实地调研。我校党委书记靳凤莲陪同调研。'
    expect(bodies(text).filter((n) => n.endsWith('学院') || n.endsWith('校'))).toEqual(['聊城职业技术学院'])
  })

  it.each([
    // no institution of the word's kind named before it
    ['省政协文教卫体和文史委员会主任一行来学院调研。学院党委书记周忠新陪同。', '周忠新'],
    ['委员们到城关镇卫生院调研。学院党委书记周忠新陪同。', '周忠新'],
    // after a noun: every school's head, no one school
    ['委员们到聊城大学调研。全县学校校长王强参加。', '王强'],
  ])('%s: no institution for %s', (text, name) => {
    expect(person(text, name)?.org ?? null).toBeNull()
  })
})
