import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The heads of a district's or county's government as translated local pages title them (区长 District Mayor, 县长
// county magistrate, and their deputies): whole titles, the level word kept as 区长 and 县长 keep it in the Chinese
// lists (README: roles are whole titles as written). Seen on test/fixtures/en 464 ('Secretary of the CPC Jing’an
// District Committee and District Mayor'); the county titles are the usual translation of 县长. Sentences by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('district and county heads of government', () => {
  it.each([
    ['Lu Ming, Secretary of the CPC Huadu District Committee and District Mayor, attended.', [['Lu Ming', ['secretary', 'district mayor'], 'CPC Huadu District Committee']]],
    ['Zhao Kai, deputy secretary of the county party committee and county magistrate, and Li Na, deputy county magistrate, spoke in Cheng County.', [['Zhao Kai', ['deputy secretary', 'county magistrate'], 'county party committee'], ['Li Na', ['deputy county magistrate'], null]]],
    ['Sun Tao, deputy district mayor of Huadu District, met the members.', [['Sun Tao', ['deputy district mayor'], null]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Control: a magistrate of a court is no such title.
  it('a court magistrate is not a county magistrate', () => {
    expect(persons('Wang Jun, a magistrate of the Huadu District People\'s Court, spoke.').flatMap((p) => p[1] as string[])).not.toContain('county magistrate')
  })
})
