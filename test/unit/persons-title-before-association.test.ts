import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles] as const)

// A title written right before a word for an association (总裁 + 联合会, 律师 + 协会) names the association's members:
// no title of the name-like word before it (华中 of 华中总裁联合会会长陈丹武: dev page 1133). A title after a name with
// no such word stays one.
describe('persons: a title before an association word is none of the word before it', () => {
  it.each<[string, [string, string[]][]]>([
    ['华人集团副总裁匡升林、华中总裁联合会会长陈丹武等3名企业家代表分别作了发言。', [['匡升林', ['副总裁']], ['陈丹武', ['会长']]]],
    // Hand-written, like it.
    ['华东律师协会会长张三在会上发言。', [['张三', ['会长']]]],
    // Controls: a title after a name.
    ['张三律师在会上发言。', [['张三', ['律师']]]],
    ['李四委员在会上发言。', [['李四', ['委员']]]],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
