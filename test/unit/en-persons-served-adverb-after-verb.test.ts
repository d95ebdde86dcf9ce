import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Official résumés translated into English write the adverb of 历任 after the verb: "X served successively as director
// of …, vice president and president of …", "Zhang served respectively as deputy head of …", "has served concurrently
// as …"; and open the sentence with the start of the career before it: "Chen began his career in August 1991 and served
// successively as …" (参加工作 … 历任). The titles are the name's, as after "successively served as" (README: roles are the
// titles written at the name, past posts of a résumé included: en 532, 581, 594). Seen on en dev 710 (and 531's
// "served respectively as"); sentences written by hand, truth worked out by hand.
// Controls: the adverb with no "as" after it (served successively in two posts), another verb ("worked previously as" is
// left as it was: en 474 keeps such a later sentence out), a career clause with no title after it.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])
const ECNU = 'East China Normal University'
const CDL = 'China Democratic League Shanghai Committee'

describe('an adverb between "served" and "as"', () => {
  it.each([
    [`Chen Qun served successively as vice president and president of ${ECNU}.`, [['Chen Qun', ['vice president', 'president'], ECNU]]],
    [`Chen Qun has served successively as vice chairman and chairman of the ${CDL}.`, [['Chen Qun', ['vice chairman', 'chairman'], CDL]]],
    [`Chen Qun served concurrently as president of ${ECNU}.`, [['Chen Qun', ['president'], ECNU]]],
    [`Chen Qun was born in 1964. He served successively as vice president and president of ${ECNU}.`, [['Chen Qun', ['vice president', 'president'], ECNU]]],
    [`Between 1994 and 2000, Chen Qun served respectively as vice president of ${ECNU} and vice chairman of the ${CDL}.`, [['Chen Qun', ['vice president', 'vice chairman'], ECNU]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('a career opening joined by "and" before the verb', () => {
  it.each([
    [`Chen Qun was born in 1964. Chen began his career in August 1991 and served successively as vice president and president of ${ECNU}.`, [['Chen Qun', ['vice president', 'president'], ECNU]]],
    [`Chen Qun began his career in 1991 and served as president of ${ECNU}.`, [['Chen Qun', ['president'], ECNU]]],
    [`Li Hong was born in 1970. She began her first job in July 1992 and served successively as vice chairman and chairman of the ${CDL}.`, [['Li Hong', ['vice chairman', 'chairman'], CDL]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no title after the adverb or the career clause', () => {
  it.each([
    [`Chen Qun served successively in Shanghai and Beijing.`, [['Chen Qun', [], null]]],
    [`Chen Qun began his career in 1991 and joined the China Democratic League in 1995.`, [['Chen Qun', [], null]]],
    [`Chen Qun began his career in 1991 and served the city for 30 years.`, [['Chen Qun', [], null]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
