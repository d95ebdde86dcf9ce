import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A zone's committee written bare (管委会) right after the title of the zone's other committee written with a relative word
// (区党工委 on a page about the zone, read as 高新区党工委 by home-zone.ts) and an enumeration mark is that zone's too (one
// person's titles; gold of dev 361: 区党工委副书记、管委会副主任 → 高新区党工委 and 高新区管委会). Expected values by hand;
// (page N) marks a dev page's sentence, the others were written for this test.
const ZONE_PAGE = '高新区作为我市实施工业倍增计划的主阵地，高新区要统一思想认识。'
describe('bodies: a zone\'s bare committee after its relative body\'s title', () => {
  it.each([
    // (page 361)
    [`市政协副主席任某带领调研组来我区调研。区党工委副书记、管委会副主任韩昉陪同。${ZONE_PAGE}`, ['市政协', '高新区党工委', '高新区管委会']],
    [`区工委书记、管委会主任张三出席。${ZONE_PAGE}`, ['高新区工委', '高新区管委会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // no zone page: 区党工委 stays as written, and the bare 管委会 names none
    ['区党工委副书记、管委会副主任韩昉陪同。', ['区党工委']],
    // another person's title: no one person's list
    [`区党工委副书记李四和管委会副主任韩昉陪同。${ZONE_PAGE}`, ['高新区党工委']],
  ])('%s: no zone committee', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
