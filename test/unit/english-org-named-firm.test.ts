import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title "of" capitalised words that name no listed body, place or person and close the item (a comma, a full stop)
// is of a firm whose end word is not written (Chairman of Zhongyi Machinery, Board Chairman of Hanergy, chairman of
// Geely Automobile Holding Co: en dev 301, 357, 494): the org is the firm as written (README, Enterprises: "the firm
// as written where the title names it"), as for "chairman of the New Hope Group". Sentences by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English org of a title of a firm named without its end word', () => {
  it.each([
    ['Wang Yinan, Chairman of Zhongyi Machinery, briefly introduced the production process.', ['Wang Yinan', ['chairman'], 'Zhongyi Machinery', false]],
    ['Other familiar faces include Li Shufu, chairman of Geely Automobile Holding Co, China\'s largest private carmaker.', ['Li Shufu', ['chairman'], 'Geely Automobile Holding Co', false]],
    ['The list was closed by Li Junhe, Board Chairman of Hanergy.', ['Li Junhe', ['board chairman'], 'Hanergy', false]],
    ['Zhao Lei, president of Sunning Logistics. Zhao said the plan works.', ['Zhao Lei', ['president'], 'Sunning Logistics', false]],
  ])('%s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })

  it.each([
    // a place: the region's body is not written (English pages: org null)
    ['Li Hong, vice governor of Hunan, spoke.', ['Li Hong', ['vice governor'], null, false]],
    // a working group is no firm
    ['Zhou Min, head of the Central Leading Group, spoke.', ['Zhou Min', ['head'], null, false]],
    // a CPPCC role first: its body is the org
    ['Wu Gang, a member of the CPPCC National Committee and chairman of Hengtong Optic, said so.', ['Wu Gang', ['member', 'chairman'], 'CPPCC National Committee', true]],
    // with an article: a body or event no list names, no firm (as before)
    ['Zhu Min, former deputy managing director of the International Monetary Fund, said so.', ['Zhu Min', ['former deputy managing director'], null, false]],
    ['Zhou Hanmin, Deputy Bureau Chief of the Expo, spoke.', ['Zhou Hanmin', ['deputy bureau chief'], null, false]],
    // the word CPPCC: a CPPCC no listed body names, no firm
    ['Li Ming, a member of National CPPCC, spoke.', ['Li Ming', ['member'], null, true]],
    // the name does not close the item: no firm read
    ['Wang Ming, director of NGO Research Center with Tsinghua University, said so.', ['Wang Ming', ['director'], null, false]],
  ])('control: %s', (text, want) => {
    expect(persons(text)).toContainEqual(want)
  })
})
