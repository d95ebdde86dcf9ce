import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// Round 17 (departments, dev 958; dev 750 so annotated): a police station named by its area is a public-security organ,
// a public body (README: State organs are, however they are named), kind government, in the page's home where its name
// writes no place. Expected values worked out by hand.

describe('bodies: a police station named by its area', () => {
  it.each([
    ['信州区人大常委会视察公安工作。视察组先后深入稼轩警务站、西市派出所，为信州区高质量发展提供保障。', '西市派出所', '信州区'],
    ['委员们视察了江北区公安分局和观音桥派出所。', '观音桥派出所', '观音桥街道'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    // No name: the station of wherever it is, or every one.
    ['民警深入辖区派出所开展走访。', '派出所'],
    ['协调属地派出所依法处置。', '派出所'],
    ['委员们走访了当地派出所。', '派出所'],
    ['民警深入附近派出所了解情况。', '派出所'],
    ['委员走访基层派出所和社区。', '派出所'],
    ['全市各派出所加强巡逻防控。', '派出所'],
    ['深入派出所开展座谈慰问活动。', '派出所'],
    // A kind of station, or one newly built: 新建 and 治安 are tagged as places by the segmenter (新建 a district of 南昌).
    ['新建派出所已投入使用，市政协委员前往调研。', '派出所'],
    ['海曙区政协委员视察了城区的治安派出所。', '派出所'],
    ['今年新建学校3所，新建派出所2个。', '派出所'],
  ])('%s: no body ending in %s', (text, head) => {
    expect(names(text).filter((n) => n.endsWith(head))).toEqual([])
  })
})
