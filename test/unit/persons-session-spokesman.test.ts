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
