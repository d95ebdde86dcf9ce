import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A fixed body name with a hyphen between capitalised words (All-China Women's Federation) printed with a space for the
 * hyphen (All China Women's Federation): the same national body, not "China … Federation" read by the national grammar,
 * and no person "China Women". Rows written here; control: the hyphened form as before.
 */
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('a space for the hyphen of All-China', () => {
  it.each([
    ["She is vice chairwoman of the All China Women's Federation.", [["All China Women's Federation", 'mass-organisation', '全国']]],
    ['He is vice chairman of the All China Federation of Trade Unions.', [['All China Federation of Trade Unions', 'mass-organisation', '全国']]],
    ['The All China Federation of Industry and Commerce submitted 45 proposals.', [['All China Federation of Industry and Commerce', 'mass-organisation', '全国']]],
    // control
    ['He is vice chairman of the All-China Federation of Trade Unions.', [['All-China Federation of Trade Unions', 'mass-organisation', '全国']]],
  ])('%s', (text, want) => expect(bodies(text)).toEqual(want))

  it('the title is of that body', () => {
    expect(persons("Shen Yueyue, president of the All China Women's Federation, attended the meeting.")).toEqual([['Shen Yueyue', ['president'], "All China Women's Federation"]])
  })
})
