import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Credit lines of English pages with the words "Writer:" (Writer: Han Ximin | Editor: Holly Wang) and, on Chinese sites'
// English pages, "责任编辑:" (责任编辑:Sun Chi(QN0019)): credits are roles (GUIDE.md), the Chinese one as written (en dev 263 and
// 559 gold 责任编辑, 360 writer). Sentences written by hand, truth worked out by hand. Controls: the word writer in a sentence.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('writer and Chinese editor credits', () => {
  it.each([
    ['Writer: Han Ximin  |  Editor: Holly Wang  |  From: Shenzhen Daily\n\nThe session closed.', [['Han Ximin', ['writer'], null, false], ['Holly Wang', ['editor'], null, false]]],
    ['The session closed on Monday.\n\n责任编辑:Sun Chi(QN0019)\n', [['Sun Chi', ['责任编辑'], null, false]]],
    ['The session closed on Monday.\n\n责任编辑：Ai Ting\n', [['Ai Ting', ['责任编辑'], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: the word writer in a sentence', () => {
  it.each([
    ['The writer Han Ximin visited the city on Monday.', [['Han Ximin', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
