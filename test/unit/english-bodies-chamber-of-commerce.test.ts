import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A chamber of commerce named in English is a mass organisation (商会: the zh gold lists 上海市浙江商会, 湖北省总商会 … as
// mass-organisation), its region the place its name begins with, and the org of the title before it (en dev 544:
// 'chairman of the Guangdong High-tech Industry Chamber of Commerce'). Truth worked out by hand from the dev-pages README.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('English chambers of commerce after a region', () => {
  it.each([
    ['Wang Lizong, chairman of the Guangdong High-tech Industry Chamber of Commerce, spoke.', [['Guangdong High-tech Industry Chamber of Commerce', 'mass-organisation', '广东省']]],
    ['Li Ming, president of the Shanghai General Chamber of Commerce, attended the forum.', [['Shanghai General Chamber of Commerce', 'mass-organisation', '上海市']]],
    ['Members of the Quanzhou Chamber of Commerce visited the park.', [['Quanzhou Chamber of Commerce', 'mass-organisation', '泉州市']]],
    // Controls: a chamber of no region, a chamber in lower case, and a department word still of its own kind.
    ['He joined the International Chamber of Commerce in 2001.', []],
    ['The chamber of commerce of the town met on Monday.', []],
    ['Li Ming, director of the Shanghai Bureau of Statistics, spoke.', [['Shanghai Bureau of Statistics', 'government', '上海市']]],
    ['Li Ming, head of the Shenzhen Health Commission, spoke.', [['Shenzhen Health Commission', 'government', '深圳市']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })

  it.each([
    ['Wang Lizong, member of the National Committee of the Chinese People’s Political Consultative Conference and chairman of the Guangdong High-tech Industry Chamber of Commerce, couldn’t hide his excitement.',
      [['Wang Lizong', ['member', 'chairman'], 'National Committee of the Chinese People’s Political Consultative Conference']]],
    ['Li Ming, president of the Shanghai General Chamber of Commerce, attended the forum.', [['Li Ming', ['president'], 'Shanghai General Chamber of Commerce']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
