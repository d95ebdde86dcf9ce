import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A department named with its own "of" part before "of" and its region (Department of Education of Zhejiang Province,
// 浙江省教育厅): the region's department, named as written, kind by its department word, one body with the form written
// after the region (Zhejiang Provincial Department of Education). README: government departments in any written form.
// Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a department with an "of" part before "of" and its region', () => {
  it.each([
    ['Officials from the Department of Education of Zhejiang Province attended the forum.', [['Department of Education of Zhejiang Province', 'government', '浙江省']]],
    ['Li Ming, director of the Department of Civil Affairs of Hunan Province, spoke at the meeting.', [['Department of Civil Affairs of Hunan Province', 'government', '湖南省']]],
    ['The Bureau of Science, Technology and Information of Ningbo issued the plan.', [['Bureau of Science, Technology and Information of Ningbo', 'government', '宁波市']]],
    ['The Zhejiang Provincial Department of Education and the Department of Education of Zhejiang Province are one.', [['Zhejiang Provincial Department of Education', 'government', '浙江省']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('gives the person the department as org', () => {
    const p = analyzer.analyze('Li Ming, director of the Department of Civil Affairs of Hunan Province, spoke at the meeting.').persons.find((x) => x.name === 'Li Ming')
    expect(p?.org).toBe('Department of Civil Affairs of Hunan Province')
  })

  // Controls: a department of a university is no body of a region; a relative noun after it names no place here.
  it.each([
    ['Professor Wang of the Department of History of Fudan University spoke.', [['Fudan University', 'other', '上海市']]],
    ['The Department of Education of the province sent officials.', []],
  ])('control: %s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})
