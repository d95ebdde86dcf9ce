import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A regional party committee or government written only at the end of a department's name (United Front Work Department
// of the Jinhua Municipal Party Committee) is the department's name, no body of its own, as 金华市委统战部 lists no 金华市委
// (en dev gold 242, 250, 454, 525, 596, 641); written alone as well, it is listed (594, 612). And the national party's
// fixed names as machine translation also writes them (Central Discipline Inspection Commission: en dev 645; the Party
// School of the Communist Party of China (CPC) Central Committee: 642). Truth worked out by hand from the GUIDE.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('English bodies written only inside a department name', () => {
  it.each([
    ['Wang Guoren, vice head of the United Front Work Department of the Jinhua Municipal Party Committee, spoke.',
      [['United Front Work Department of the Jinhua Municipal Party Committee', 'party', '金华市']]],
    ['He was head of the Organization Department of the Jilin Provincial Party Committee in 2010.',
      [['Organization Department of the Jilin Provincial Party Committee', 'party', '吉林省']]],
    // Controls: the committee written alone too stays a body of its own.
    ['The Jilin Provincial Party Committee met. He was head of the Organization Department of the Jilin Provincial Party Committee.',
      [['Jilin Provincial Party Committee', 'party', '吉林省'], ['Organization Department of the Jilin Provincial Party Committee', 'party', '吉林省']]],
    ['Li Ming, secretary of the Jinhua Municipal Party Committee, spoke.', [['Jinhua Municipal Party Committee', 'party', '金华市']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})

describe('English national party bodies in other written forms', () => {
  it.each([
    ['On October 7, the Central Discipline Inspection Commission launched an investigation.', [['Central Discipline Inspection Commission', 'party', '全国']]],
    ['Xue holds a master\'s degree from the Party School of the Communist Party of China (CPC) Central Committee.',
      [['Party School of the Communist Party of China (CPC) Central Committee', 'party', '全国']]],
    // Controls: the provincial commission keeps its region; the central committee alone is the committee.
    ['He was deputy secretary of the Guizhou Provincial Discipline Inspection Commission.', [['Guizhou Provincial Discipline Inspection Commission', 'party', '贵州省']]],
    ['The Communist Party of China (CPC) Central Committee issued a circular.', [['Communist Party of China (CPC) Central Committee', 'party', '全国']]],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
