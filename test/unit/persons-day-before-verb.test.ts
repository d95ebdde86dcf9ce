import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A day or a time word between a name and its verb (全国政协主席汪洋3日在…开幕会上…报告工作: dev 821; X日前在, X今天上午
// 出席) is passed over as an adverb is (data/speech-adverbs.txt), so a name that is also a dictionary word (汪洋 "vast
// ocean") after a title keeps the verb after it as its cue. National news reports write the day so (新华社北京3月3日电
// 全国政协主席汪洋3日在…). Sentences written by hand after that form.
const names = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles])

describe('a day between a name and its verb', () => {
  it.each([
    ['新华社北京3月3日电 全国政协主席汪洋3日在全国政协十三届二次会议开幕会上代表政协全国委员会常委会向大会报告工作时说,一年来,人民政协坚持履职为民。', '汪洋'],
    ['全国政协主席汪洋13日在开幕会上讲话。', '汪洋'],
    ['全国政协主席汪洋日前在开幕会上讲话。', '汪洋'],
    ['全国政协主席汪洋今天上午出席会议并讲话。', '汪洋'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([[name, ['主席']]])
  })

  // Controls: no title before the word, or no name before the day.
  it.each([
    ['会议3日在京开幕，委员们参加了讨论。'],
    ['一片汪洋3日仍未退去。'],
    ['洪水过后，汪洋3日仍未退去。'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})
