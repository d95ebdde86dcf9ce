import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A byline in capitals may open with a dash and end with the writer's e-mail address, as China Daily prints it
// (en dev 596: "- By HOU LIQIANG houliqiang@chinadaily.com.cn"): the writer is a person, in the ordinary form (as 340),
// with no role (as 596's gold). Sentences written by hand, truth worked out by hand.
// Controls: capitals after "By" followed by ordinary words are no byline.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('a byline with a dash or an e-mail address', () => {
  it.each([
    ['Party leaders named\n- By HOU LIQIANG houliqiang@chinadaily.com.cn\nThe leaders met.', [['Hou Liqiang', []]]],
    ['Party leaders named\nBy ZHANG YI zhangyi@chinadaily.com.cn\nThe leaders met.', [['Zhang Yi', []]]],
    ['Party leaders named\n— By LI MING\nThe leaders met.', [['Li Ming', []]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})

describe('control: no byline', () => {
  it.each([
    ['Party leaders named\n- By THE WAY we met.', []],
    ['Party leaders named\nBy HOU LIQIANG at noon the leaders met.', []],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
