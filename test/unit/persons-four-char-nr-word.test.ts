import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// A four-character word the segmenter tags nr is mostly a set phrase (建立健全, 大展宏图, 封建王朝): before a title word
// that begins a noun (委员联系群众机制) it is no name (dev 1404). Expected by hand.
describe('persons: a four-character set phrase tagged nr before a title is no name', () => {
  it.each([
    ['调研组指出，基层政协直接面对人民群众，要建立健全委员联系群众机制。', '建立健全'],
    ['会议要求，进一步建立健全委员履职档案。', '建立健全'],
  ])('%s has no %s', (text, word) => {
    expect(names(text)).not.toContain(word)
  })

  // Controls: names before a title still read (a compound surname, a name of three characters).
  it.each([
    ['欧阳明月委员表示，要加强监管。', '欧阳明月'],
    ['张宏伟委员建议加强监管。', '张宏伟'],
  ])('%s keeps %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

// Rare surnames of modern use (data/surnames.txt, round 32): 翦 in a list of names (dev 1416). Expected by hand.
describe('persons: rare surnames in a list of names', () => {
  it.each([
    ['吴一坚、张宏伟、刘志强、许连捷、刘永好、翦英海、陈丽华等委员，共捐献款项和物品。', '翦英海'],
    ['全国政协委员翦英海表示，要加强监管。', '翦英海'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
