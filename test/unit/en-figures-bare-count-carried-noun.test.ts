import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Bare counts that go on counting the noun counted before them (round 23, en dev 552, 554, 556; the other rows written here,
 * values worked out by hand):
 * - a count in brackets after a list item, where an earlier bracket of the list wrote the noun ("education (250
 *   suggestions); … urban and environmental affairs (74)": 74 suggestions, not 74 affairs);
 * - a count after "Among the key suggestions," (describing words between the determiner and the noun; the noun compound
 *   read as after a number: "Of the registered group proposals, 88" → group proposal);
 * - a count right before a time phrase ("compared with 7,139 last year": last year is when, not what is counted);
 * - a count that is the subject of a passive verb, right after a sentence that counted things ("deputies made 43,750
 *   suggestions … In particular, 42,675 were made during the sessions while 1,075 were inter-sessional").
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => `${f.value} ${f.unit}${f.approx ? ` ${f.approx}` : ''}`)

describe('a bare count carries the noun counted before it', () => {
  it.each([
    ['Other key areas included education, science, culture, and public health (250 suggestions); rural and agricultural development (123); urban and environmental affairs (74); and overseas Chinese and religious affairs (12).',
      ['250 suggestion', '123 suggestion', '74 suggestion', '12 suggestion']],
    ['The proposals covered economic affairs (320 proposals), social affairs (140) and legal affairs (35).', ['320 proposal', '140 proposal', '35 proposal']],
    ["Among the key suggestions, 159 focused on emerging industries. Another 95 aimed to strengthen the Greater Bay Area's integration.", ['159 suggestion', '95 suggestion']],
    ['Of the registered group proposals, 88 concerned the economy.', ['88 group proposal']],
    ['Apart from motions, the Secretariat also received nearly 8,000 suggestions from deputies, compared with 7,139 last year.', ['8000 suggestion less', '7139 suggestion']],
    ['The committee received 1,200 proposals this year, up from 1,050 last year.', ['1200 proposal', '1050 proposal']],
    ['Deputies made a total of 43,750 suggestions in the past five years. In particular, 42,675 were made during the NPC sessions while 1,075 were inter-sessional.',
      ['43750 suggestion', '5 year', '42675 suggestion', '1075 suggestion']],
    ['The city built 2,400 new homes. Of the rest, 300 were sold by June.', ['2400 home', '300 home']],
    ['Among the newly elected members, 12 are women.', ['12 member']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    // A bracket after a plural noun with no counted bracket before it counts that noun.
    ['A large number of female deputies (742) and women members (440) attended.', ['742 deputy', '440 member']],
    // A share in brackets is no count.
    ['Finance and economic affairs dominated the suggestions, with 401 submissions (38.3%).', ['401 submission', '38.3 %']],
    // A year before a time phrase, a year as the subject of a passive verb: no counts.
    ['The plan was adopted in 2019 last year, officials said.', []],
    ['The committee received 5,000 proposals. In 2023, rules were revised.', ['5000 proposal']],
    // A passive subject with money counted before: money is no count a bare number goes on with.
    ['The city invested 3 billion yuan. Then 120 were hired as teachers.', ['3000000000 元']],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
