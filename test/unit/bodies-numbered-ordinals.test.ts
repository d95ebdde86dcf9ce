import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Round 11 review: a numbered hospital or school is read by 第 + any Chinese ordinal before its base word
// (data/bodies.tsv rows with #, the ordinals from data/numerals.tsv), not only the numbers a row was written for.
// Expected values hand-checked by test/fixtures/dev-pages/README.md (public institutions are bodies, kind other;
// a relative word whose region the page never writes keeps the name as written, region null).

describe('bodies: any ordinal before a numbered hospital or school', () => {
  it('市第八人民医院、县第九小学 are two bodies, as 市第二中学 is', () => {
    expect(names('市第八人民医院、县第九小学')).toEqual(['市第八人民医院', '县第九小学'])
    expect(names('市第二中学')).toEqual(['市第二中学'])
  })

  it.each([
    ['泰州市第十一人民医院院长张明参加。', '泰州市第十一人民医院', '泰州市'],
    ['石家庄市第九医院举行开放日。', '石家庄市第九医院', '石家庄市'],
    ['视察了武城县第十二小学。', '武城县第十二小学', '武城县'],
    ['合肥市第六实验小学举行开学典礼。', '合肥市第六实验小学', '合肥市'],
    ['北京市第五十六中学的学生参加。', '北京市第五十六中学', '北京市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it('a numbered school is one body in both its forms (县第三中学 ≡ 县三中)', () => {
    const c = committees('县第三中学和县三中是一所学校。')
    expect(c.map((x) => [x.name, x.mentions.length])).toEqual([['县第三中学', 2]])
  })
})

describe('bodies: no numbered institution for an ordinal count or without a region word', () => {
  it.each([
    ['这是我们第一次到人民医院。'],
    ['他是全市第一个人民医院的院长。'],
    ['这是我市第一所小学。'],
    ['第二小学的学生参加活动。'],
    ['第九医院的医生参加义诊。'],
    ['全县第一批实验小学挂牌。'],
    ['全市第两小学挂牌。'],
  ])('%s', (text) => {
    expect(names(text).filter((n) => /医院|小学|中学/.test(n))).toEqual([])
  })
})
