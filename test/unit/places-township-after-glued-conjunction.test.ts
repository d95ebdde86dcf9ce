import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A conjunction the segmenter glued to a township's name into a guessed person's name (和良渚/nr 街道, dev 1214) is the
// sentence's: the township is a place, the centre named from it a body as written, and there is no person 和良渚.
// Controls: a township written after the conjunction as its own word, and 和 between a title and a township. Expected by hand.
describe('places: a township after a conjunction glued to it', () => {
  it.each([
    ['余杭区调研了仁和街道社区卫生服务中心和良渚街道社区卫生服务中心。', '良渚街道', '良渚街道社区卫生服务中心'],
    ['余杭区调研了仁和街道和良渚街道。', '良渚街道', null],
    ['余杭区调研了仁和街道社区卫生服务中心及良渚街道社区卫生服务中心。', '良渚街道', '良渚街道社区卫生服务中心'],
  ])('%s', (text, place, body) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
    expect(r.persons.map((p) => p.name)).toEqual([])
    const names = r.committees.map((c) => c.name)
    if (body) expect(names).toContain(body)
    expect(names.some((n) => n.startsWith('和'))).toBe(false)
  })

  it.each([
    ['余杭区委员和良渚街道干部座谈。', '良渚街道'],
  ])('control %s', (text, place) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
  })
})
