import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. 沐 and 自 are surnames of Yunnan (data/surnames.txt); 自 is far more often a word's part.
describe('persons: rare regional surnames', () => {
  it.each([
    ['大会执行主席李劲松、柳洪、自福庄、沐华斌在主席台前排就座。', ['李劲松', '柳洪', '自福庄', '沐华斌']],
    ['市政协委员自福庄说,要加强调研。', ['自福庄']],
    // 郅 (郅顺义): a surname of modern use; a two-unit name after a title in a list (济南 page, round 20).
    ['市政协副主席刘勤、秘书长郅良参加活动。', ['刘勤', '郅良']],
    ['县政协委员郅红霞就乡村教育作了发言。', ['郅红霞']],
    // 颉 of Gansu (颉卫星): after a title, also in traditional characters with romanisation noise (dev 1102, round 21).
    ['座谈会上,县政协七届委员会主席颉卫星发表了热情洋溢的致辞。', ['颉卫星']],
    ['座談會(huì)上,縣政協(xié)七屆委員會(huì)主席頡衛(wèi)星發(fā)表了致辭。', ['颉卫星']],
    ['县政协副主席王建军、颉红梅参加调研。', ['王建军', '颉红梅']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['参加调研的委员来自教育、卫生等界别。'],
    ['委员们来自基层一线,自觉接受监督。'],
    ['各单位要各自发挥优势,自觉担当作为。'],
    ['各自履职尽责,自始至终保持热情。'],
    ['郅治之世,政通人和。'],
    ['两派观点颉颃,各有千秋。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
