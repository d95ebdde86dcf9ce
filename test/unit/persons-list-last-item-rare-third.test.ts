import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// The last item of a 、-list of names, closed by 等, whose third character names rarely use and the segmenter left alone
// (张世/x 珞/nz 等: dev page 1133): the list's mark before it and the 等 after it bound the name as a mark would.
describe('a list of names: the last item before 等 keeps a rare third character', () => {
  it.each<[string, string]>([
    ['邬剑强、丁钢、向浩萍、张世珞等4名政协委员代表和企业家代表分别作了发言。', '张世珞'],
    // Hand-written, like it.
    ['座谈会上，王建华、李明、张世珞等委员先后发言。', '张世珞'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each<[string, string[]]>([
    // Controls: the 等 itself is no name's (王平等 is 王平), and a list of words is no list of names.
    ['出席会议的有张明、王平等。', ['张明', '王平']],
    ['刘伟、李强、陈平等同志参加。', ['刘伟', '李强', '陈平']],
    ['教育、财政、卫健等部门负责人参加。', []],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
