import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A career in a profile: "worked as a TITLE at X" gives the title as "served as" does, and a later post joined by
// "before (going on to) become", "and then/later became" is the name's too (en dev 548: 'She worked as a professor at
// Shanghai Jiao Tong University before going on to become deputy mayor of Shanghai'). Roles lower case and singular;
// org the first role's body, none for a deputy mayor whose government is not written (README, English pages).
// Truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('English titles of a career', () => {
  it.each([
    ['Yan Junqi worked as a professor at Shanghai Jiao Tong University.', [['Yan Junqi', ['professor'], 'Shanghai Jiao Tong University']]],
    ['Yan Junqi was re-elected chairwoman of the CAPD central committee. She worked as a professor at Shanghai Jiao Tong University before going on to become deputy mayor of Shanghai.',
      [['Yan Junqi', ['chairwoman', 'professor', 'deputy mayor'], 'CAPD central committee']]],
    ['Li Ming, a professor at Fudan University before becoming vice mayor of Shanghai, spoke.', [['Li Ming', ['professor', 'vice mayor'], 'Fudan University']]],
    ['Li Ming was director of the Shanghai Health Bureau and later became mayor of Shanghai.', [['Li Ming', ['director', 'mayor'], 'Shanghai Health Bureau']]],
    ['Li Ming was director of the Shanghai Health Bureau and then became mayor of Shanghai.', [['Li Ming', ['director', 'mayor'], 'Shanghai Health Bureau']]],
    // Controls: "worked" without "as", a word that is no title after "as", and "before" with no verb of becoming.
    ['Li Ming worked with Mayor Wang Hua on the plan.', [['Li Ming', [], null], ['Wang Hua', ['mayor'], null]]],
    ['Li Ming worked as a teacher for ten years.', [['Li Ming', [], null]]],
    ['Li Ming was director of the Shanghai Health Bureau before the reform of 2001.', [['Li Ming', ['director'], 'Shanghai Health Bureau']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
