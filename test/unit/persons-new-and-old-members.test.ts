import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// 新老 ("new and old") before the members it pairs is no name, though 新 is a surname and 委员 a title that names
// follow (dev 974: 分别代表新老委员发言). Sentences of our own; expected values by hand (GUIDE.md: named persons only).
describe('persons: 新老 before members is no name', () => {
  it.each([
    ['市农业农村局副局长王爱民、市自然资源局副局长吴立群分别代表新老委员发言。', ['王爱民', '吴立群']],
    ['3月5日,区政协召开新老委员座谈会,区政协主席李明出席。', ['李明']],
    ['市政协举行新老委员交流会。', []],
    // controls: the names written beside it stay
    ['新老委员代表王明、张华先后发言。', ['王明', '张华']],
    ['市政协老委员刘新民、新委员赵老三分别发言。', ['刘新民', '赵老三']],
  ])('%s', (text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort())
  })
})
