import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Titles of a city's party leaders in English news (README, Persons: whole titles written next to the name; a word
// that describes the holder is no part of the title):
// - "current" before a title describes its holder (Xiao Jie, current Party chief and mayor of Sansha → party chief, mayor);
// - the heads of a party committee's departments as Xinhua writes them: publicity chief, organization chief,
//   discipline chief (A Dong … is deputy Party chief and publicity chief of Sansha);
// - a second election verb after "and" goes on with the titles (was elected as a member of X and appointed as secretary of Y);
//   also after "of the standing committee of" in lower case, read as its capitalised form is;
// - after an age, a clause opened by "is" is the predicate, read whole, not a description ending in a title (X, 46, is …).
// Seen on en dev 469; sentences written by hand, truth worked out by hand (org null where the city's party committee is
// not written as a body, as en 469's gold). Controls: "current" before no title, "and appointed" with no title after it.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const NC = 'CPPCC National Committee'

describe('party leaders\' titles', () => {
  it.each([
    ['Li Ming, current Party chief and mayor of Sansha, attended the meeting.', [['Li Ming', ['party chief', 'mayor'], null, false]]],
    ['Li Ming, the current mayor of Sansha, attended the meeting.', [['Li Ming', ['mayor'], null, false]]],
    ['Li Ming, 46, is deputy Party chief and publicity chief of Sansha.', [['Li Ming', ['deputy party chief', 'publicity chief'], null, false]]],
    ['Li Ming, organization chief of Sansha, attended the meeting.', [['Li Ming', ['organization chief'], null, false]]],
    ['Li Ming, discipline chief of Sansha, attended the meeting.', [['Li Ming', ['discipline chief'], null, false]]],
    [`Li Ming was elected vice chairman of the ${NC} and appointed as head of its proposals committee.`, [['Li Ming', ['vice chairman', 'head'], NC, true]]],
    [`Li Ming was elected as a member of the ${NC} and named deputy head of its social and legal committee.`, [['Li Ming', ['member', 'deputy head'], NC, true]]],
    ['Li Ming was recently elected as a member of the standing committee of the Hainan Provincial CPC Committee and appointed as secretary of the Hainan Provincial Politics and Law Committee.', [
      ['Li Ming', ['member', 'secretary'], 'Hainan Provincial CPC Committee', false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title after the word', () => {
  it.each([
    ['Li Ming, current owner of the shop, attended the meeting.', [['Li Ming', [], null, false]]],
    [`Li Ming was elected vice chairman of the ${NC} and appointed a new team.`, [['Li Ming', ['vice chairman'], NC, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
