import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyse = (text: string) => analyzer.analyze(text)
const places = (text: string) => analyse(text).places.map((p) => p.name)
const committees = (text: string) => analyse(text).committees.map((c) => c.name)

// A county's short form that is the first word of a body's organ written whole (公安 of 公安分局, the public security
// branch bureau; 黄埔 of 黄埔军校同学会): the organ word names no place, so the body right after it is no evidence for
// the county (公安县 is no place of a page on 黄石 that writes 公安分局). A short form before an organ it does not begin
// (掇刀 + 分局, 公安县 + 分局) keeps it. Expected values by hand.
describe('places: a county short form that begins an organ word', () => {
  it.each([
    ['黄石市政协委员视察了公安分局办案指挥中心。', '黄石市'],
    ['洛阳市政协委员视察了老城公安分局和西工公安分局。', '洛阳市'],
    ['区政协组织委员走进公安分局,听取工作汇报。', null],
    ['西塞山区政协委员先后视察了区公安分局和公安分局指挥中心。', '西塞山区'],
  ])('%s', (text, home) => {
    const found = places(text)
    expect(found).not.toContain('公安县')
    if (home) expect(found).toContain(home)
    expect(committees(text).some((c) => c.startsWith('公安县'))).toBe(false)
  })

  // Controls: the county itself, in full or short before an organ it does not begin, stays a place.
  it.each([
    ['公安县政协组织委员视察县公安局。', '公安县'],
    ['湖北公安县政协主席一行来访。', '公安县'],
    ['委员视察了掇刀分局。', '掇刀区'],
    ['荆州市政协委员赴公安县调研。', '公安县'],
  ])('%s', (text, name) => {
    expect(places(text)).toContain(name)
  })
})
