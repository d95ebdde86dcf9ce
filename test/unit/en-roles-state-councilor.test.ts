import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "State Councilor" is one title (国务委员), kept whole as the guide keeps modifiers (常务副主席, vice premier): not the
// councilor of a city council. Data row in data/en-roles.tsv. Sentences written by hand after en 565.
const roles = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.cppccMember])

describe('English roles: state councilor', () => {
  it.each<[string, unknown[][]]>([
    ['The group includes senior officials, such as State Councilor Yang Jiechi, who studied abroad.', [['Yang Jiechi', ['state councilor'], false]]],
    ['Wang Yong, state councillor, attended the ceremony.', [['Wang Yong', ['state councillor'], false]]],
    ['State Councilor Wang Yi met the delegation on Monday.', [['Wang Yi', ['state councilor'], false]]],
    // Control: a councilor of a city stays a councilor.
    ['Qu Shijing, a councilor in Shanghai, spoke at the meeting.', [['Qu Shijing', ['councilor'], false]]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected)
  })
})
