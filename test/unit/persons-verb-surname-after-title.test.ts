import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}[${p.roles.join(',')}]`)

// A surname the segmenter takes for a verb (戴/v, 申/v) before a given name it reads as a place or direction word
// (北方/f, 东方/s), right after a title and closed by a mark: the title says a name begins there, as it does for a
// surname read as an adverb (曾/d) or a preposition (于/p). Dev 1070 (市政协主席戴北方、), 881 (记者申东方）).
// Expected values worked out by hand.
describe('persons: a surname read as a verb after a title', () => {
  it.each([
    ['深圳市政协六届三次会议开幕，市政协主席戴北方、常务副主席刘润华在主席台就座。', '戴北方[主席]'],
    ['本报讯（聊城日报全媒体记者申东方）11月13日，省政协调研组来聊城调研。', '申东方[全媒体记者]'],
    ['会议由县政协副主席戴东方主持。', '戴东方[副主席]'],
  ])('%s', (text, person) => {
    expect(persons(text)).toContain(person)
  })

  // Controls: the verb with its object after a title, and a verb before a place word, give no name.
  it.each([
    ['全体委员戴口罩，有序入场。', '戴口罩'],
    ['政协委员申请加入志愿服务队。', '申请加'],
    ['主持人戴上耳麦，北方的冬天很冷。', '戴上'],
  ])('%s', (text, part) => {
    expect(persons(text).some((p) => p.startsWith(part.slice(0, 2)))).toBe(false)
  })
})
