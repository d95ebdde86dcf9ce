import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "Zhou Xiaochuan, governor of the People's Bank of China, and Chen Yuan, chairman of the China Development Bank — are among
// the newly elected vice-chairpersons" and "Zhou Xiaochuan is one of the most prominent figures among the newly-elected vice
// chairpersons": the names of the subject hold the plural title after "among the", besides their own (README: a role given
// once for a list of names belongs to each name); with no body written, a title of the page's CPPCC committee is of it, and
// that CPPCC role's body is the org. Seen on en dev 244, 690; sentences written by hand, truth worked out by hand.
// Controls: "among those who …", "among the first to …" (no title), a name inside the subject's complement.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, [...p.roles].sort(), p.org, p.cppccMember])
const NC = "National Committee of the Chinese People's Political Consultative Conference"
const OPEN = "The National Committee of the Chinese People's Political Consultative Conference elected its new leadership on Monday. "

describe('names "among the" plural title', () => {
  it.each([
    [`${OPEN}Notably, two financial figures — Li Ming, governor of the People's Bank of China, and Wang Hua, chairman of the China Development Bank — are among the newly elected vice-chairpersons.`, [
      ['Li Ming', ['governor', 'vice-chairperson'], NC, true], ['Wang Hua', ['chairman', 'vice-chairperson'], NC, true]]],
    [`${OPEN}Having been governor of the People's Bank of China since 2002, Li Ming is one of the most prominent figures among the newly-elected vice chairpersons.`, [
      ['Li Ming', ['governor', 'vice chairperson'], NC, true]]],
    [`${OPEN}Li Ming and Wang Hua were among the vice chairmen.`, [
      ['Li Ming', ['vice chairman'], NC, true], ['Wang Hua', ['vice chairman'], NC, true]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no plural title after "among the", or a name outside the subject', () => {
  it.each([
    [`${OPEN}Li Ming and Wang Hua were among those who congratulated him.`, [['Li Ming', [], null, false], ['Wang Hua', [], null, false]]],
    [`${OPEN}Li Ming was among the first to arrive.`, [['Li Ming', [], null, false]]],
    [`${OPEN}The report by Li Ming was among the vice chairmen's proposals.`, [['Li Ming', [], null, false]]],
    // Round 31 review point 3: the subject starts after the last reporting or main verb before "among", no name inside a "who …," clause.
    [`${OPEN}Wang Yang said Li Ming was among the vice chairpersons who made proposals.`, [['Wang Yang', [], null, false], ['Li Ming', ['vice chairperson'], NC, true]]],
    [`${OPEN}Li Ming, who met Wang Hua last week, is among the vice chairmen.`, [['Li Ming', ['vice chairman'], NC, true], ['Wang Hua', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

// Round 31 review point 4: a plural title with an "of" complement that is no body is no title of the page's CPPCC.
describe('control: a plural title of a group that is no body', () => {
  it.each([
    [`${OPEN}Li Ming was among the members of the delegation that visited Japan.`, [['Li Ming', ['member'], null, false]]],
    [`${OPEN}Li Ming was among the members of the audience.`, [['Li Ming', ['member'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
