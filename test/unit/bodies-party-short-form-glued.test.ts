import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
// The texts of a body's mentions: the second writing, short, must be one of them (the first writes the name in full).
const mentions = (text: string, body: string) => analyzer.analyze(text).committees.find((c) => c.name === body)?.mentions.map((m) => m.text) ?? []

// A democratic party's short form (社 of 九三学社, 盟 of 民盟) that the segmenter glues to the conjunction or preposition
// before it (及社/x + 玉溪市委) still begins that party's committee: 及社玉溪市委机关人员 is 九三学社玉溪市委's staff, not
// the Communist Party's 玉溪市委 (dev 617). Expected values by hand.
describe('bodies: a party short form glued to the word before it', () => {
  it.each([
    ['九三学社玉溪市委主委宁杰主持会议。参政议政工作委员会委员及社玉溪市委机关人员共10人参加了会议。', '九三学社玉溪市委', '社玉溪市委', '玉溪市委'],
  ])('%s → %s (written %s)', (text, body, short, not) => {
    expect(mentions(text, body)).toContain(short)
    expect(names(text)).not.toContain(not)
  })

  // Controls: the Communist Party's committee written with its region on such a page stays its own; a short form
  // standing alone reads as before.
  it.each([
    ['九三学社玉溪市委召开会议。中共玉溪市委统战部副部长出席。', '玉溪市委统战部'],
    ['九三学社玉溪市委召开会议。社玉溪市委机关人员参加。', '九三学社玉溪市委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
