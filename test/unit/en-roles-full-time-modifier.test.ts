import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "full-time" before a title belongs to it, as "former", "acting" and "honorary" do (data/en-person-cues.tsv, modifier):
// 专职副书记, 专职副主席 translated (another full-time deputy secretary of the Songyuan Municipal Party Committee:
// test/fixtures/en 594). The whole title is the role, its body the org. A full-time job or post is no title. Sentences
// written by hand.
const person = (t: string, name: string) => analyzer.analyze(t).persons.filter((p) => p.name === name).map((p) => [p.roles, p.org])

describe('full-time before a title', () => {
  it.each([
    ['Li Xiangguo, the deputy secretary of Songyuan Municipal Party Committee, and Wang Chengsheng, another full-time deputy secretary of the Songyuan Municipal Party Committee, will change their positions.',
      'Wang Chengsheng', [['full-time deputy secretary'], 'Songyuan Municipal Party Committee']],
    ['Zhao Lei, full-time vice chairman of the Ningbo Federation of Industry and Commerce, attended the forum.',
      'Zhao Lei', [['full-time vice chairman'], 'Ningbo Federation of Industry and Commerce']],
    ['Full-time Vice Chairman Sun Li of the Chengdu Federation of Industry and Commerce presided over the meeting.',
      'Sun Li', [['full-time vice chairman'], 'Chengdu Federation of Industry and Commerce']],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual([want])
  })

  // Controls: a full-time job, a full-time post, no title word after full-time.
  it.each([
    ['Chen Gang, who left a full-time job in Shanghai, spoke at the forum.', 'Chen Gang'],
    ['Wu Min, a full-time volunteer, joined the team in Chengdu.', 'Wu Min'],
  ])('%s', (text, name) => {
    expect(person(text, name)).toEqual([[[], null]])
  })
})
