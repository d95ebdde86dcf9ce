import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A byline closes with a credit after a slash (记者 程海英/文图: Sichuan news writes 文图 for 文/图). The credit is no
// person (data/not-persons.txt); the reporter before it stays. Sentences written for this test (the first as dev 929).
describe('persons: 文图 after a slash in a byline is a credit', () => {
  it.each([
    ['四川新闻网消息(李真梅 粟科 记者 程海英/文图)3月15日,县政协副主席率队到福集镇。', ['李真梅', '粟科', '程海英']],
    ['(记者 张三/文图)3月15日,县政协副主席到福集镇开展视察。', ['张三']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
