import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * "Director General" (director-general, deputy director-general; plural directors general) is one title, kept whole
 * (README: whole titles as written), not "director" (data/en-roles.tsv). Rows written here; control: a director.
 */
const roles = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('director general is one title', () => {
  it.each([
    ['Zhao Lei, Director General of the Department of Education of Hunan Province, attended.', [['Zhao Lei', ['director general']]]],
    ['Director General Zhao Lei of the General Office attended the meeting.', [['Zhao Lei', ['director general']]]],
    ["Zhao Lei, deputy director-general of the Ministry of Commerce's department of foreign trade, said.", [['Zhao Lei', ['deputy director-general']]]],
    ['Directors General Zhao Lei and Wang Fang attended the meeting.', [['Zhao Lei', ['director general']], ['Wang Fang', ['director general']]]],
    // control
    ['Zhao Lei, director of the research center, spoke.', [['Zhao Lei', ['director']]]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want))
})
