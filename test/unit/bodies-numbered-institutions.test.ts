import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Round 11 (r11-bodies-b): hospitals and schools a city or county numbers after itself (市第一人民医院,
// 南京市第二医院, 县第七小学, 市第二实验小学) and its hospital of Chinese and Western medicine. Seen on dev pages
// 411 (县第七小学) and 569 (南京市第二医院, 省中西医结合医院) and on two surveyed pages (金坛第一人民医院,
// 市第二实验小学). Expected values hand-checked by test/fixtures/dev-pages/README.md (public institutions are
// bodies, kind other, region the place that names them; a relative word takes the region the page writes).

describe('bodies: a numbered hospital or school after its region', () => {
  it.each([
    ['泰州市第一人民医院院长张明参加。', '泰州市第一人民医院', '泰州市'],
    ['南京市第二医院的专家参加义诊。', '南京市第二医院', '南京市'],
    ['石家庄市第五医院举行开放日。', '石家庄市第五医院', '石家庄市'],
    ['视察了武城县第二实验小学。', '武城县第二实验小学', '武城县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })
})

describe('bodies: a numbered hospital or school after a relative word is the written region\'s', () => {
  it.each([
    ['武城县政协视察了弦歌湖公园、县第七小学。', '武城县第七小学', '武城县'],
    ['合肥市政协委员来到市第二实验小学送去助学金。', '合肥市第二实验小学', '合肥市'],
    ['德阳市政协组织委员到市第二人民医院调研。', '德阳市第二人民医院', '德阳市'],
    ['江苏省政协组织义诊，省中西医结合医院专家参加。', '江苏省中西医结合医院', '江苏省'],
    ['武城县政协视察县中西医结合医院。', '武城县中西医结合医院', '武城县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it('keeps the name as written where the page writes no region', () => {
    expect(names('县第一小学的学生参加。')).toEqual(['县第一小学'])
  })
})

describe('bodies: no numbered institution without a region word or for an ordinal count', () => {
  it.each([
    ['这是我们第一次到人民医院。'],
    ['他是全市第一个人民医院的院长。'],
    ['这是我市第一所小学。'],
    ['第二小学的学生参加活动。'],
    ['全县第一批实验小学挂牌。'],
  ])('%s', (text) => {
    expect(names(text).filter((n) => /医院|小学/.test(n))).toEqual([])
  })
})
