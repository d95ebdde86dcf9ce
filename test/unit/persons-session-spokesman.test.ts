import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The spokesman of a CPPCC session (大会新闻发言人, 大会发言人) is a whole title (dev 250, 519 gold) of the 政协 whose
// session the page reports (data/roles.tsv, of cppcc), no office of it (cppccMember false). Sentences written for the test.
describe('persons: the spokesman of a session', () => {
  it.each([
    ['全国政协十四届二次会议新闻发布会举行。大会新闻发言人刘明介绍有关情况。', '刘明', '大会新闻发言人', '全国政协'],
    ['全国政协十二届五次会议新闻发布会在人民大会堂举行，大会发言人王国庆回答记者提问。', '王国庆', '大会发言人', '全国政协'],
    ['长春市政协十四届三次会议新闻发布会召开，大会新闻发言人李明介绍会议议程。', '李明', '大会新闻发言人', '长春市政协'],
  ])('%s → %s', (text, name, role, org) => {
    expect(person(text, name)).toMatchObject({ roles: [role], org, cppccMember: false })
  })
})

// The session named nearest before the title may be a 人大's (a review of round 13: 全国政协十四届一次会议今天开幕。
// 十四届全国人大一次会议大会发言人王超…): the spokesman is then that congress's, never the page's 政协 (data/roles.tsv, of
// cppcc congress: the last of either kind before the title). Sentences of our own alike.
describe('persons: the spokesman of a congress session on a CPPCC page', () => {
  it.each([
    ['全国政协十四届一次会议今天开幕。十四届全国人大一次会议大会发言人王超向中外媒体介绍大会议程。', '王超', '大会发言人', '全国人大'],
    ['全国政协十三届五次会议3月4日开幕。十三届全国人大五次会议大会新闻发言人张业遂回答记者提问。', '张业遂', '大会新闻发言人', '全国人大'],
    ['湖北省政协十三届二次会议开幕。湖北省十四届人大二次会议大会发言人李红介绍有关情况。', '李红', '大会发言人', '湖北省人大'],
    // …and a 政协 session named after the 人大 keeps its own.
    ['全国人大代表出席。全国政协十四届二次会议新闻发布会举行，大会新闻发言人刘结一介绍有关情况。', '刘结一', '大会新闻发言人', '全国政协'],
  ])('%s → %s', (text, name, role, org) => {
    expect(person(text, name)).toMatchObject({ roles: [role], org, cppccMember: false })
  })
})
