import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A verb of election gives the title written after it (李明为秘书长, 选举孟凡明为主任委员); a title that begins a word that
// is none (委员 of 委员会) is no title there: 李铁林为提案委员会主任 made 李铁林 a 委员 (round 18, dev page 1002, where the
// special committees are written bare after 政协十一届全国委员会设九个专门委员会). Sentences of our own but the first.
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

describe('persons: a verb of election before a body ending in 委员会', () => {
  it.each([
    ['会议决定,李铁林为提案委员会主任,张左己为经济委员会主任。', '李铁林'],
    ['常委会决定，刘建国任提案委员会副主任。', '刘建国'],
  ])('%s: %s is no 委员', (text, name) => expect(person(text, name)?.roles ?? []).not.toContain('委员'))

  // Controls: a title written right after the verb, or after a body the lexicon knows, is still given.
  it.each([
    ['会议选举孟凡明为主任委员。', '孟凡明', '主任委员'],
    ['李明当选为市政协委员。', '李明', '委员'],
    ['王芳为县政协委员会委员。', '王芳', '委员'],
    ['会议决定，张左己为全国政协经济委员会主任。', '张左己', '主任'],
  ])('%s: %s is %s', (text, name, role) => expect(person(text, name)?.roles).toContain(role))
})
