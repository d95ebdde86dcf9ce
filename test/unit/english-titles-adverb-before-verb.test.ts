import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// "He serves as …" with an adverb of time before the verb and no copula (She currently serves as …, He also served as …):
// the title goes to the name the pronoun or subject stands for (issue #15; hand-written sentences of the class).
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org])

describe('English titles after an adverb and a verb of office', () => {
  it.each([
    ['Wang Ming attended the meeting. She currently serves as director of the Hubei Provincial Department of Education.', [['Wang Ming', ['director'], 'Hubei Provincial Department of Education']]],
    ['Zhang Hua currently serves as chairman of the Shanghai Federation of Industry and Commerce.', [['Zhang Hua', ['chairman'], 'Shanghai Federation of Industry and Commerce']]],
    ['Li Hua spoke at the forum. He also served as vice chairman of the CPPCC Jiangsu Provincial Committee.', [['Li Hua', ['vice chairman'], 'CPPCC Jiangsu Provincial Committee']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  // Controls: no verb of office after the adverb.
  it.each([
    ['Zhang Hua now lives in Shanghai and works for the Shanghai Federation of Industry and Commerce.', [['Zhang Hua', [], null]]],
    ['Wang Ming attended the meeting. He serves as vice chairman of the Jiangsu Provincial Committee of the CPPCC.', [['Wang Ming', ['vice chairman'], 'Jiangsu Provincial Committee of the CPPCC']]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
