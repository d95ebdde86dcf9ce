import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles])

// Round 24 (departments, dev 1169): a byline written as one run (记者张原通讯员关跃忠) puts a name that ends in a character
// of data/role-modifiers.tsv (原 of 张原) right before the next credit; that character is the name's, not a modifier of the
// title after it (原通讯员). A modifier after a word that is no name stays the title's (区政协原主席). Sentences written for
// this test; expected values by hand.
describe('persons: a name’s last character is no modifier of the title after it', () => {
  it.each<[string, Array<[string, string[]]>]>([
    ['(记者张原通讯员关跃忠)', [['张原', ['记者']], ['关跃忠', ['通讯员']]]],
    ['(记者刘志原通讯员王明辉)', [['刘志原', ['记者']], ['王明辉', ['通讯员']]]],
    // controls: the modifier after a body or a list mark is the title's
    ['区政协原主席王五出席会议。', [['王五', ['原主席']]]],
    ['县政协原副主席李四、原秘书长张三出席会议。', [['李四', ['原副主席']], ['张三', ['原秘书长']]]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
