import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// "A and B, T1 and T2, respectively": each name takes its title in order (en 576: Xiao Zhiheng and Wan Qingliang, the
// secretary general of … and the party boss of …, respectively), where the whole apposition once went to the last name.
// Without "respectively", or with other than one title per name, the rules before hold (a plural title is each name's).
describe('English persons: titles after a list of names, respectively', () => {
  it.each<[string, Array<[string, string[]]>]>([
    ["Sources said Xiao Zhiheng and Wan Qingliang , the secretary general of the provincial government and the party boss of Jieyang city , respectively, were likely to be promoted.",
      [['Xiao Zhiheng', ['secretary general']], ['Wan Qingliang', ['party boss']]]],
    ['Li Qiang and Wang Yi, vice chairman and secretary-general of the CPPCC Hebei Committee respectively, attended.',
      [['Li Qiang', ['vice chairman']], ['Wang Yi', ['secretary-general']]]],
    // Control: a plural title shared by the list, no "respectively".
    ['Li Ming and Zhang Hua, vice chairmen of the CPPCC Hebei Committee, attended.', [['Li Ming', ['vice chairman']], ['Zhang Hua', ['vice chairman']]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})
