import { describe, expect, it } from 'vitest'
import { RESOURCES } from '../../src/analyzer.js'
import { createAnalyzer } from '../../src/index.js'
import { analyzer } from '../helpers.js'

// Review r32 (r32-perfC): Resources.chinese(text) says whether a page can hold a Chinese name or title. A page with no Han
// character can, where the user's extension lists a title written in Latin letters alone (CEO): such a title is a Chinese
// title as much as 总工程师 is, so its page must still be read for Chinese persons. Hand-checked inputs.
describe('Resources.chinese: a Latin title from the extension keeps a Han-free page Chinese', () => {
  const extended = createAnalyzer({ extend: { roles: ['CEO'] } })

  it('a Han-free page is Chinese only with such a title in the extension', () => {
    const text = 'CEO Wang Yiming said the firm would invest more.'
    expect(extended[RESOURCES].chinese(text)).toBe(true)
    expect(analyzer[RESOURCES].chinese(text)).toBe(false)
    // A Han title in the extension does not make a Han-free page Chinese.
    expect(createAnalyzer({ extend: { roles: ['总工程师'] } })[RESOURCES].chinese(text)).toBe(false)
  })

  it('the Latin title is found before a Chinese name on an English page', () => {
    expect(extended.analyze('The meeting was chaired by CEO王一鸣.').persons.map((p) => [p.name, p.roles])).toEqual([['王一鸣', ['CEO']]])
    // …and the English side still reads its Han-free sentences.
    expect(extended.analyze('CEO Wang Yiming said the firm would invest more.').persons.map((p) => p.name)).toEqual(['Wang Yiming'])
  })
})
