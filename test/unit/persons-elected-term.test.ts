import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A title given by a verb of election with a term before the body (当选第五届市书协主席, 选举X为第五届市作协主席):
// the name, the title and the body written there (GUIDE.md: the body part of a title goes to org). Seen on dev 706
// (13 names) and survey pages (石柱县作协: 谭岷江当选第五届县作协主席; 东阳市作协). Sentences of our own; expected
// values written by hand.
describe('persons: elected to a title with a term before the body', () => {
  it.each([
    ['其中,喻红当选第三届县书协主席,鄢芳当选第二届县音协副主席。', '喻红', ['主席'], '县书协'],
    ['其中,喻红当选第三届县书协主席,鄢芳当选第二届县音协副主席。', '鄢芳', ['副主席'], '县音协'],
    ['会上,欧阳明远当选第三届县美协主席。', '欧阳明远', ['主席'], '县美协'],
    ['大会选举张建华为第五届市作协主席。', '张建华', ['主席'], '市作协'],
    ['赵光当选第四届市文联主席,钱程当选副主席。', '赵光', ['主席'], '市文联'],
  ])('%s → %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  // The term in Arabic digits (a review of round 13): 当选第5届市作协主席 as 当选第五届市作协主席. Sentences of our own.
  it.each([
    ['会上,王明当选第5届市作协主席。', '王明', ['主席'], '市作协'],
    ['大会选举李红为第12届县书协主席。', '李红', ['主席'], '县书协'],
    ['其中,陈东当选第3届县音协副主席。', '陈东', ['副主席'], '县音协'],
  ])('%s → %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it('an elected title with its body written whole takes that body, not the one before (李明当选为区科协副主席)', () => {
    expect(person('大会选举张建华为市作协主席,李明当选为区科协副主席。', '李明')?.org).toBe('区科协')
  })

  // A term between the body and the title (钱程当选市侨联第三届委员会主席; round 14: 市政协十一届委员会主席 on dev 735,
  // 800 and a survey page of 深圳市政协): data/title-words.tsv, term. Sentences of our own; expected values by hand.
  // Still a gap there: the name 钱程 (a word of the dictionary) is not read at all.
  it.fails('钱程当选市侨联第三届委员会主席 → 钱程, org 市侨联', () => {
    expect(person('会议选举产生了新一届主席团,钱程当选市侨联第三届委员会主席。', '钱程')?.org).toBe('市侨联')
  })
  it('王晓程当选市侨联第三届委员会主席 → org 市侨联', () => {
    expect(person('会议选举产生了新一届主席团,王晓程当选市侨联第三届委员会主席。', '王晓程')).toMatchObject({ roles: ['主席'], org: '市侨联' })
  })
  it.each([
    ['大会选举产生了新一届领导班子,刘卫东当选为市政协第九届委员会主席。', '刘卫东', ['主席'], '市政协', true],
    ['周敏、孙立当选为县政协十二届委员会副主席,吴江当选为秘书长。', '周敏', ['副主席'], '县政协', true],
    ['周敏、孙立当选为县政协十二届委员会副主席,吴江当选为秘书长。', '孙立', ['副主席'], '县政协', true],
    ['大会还选举郑海为州政协第10届委员会秘书长。', '郑海', ['秘书长'], '州政协', true],
    ['区政协第八届委员会主席马林出席会议并讲话。', '马林', ['主席'], '区政协', true],
  ])('%s → %s', (text, name, roles, org, cppccMember) => {
    expect(person(text, name)).toMatchObject({ roles, org, cppccMember })
  })
})
