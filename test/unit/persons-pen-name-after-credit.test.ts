import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}[${p.roles.join(',')}]`)

// A credit line closed by one name of two characters, which may be a pen name with no surname (编辑:意杨,
// 作者:香山, 責任編輯:大紅): the credit, the colon and the line's end say where the name is (dev 241, 310, 543, 748,
// 1068: the gold lists each, with its credit as role). 佚名 ("anonymous") is no name. Expected values by hand.
describe('persons: a pen name closing a credit line', () => {
  it.each([
    ['县政协组织委员开展调研。\n编辑:意杨\n', '意杨[编辑]'],
    ['区政协召开座谈会。\n编辑：小米', '小米[编辑]'],
    ['来源:中新河南網 責任編輯:大紅\n伊川縣政協開展活動。', '大红[责任编辑]'],
    ['民进贵阳市委举办交流活动。\n作者:香山\n', '香山[作者]'],
  ])('%s', (text, person) => {
    expect(persons(text)).toContain(person)
  })

  // Controls: a source is no credit of a person, 佚名 is no name, and a longer item (an account) is left alone.
  it.each([
    ['市政协召开会议。\n来源:红网\n'],
    ['市政协召开会议。\n作者:佚名\n'],
    ['市政协召开会议。\n编辑:深圳发布\n'],
    ['市政协召开会议。\n编辑:政协办\n'],
  ])('%s', (text) => {
    expect(persons(text)).toEqual([])
  })
})
