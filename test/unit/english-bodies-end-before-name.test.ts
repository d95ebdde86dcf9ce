import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A national institution's name may join its words by commas (State Administration of Press, Publication, Radio, Film
// and Television), but it does not run over a comma into a person's name: "vice chairman of the All-China Federation
// of Industry and Commerce, and Wang Fang, …" names the federation, and Wang Fang is a person (en dev 512 listed
// "All-China Federation of Industry and Commerce, Qu Weizhi, Counselor" as a body and lost Qu Weizhi). A counselor
// (参事) is a title. Sentences by hand.
const run = (t: string) => {
  const r = analyzer.analyze(t)
  return { bodies: r.committees.map((c) => c.name), persons: r.persons.map((p) => [p.name, p.roles, p.org]) }
}

describe('English national body ends before a person named after a comma', () => {
  it.each([
    ['Li Ming, vice chairman of the All-China Federation of Industry and Commerce, and Wang Fang, a CPPCC member, spoke at the forum.',
      'All-China Federation of Industry and Commerce', ['Li Ming', ['vice chairman'], 'All-China Federation of Industry and Commerce'], ['Wang Fang', ['member'], null]],
    ['Zhang Hua, head of the China Federation of Literary and Art Circles, and Li Bin attended.',
      'China Federation of Literary and Art Circles', ['Zhang Hua', ['head'], 'China Federation of Literary and Art Circles'], ['Li Bin', [], null]],
    ['Sun Xiaohua, former Vice President, All-China Federation of Industry and Commerce, Qu Weizhi, Counselor, and other leaders spoke.',
      'All-China Federation of Industry and Commerce', ['Sun Xiaohua', ['former vice president'], 'All-China Federation of Industry and Commerce'], ['Qu Weizhi', ['counselor'], null]],
  ])('%s', (text, body, a, b) => {
    const r = run(text)
    expect(r.bodies).toEqual([body])
    expect(r.persons).toContainEqual(a)
    expect(r.persons).toContainEqual(b)
  })

  // Controls: commas between the words of a name with no person after them keep the name whole.
  it.each([
    ['Wang Bo, head of the State Administration of Press, Publication, Radio, Film and Television, spoke.', 'State Administration of Press, Publication, Radio, Film and Television'],
    ['The All-China Federation of Industry and Commerce, and the CPPCC held a forum.', 'All-China Federation of Industry and Commerce'],
  ])('control: %s', (text, body) => {
    expect(run(text).bodies).toContain(body)
  })
})
