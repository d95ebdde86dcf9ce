import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 19 (mass organisations): a body's other name written in brackets between it and a title (区工商联(总商会)主席,
// dev 497; 欧美同学会(中国留学人员联谊会), dev 123) leaves the title the body's. Expected values worked out by hand.

describe('persons: a title after a body and its other name in brackets is the body’s', () => {
  it.each([
    ['西山区召开会议。区工商联(总商会)副会长王明出席。', '王明', '副会长', '西山区工商联'],
    ['嘉善县召开会议。县工商联（总商会）主席莫国平讲话。', '莫国平', '主席', '嘉善县工商联'],
    ['会议由欧美同学会(中国留学人员联谊会)副会长张海主持。', '张海', '副会长', '欧美同学会'],
    ['源汇区召开大会。源汇区工商业联合会(总商会)主席李益民讲话。', '李益民', '主席', '源汇区工商业联合会'],
  ])('%s → %s %s of %s', (text, name, role, org) => {
    expect(person(text, name)).toMatchObject({ roles: [role], org })
  })

  it.each([
    // A note in brackets after a name, not after a body: no body is carried in.
    ['会议由王明(女)主持,副会长李强发言。', '李强', null],
    // Brackets too long to be a body's other name: the title stands alone.
    ['区工商联(今年新成立的三个行业商会都派了代表)副会长赵刚出席。', '赵刚', null],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org ?? null).toBe(org)
  })
})
