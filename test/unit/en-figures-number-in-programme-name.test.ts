import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Digits that open a run of capitalised words ending in a programme's head word (data/en-figure-words.tsv, name-head:
 * Program, Plan, Project, Campaign …) are part of that name and count nothing: "the 10,000 Enterprises Assist 10,000
 * Villages Program" (en dev 492, acfic: gold lists no figure in it), "the 1,000 Talents Plan". Other rows written here.
 * Controls: capitalised counted nouns keep their count (seven Vice Chairmen, 298 Standing Committee members, a title-case
 * headline "1315 Filed Proposals"), a head word after a sentence end, and a head word right after the number (5 Project teams).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('a number inside a programme name is no figure', () => {
  it.each([
    ['The FICs gravitated the 10,000 Enterprises Assist 10,000 Villages Program toward poverty relief.', []],
    ['The 1,000 Talents Plan brought 300 experts to the province.', [['300 experts', 300, 'expert', null]]],
    ['The county joined the 100 Villages Demonstration Project last year.', []],
    ['Members backed the 10,000 Private Enterprises Help 10,000 Villages Campaign in 2016.', []],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: capitalised counted nouns, a head word elsewhere', () => {
  it.each([
    ['The committee elected seven Vice Chairmen on Friday.', [['seven Vice Chairmen', 7, 'vice chairman', null]]],
    ['There were 298 Standing Committee members at the meeting.', [['298 Standing Committee members', 298, 'member', null]]],
    ['1315 Filed Proposals\nMembers filed the proposals in 2024.', [['1315 Filed Proposals', 1315, 'proposal', null]]],
    ['The county has 12 villages. Project funds reached 3 million yuan.', [['12 villages', 12, 'village', null], ['3 million yuan', 3000000, '元', null]]],
    ['The plan has 5 Project teams.', [['5 Project teams', 5, 'team', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
