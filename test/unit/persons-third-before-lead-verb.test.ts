import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth: a titled name of three characters whose last the segmenter set apart as an adverb,
// before a verb of leading or presence (四级调研员杨月/x 才/d 带领: dev 1349): a titled person is named whole before what they did.
// Not 得: as děi ("must") it follows a subject (主任王芳得主持会议), so a name before it keeps two characters.
describe('persons: a third character set apart before a verb of leading is the name\'s', () => {
  it.each([
    ['江干区工商联党组成员、四级调研员杨月才带领江干区企业家协会考察团赴恩施州考察。', ['杨月才']],
    ['市政协副主席杨月才带领调研组深入企业。', ['杨月才']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Controls: an adverb that names do not end in stays the sentence's (也, 还, 未), and so does modal 得; a plain two-character name before 带领.
  it.each([
    ['市政协主席李明也带领委员视察。', ['李明']],
    ['市政协主席李明带领委员视察。', ['李明']],
    ['市政协主席李明还带领委员视察。', ['李明']],
    ['主任李明未参加会议。', ['李明']],
    ['因会议临时调整，主任王芳得主持会议。', ['王芳']],
    ['市政协主席王芳得带领调研组再跑一趟。', ['王芳']],
    ['市委书记王刚得带领全市人民奋斗。', ['王刚']],
    ['在市政协主席李明的陪同下，调研组参观了园区。', ['李明']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
