import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Figures written in forms English news uses for counts (issue #15; hand-written sentences of the class, truth by hand
// from GUIDE.md: counts → the counted noun in the singular, approx as for Chinese, 数百 → about the round number).
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English number forms', () => {
  it.each([
    // "a hundred and twenty": the number after "and" joins the magnitude.
    ['A hundred and twenty members attended the meeting.', [['A hundred and twenty members', 120, 'member', null]]],
    ['More than a hundred and fifty experts attended the forum.', [['More than a hundred and fifty experts', 150, 'expert', 'more']]],
    // a number word times "dozen".
    ['Two dozen proposals were filed.', [['Two dozen proposals', 24, 'proposal', null]]],
    ['Nearly three dozen members spoke.', [['Nearly three dozen members', 36, 'member', 'less']]],
    // several / a few before a magnitude: about the round number (数百, 数千).
    ['Several hundred members attended the session.', [['Several hundred members', 100, 'member', 'about']]],
    ['A few thousand residents signed up.', [['A few thousand residents', 1000, 'resident', 'about']]],
    ['Several hundred thousand people visited the fair.', [['Several hundred thousand people', 100000, 'person', 'about']]],
    // N-strong: the persons a group holds, or the plural after "of".
    ['A 2,000-strong team of volunteers joined the campaign.', [['2,000-strong', 2000, 'volunteer', null]]],
    ['The 300-strong delegation arrived in Beijing on Monday.', [['300-strong', 300, 'person', null]]],
    // "out of" a total past ten counts what the total counts.
    ['About 40 out of 50 members attended the meeting.', [['About 40', 40, 'member', 'about'], ['50 members', 50, 'member', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })

  // Controls: near misses that stay as they were.
  it.each([
    ['A hundred members attended the meeting.', [['A hundred members', 100, 'member', null]]],
    ['Several members attended the meeting.', []],
    ['Seven out of 10 members supported the plan.', [['Seven out of 10', 0.7, null, null]]], // a share (en dev 701)
    ['He has a strong record of service.', []],
    ['The 2,169-member National Committee met.', [['2,169-member', 2169, 'member', null]]],
    ['Hundreds of thousands of people visited the exhibition.', [['Hundreds of thousands of people', 100000, 'person', 'about']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})
