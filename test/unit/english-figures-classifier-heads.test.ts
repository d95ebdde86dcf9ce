import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A describing word that names a kind of body or member only with its own noun (special committee, 专委会; executive
// member, 执行委员): the counted noun keeps it (en gold: "10 special committees", "nine special committees" → special
// committee; "87 executive members", "109 executive members" → executive member), while the same word before another
// noun only describes it ("two special surveys" → survey, en gold). Truth by hand, by the English figure rules of the
// dev-pages README (the counted noun is the noun compound as written, adjectives dropped).
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English figures: a classifier word kept with its own noun', () => {
  it.each([
    ['The meeting decided that 10 special committees will be established under the national committee.', [['10 special committees', 10, 'special committee', null]]],
    ['The CPPCC will urge its nine special committees to make full use of their resources.', [['nine special committees', 9, 'special committee', null]]],
    ['The session also elected 87 executive members.', [['87 executive members', 87, 'executive member', null]]],
    ['The chamber has 120 executive committee members.', [['120 executive committee members', 120, 'executive committee member', null]]],
    // Controls: the same words before another noun describe it; a committee without the word stays committee.
    ['The members carried out two special surveys on rural roads.', [['two special surveys', 2, 'survey', null]]],
    ['They held 12 special consultation meetings last year.', [['12 special consultation meetings', 12, 'consultation meeting', null]]],
    ['The city has 30 committees.', [['30 committees', 30, 'committee', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
