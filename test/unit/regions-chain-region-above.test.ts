import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])
const orgs = (text: string) => Object.fromEntries(analyzer.analyze(text).persons.map((p) => [p.name, p.org]))

// A chain of one person's titles that names the prefecture and then the county-level city below it
// (福州市委常委、福清市委书记) is no list of two regions: a bare 市 after it is the lower city's own
// (README: relative words resolved in context; the leader of a county-level city sits on its prefecture's committee).
describe('regions: the region above, in a chain of titles, is no list partner of the region below', () => {
  it.each([
    ['福州市委常委、福清市委书记王进足，市委副书记、市长张帆，市政协主席林健出席。',
      [['福州市委', '福州市'], ['福清市委', '福清市'], ['福清市政协', '福清市']], { 张帆: '福清市委', 林健: '福清市政协' }],
    ['泉州市委常委、晋江市委书记张三出席会议，市政协主席李四讲话。',
      [['泉州市委', '泉州市'], ['晋江市委', '晋江市'], ['晋江市政协', '晋江市']], { 李四: '晋江市政协' }],
  ] as Array<[string, Array<[string, string]>, Record<string, string>]>)('%s', (text, expected, persons) => {
    expect(bodies(text)).toEqual(expect.arrayContaining(expected))
    expect(orgs(text)).toMatchObject(persons)
  })

  // Controls: two regions of one level listed stay open (the page does not say which).
  it.each([
    '调研组深入晋江市和石狮市，与市政协座谈。',
    '福清市、长乐市政协委员出席，市政协主席讲话。',
  ])('%s', (text) => {
    expect(bodies(text)).toContainEqual(['市政协', null])
  })
})
