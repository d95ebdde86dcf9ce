import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 同胞 is a cue that a name follows (台湾同胞林某: data/person-cues.txt), but 同胞福祉 (the compatriots' well-being) is one of
// the set phrases of cross-strait and united-front reports (台灣同胞福祉系於民族復興: dev 1393; 增进两岸同胞福祉): 福祉 is a
// noun, no name (data/not-persons.txt). Sentences written by hand after those forms.
const names = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)

describe('同胞福祉 is no person', () => {
  it.each([
    ['台灣前途在於國家統一，台灣同胞福祉系於民族復興。'],
    ['要增进两岸同胞福祉，推动两岸融合发展。'],
    ['为港澳同胞福祉贡献力量。'],
    ['始终把台湾同胞福祉放在心上。'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })

  // Controls: a name after the cue stays a person.
  it.each([
    ['台湾同胞林建华在座谈会上发言。', '林建华'],
    ['彝族同胞曾明俊讲述了家乡的变化。', '曾明俊'],
    // …and a name holding 福祉 (the phrase is listed, not the word: round 31 review).
    ['市政协委员张福祉在会上发言。', '张福祉'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})
