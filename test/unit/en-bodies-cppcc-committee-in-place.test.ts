import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const cppcc = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc').map((c) => [c.name, c.region])

// "CPPCC Committee in <place>": the word Committee right after CPPCC, then in/of and a division the page names, is
// that division's CPPCC committee, named as written through the place (en 424 'a Member of CPPCC Committee in Tianjin';
// en 375 'the 14th CPPCC committee in Shanghai', a further mention of the Shanghai committee). Sentences of our own.
describe('English bodies: CPPCC Committee in <place>', () => {
  it.each<[string, string[][]]>([
    ['Wang Li, a member of the CPPCC Committee in Tianjin, spoke on Monday.', [['CPPCC Committee in Tianjin', '天津市']]],
    ['Members of the CPPCC Committee in Shanxi Province met on Monday.', [['CPPCC Committee in Shanxi Province', '山西省']]],
    ['Li Hong was elected chairman of the CPPCC committee of Hangzhou.', [['CPPCC committee of Hangzhou', '杭州市']]],
    // Plural: committees of several regions, no one body.
    ['Members of CPPCC committees in Sichuan met.', []],
    // Already a body's further mention: one body, named by its other form.
    ['The Shanghai Municipal Committee of the CPPCC met. The 14th CPPCC committee in Shanghai concluded its session.', [['Shanghai Municipal Committee of the CPPCC', '上海市']]],
  ])('%s', (text, expected) => {
    expect(cppcc(text)).toEqual(expected)
  })
})
