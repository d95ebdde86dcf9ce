import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A surname the segmenter takes for a preposition (于/p 现伟/x) at a clause start was read as a name only before a title
// (于建华委员说); as the first item of a 、-list of names the list tells a name as well (round 18, dev page 1000: 会上,
// 于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员). Sentences of our own but the first.
const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

describe('persons: a preposition surname opening a 、-list of names', () => {
  it.each([
    ['会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员作了大会发言。', '于现伟'],
    ['会上，于海涛、李红梅、王建国等委员先后发言。', '于海涛'],
    ['座谈会上，向崇华、刘志强两位委员围绕乡村振兴建言。', '向崇华'],
  ])('%s → %s', (text, name) => expect(names(text)).toContain(name))

  // Controls: a preposition before ordinary words, also in a 、-list, is no name.
  it.each([
    '向社会、向群众公开征集意见。',
    '对企业、对个人都一样适用。',
    '于是、因此等关联词语要用准确。',
    '会上，向各位委员、各民主党派通报了情况。',
  ])('%s: no name', (text) => expect(names(text)).toEqual([]))
})
