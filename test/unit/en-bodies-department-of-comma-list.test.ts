import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * The capitalised words after a regional department's "of" take a comma list only where "and" closes it (Shenzhen
 * Municipal Bureau of Science, Technology and Information); a comma with no "and" after it ends the name, as the next
 * item of a roster follows (Deputy Director of the Jiangsu Provincial Department of Education, Qin Yinlin, a member
 * of …: the department, and the person; en dev 528). Controls: "and" lists keep their words.
 */
const read = (t: string) => { const r = analyzer.analyze(t); return [r.committees.filter((c) => c.kind === 'government').map((c) => c.name), r.persons.map((p) => p.name)] }

describe('department of: a comma without "and" ends the name', () => {
  it.each([
    ['Cao Yumei, Deputy Director of the Jiangsu Provincial Department of Education, Qin Yinlin, a member of the CPPCC Jiangsu Provincial Committee, attended.', [['Jiangsu Provincial Department of Education'], ['Cao Yumei', 'Qin Yinlin']]],
    ['Zhang Hua, director of the Hainan Provincial Department of Agriculture, Wang Lei, a member of the CPPCC Hainan Provincial Committee, and others attended.', [['Hainan Provincial Department of Agriculture'], ['Zhang Hua', 'Wang Lei']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['He visited the Shenzhen Municipal Bureau of Science, Technology and Information on Monday.', [['Shenzhen Municipal Bureau of Science, Technology and Information'], []]],
    ['Li Qiang, director of the Guangdong Provincial Department of Human Resources and Social Security, spoke.', [['Guangdong Provincial Department of Human Resources and Social Security'], ['Li Qiang']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})
