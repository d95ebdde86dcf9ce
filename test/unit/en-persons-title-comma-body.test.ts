import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title's body written after a comma, as English lists of speakers and attendees print them ("Name, Title, Body"):
// the body closes the item, so it is the title's (GUIDE.md: org the body of the first role where the text says it).
// The class of en dev 512 ('Wang Jinxiang, former Vice Minister, National Development and Reform Commission, Sun
// Xiaohua, former Vice President, All-China Federation of Industry and Commerce, …'). Sentences by hand.
const person = (t: string, name: string) => analyzer.analyze(t).persons.find((p) => p.name === name)

describe('a title with its body after a comma', () => {
  it.each([
    ['Wang Jinxiang, former Vice Minister, National Development and Reform Commission, and Sun Xiaohua, former Vice President, All-China Federation of Industry and Commerce, attended the meeting.', 'Wang Jinxiang', 'National Development and Reform Commission'],
    ['Wang Jinxiang, former Vice Minister, National Development and Reform Commission, and Sun Xiaohua, former Vice President, All-China Federation of Industry and Commerce, attended the meeting.', 'Sun Xiaohua', 'All-China Federation of Industry and Commerce'],
    ['Zhang Ming, Vice President, Tsinghua University, spoke at the forum.', 'Zhang Ming', 'Tsinghua University'],
    ['The speakers were Li Wei (Director, Ministry of Commerce) and others.', 'Li Wei', 'Ministry of Commerce'],
    ['Speeches were given by Liu Fang, Deputy Director, the State Council Information Office.', 'Liu Fang', 'State Council Information Office'],
  ])('%s → %s: %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  // Controls: a body after a comma that does not close the item, or one joined by "and", is not the title's.
  it.each([
    ['Li Ming, chairman, Wang Tao, secretary, and the State Council officials met.', 'Wang Tao'],
    ['Li Ming, chairman, State Council officials and experts met on Monday.', 'Li Ming'],
    ['Li Ming, a professor, Tsinghua University students and teachers attended.', 'Li Ming'],
  ])('%s', (text, name) => {
    expect(person(text, name)?.org ?? null).toBe(null)
  })
})
