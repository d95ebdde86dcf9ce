import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A title before the first name of a list and one after a count that closes it (省政协委员A、B两位教授) are both
// every name's (README: roles are the titles the text gives the person; dev 1226). Expected by hand.
describe('persons: a list with a title before it and a counted title after it', () => {
  it.each([
    ['表彰的福州大学省政协委员魏明灯、刘明华两位教授表示祝贺。', '魏明灯', ['委员', '教授'], true],
    ['表彰的福州大学省政协委员魏明灯、刘明华两位教授表示祝贺。', '刘明华', ['委员', '教授'], true],
    ['县政协召开座谈会，县政协常委王建国、李春生、赵立华三位教授作了发言。', '李春生', ['常委', '教授'], true],
    ['县政协召开座谈会，县政协常委王建国、李春生、赵立华三位教授作了发言。', '赵立华', ['常委', '教授'], true],
  ])('%s → %s', (text, name, roles, member) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(member)
  })

  // Controls: no count after the list (the title before is every name's, no more); a form of address after the
  // count (两位同志) is no title; a name between with its own title keeps its own.
  it.each([
    ['市政协委员张明、李华参加调研。', '李华', ['委员']],
    ['县政协副主席李强、王刚两位同志出席。', '王刚', ['副主席']],
    ['县政协副主席李强、王刚两位同志出席。', '李强', ['副主席']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
