import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A zone's committee named from a county's short form (正定高新区管委会): the place the page reads there begins the
// zone's name, whatever the segmenter tags it (正定/d), as 唐河/ns + 高新区管委会 does; region the county (dev-pages
// README: zone bodies as written, region the division they lie in; gold of 1045, 361). (page N) marks a dev page's
// sentence, the others were written for this test.
describe('bodies: a zone named from a county’s short form', () => {
  it.each([
    // (page 1148)
    ['正定县委副书记陈振居，正定高新区管委会副主任索伟华等陪同调研。', [['正定县委', '正定县'], ['正定高新区管委会', '正定县']]],
    ['正定县委书记出席。正定高新区党工委书记张三陪同。', [['正定县委', '正定县'], ['正定高新区党工委', '正定县']]],
    ['唐河县委书记出席，唐河高新区管委会主任出席。', [['唐河县委', '唐河县'], ['唐河高新区管委会', '唐河县']]],
  ])('%s', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })

  it.each([
    // no place read before the zone: as written
    ['高新区管委会副主任索伟华陪同调研。', [['高新区管委会', null]]],
    // an adverb that is no place stays out of the name
    ['调研组正在高新区管委会座谈。', [['高新区管委会', null]]],
  ])('%s: as written', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })
})
