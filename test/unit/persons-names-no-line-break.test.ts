import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => ({ name: p.name, mentions: p.mentions.map((m) => text.slice(m.start, m.end)) }))

// A name never holds a line break or a mark after it (a review of round 13; dev 678: 作者:卢林⏎编辑:卢林⏎ gave 卢林⏎):
// the character after every mention of a two-character reading lengthens it only where it is a Han character. A name
// cut in two by a break is joined on purpose elsewhere (namesAcrossBreaks: its span holds the break, its name not).
// Sentences of our own alike.
describe('persons: a name repeated before a line break', () => {
  it.each([
    ['县政协主席周尚亮出席。\n作者:卢林\n编辑:卢林\n', [{ name: '周尚亮', mentions: ['周尚亮'] }, { name: '卢林', mentions: ['卢林', '卢林'] }]],
    ['会议召开。\n编辑:张华\n审核:张华\n', [{ name: '张华', mentions: ['张华', '张华'] }]],
    ['市政协召开座谈会。\n文字:王芳\n摄影:王芳\n', [{ name: '王芳', mentions: ['王芳', '王芳'] }]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
