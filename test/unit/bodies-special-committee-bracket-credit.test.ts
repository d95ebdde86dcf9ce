import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const result = (text: string) => analyzer.analyze(text)
const names = (text: string) => result(text).committees.map((c) => c.name)
const persons = (text: string) => result(text).persons.map((p) => p.name)

// A report of a CPPCC committee's site closed by the special committee that wrote it, alone in brackets at the end of
// its line, with no verb of credit ((文教委), (社法委), （提案委办）: dev 902, whose gold lists 上杭县政协文教委): a credit as
// (文史委办 供稿) is, the special committee of the page's one CPPCC committee, and no person. 文教委 (文化教育委员会) is a
// county 政协's culture and education committee (data/body-parts.tsv). Expected values by hand.
describe('bodies: a special committee alone in closing brackets', () => {
  it.each([
    ['11月28日,上杭县政协副主席胡金祥组织部分政协委员开展专题视察。\n(文教委)', '上杭县政协文教委'],
    ['11月28日,上杭县政协副主席胡金祥组织部分政协委员开展专题视察。\n(社法委)', '上杭县政协社法委'],
    ['3月1日，钟祥市政协召开提案办理协商会。\n（提案委办）\n', '钟祥市政协提案委'],
    ['3月1日，钟祥市政协组织委员视察文物保护工作。(文史委)', '钟祥市政协文史委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
    expect(persons(text)).not.toContain(body.replace(/^.*政协/, ''))
  })

  // Controls: a page of two CPPCC committees leaves it unread; brackets that go on with the sentence, or hold more than
  // the committee, are no credit; a name a government's committee bears too (经济委) stays unread as in any credit.
  it.each([
    ['3月1日，广州市政协与佛山市政协交流工作。\n(社法委)', ['广州市政协', '佛山市政协']],
    ['3月1日，钟祥市政协召开座谈会。\n(经济委)', ['钟祥市政协']],
    ['3月1日，钟祥市政协召开座谈会，会议由(社法委)主持。', ['钟祥市政协']],
    ['3月1日，钟祥市政协召开座谈会。\n(社法委等)', ['钟祥市政协']],
  ])('%s → %j', (text, bodies) => {
    expect(names(text)).toEqual(bodies)
  })
})
