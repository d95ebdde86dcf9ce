import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A party committee's department that English pages write without its committee (组织部, 统战部 written bare):
// a body of its own, named as written, of the party committee named before it (test/fixtures/en 245, 398, 225).
// Truth by GUIDE.md ("party departments … 吉林省委统战部") and the dev-pages README (relative mentions resolved).
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('English party departments named without their committee', () => {
  it.each([
    // After the party committee it belongs to (245, 398), with a level word as written (398).
    ['Chen Anli, member of the Standing Committee of the CPC Sichuan Provincial Committee and head of the Organization Department, attended.', [['CPC Sichuan Provincial Committee', 'party', '四川省'], ['Organization Department', 'party', '四川省']]],
    ['They are Zeng Zhiquan, a former member of the Standing Committee of the CPC Guangdong Provincial Committee and former head of the provincial United Front Work Department; Meng Hongwei, former vice-minister of public security.', [['CPC Guangdong Provincial Committee', 'party', '广东省'], ['provincial United Front Work Department', 'party', '广东省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  // Written "of" its committee, it is that committee's department, named with it (no bare second body).
  it.each([
    'Sui Zhongcheng, Director of the United Front Work Department of the Provincial Party Committee, spoke. The Hunan Provincial Committee of the Communist Party of China met.',
    'Liu Yandong, chief of the United Front Work Department of the Central Committee of the Communist Party of China, said so.',
  ])('%s', (text) => {
    const names = committees(text).map((c) => c[0])
    expect(names.some((n) => String(n).startsWith('United Front Work Department of the'))).toBe(true)
    expect(names).not.toContain('United Front Work Department')
  })

  // Another organisation's department (the university's Publicity Department, a company's Propaganda Department) is
  // no party body: refused after 's, and where no "the" (with an optional level word) stands right before it (review of
  // round 12; the first sentence the reviewer's, the others hand-written of the same class).
  it.each([
    ["Li Ming, head of the university's Publicity Department, spoke at Tsinghua University.", 'Publicity Department'],
    ['Wang Hong, director of the company’s Propaganda Department, attended the forum in Shanghai.', 'Propaganda Department'],
    ['Zhang Wei, who heads the hospital’s Organization Department, visited Beijing.', 'Organization Department'],
    ['Sun Li, a staff member of a Publicity Department in Beijing, spoke.', 'Publicity Department'],
  ])('%s: no party body %s', (text, name) => {
    expect(committees(text).map((c) => c[0])).not.toContain(name)
  })

  it('gives the department to the person whose first title it is', () => {
    expect(persons('The CPC Sichuan Provincial Committee met. Li Ming, head of the Organization Department, spoke.')).toEqual([['Li Ming', ['head'], 'Organization Department']])
  })
})
