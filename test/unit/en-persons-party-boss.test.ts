import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "party boss" is a party secretary's title as newspapers write it (en dev 576: "Wan Qingliang, … the party boss of
// Jieyang city"), read as "party chief" is (data/en-roles.tsv): before or after the name, the party committee its body
// where written. Org null where no party committee is written (English rule, as 576's gold). Sentences written by hand.
// Control: the words apart are no title.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('party boss', () => {
  it.each([
    ['Li Ming, the party boss of Jieyang city, attended the meeting.', [['Li Ming', ['party boss'], null, false]]],
    ['Guangdong party boss Li Ming spoke at the meeting.', [['Li Ming', ['party boss'], null, false]]],
    ['Li Ming, who is party boss of the Shenzhen Municipal Committee of the CPC, spoke.', [['Li Ming', ['party boss'], 'Shenzhen Municipal Committee of the CPC', false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title', () => {
  it.each([
    ['Li Ming said the boss of the party was away.', [['Li Ming', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
