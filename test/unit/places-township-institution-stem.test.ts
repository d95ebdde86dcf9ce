import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const run = (text: string) => analyzer.analyze(text)
const places = (text: string) => run(text).places.map((p) => `${p.name}<${p.parent}`)

// A township's institution named from the township's short form (临城 + 卫生院 of 临城镇, the health centre every township
// has) on a page that writes neither the township in full nor its county: the stem names the township where it names one
// division, or where another township of the same county is so written (data/place-words.tsv, column institution; dev 902).
describe('places: a township written short before its health centre (卫生院, 中心卫生院)', () => {
  it.each([
    // [text, expected places (name<parent)] — the parents checked in data/divisions.tsv (NBS 2023)
    ['委员们来到静升卫生院调研。', ['静升镇<灵石县']],
    ['县政协委员先后视察了石梁河卫生院和县人民医院。', ['石梁河镇<东海县']],
    ['大济卫生院、七星台卫生院的院长参加座谈。', ['大济镇<仙游县', '七星台镇<枝江市']],
    // 临城镇 of three counties (and 临城县): 白砂镇, of 上杭县 alone, decides for 上杭县's.
    ['县政协视察组前往临城卫生院、白砂卫生院等单位。', ['临城镇<上杭县', '白砂镇<上杭县']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })

  it('the county of those townships is the one a relative word means (县政协 → 上杭县政协)', () => {
    const r = run('县政协视察组前往临城卫生院、白砂卫生院等单位。')
    expect(r.committees.map((c) => c.name)).toContain('上杭县政协')
    const c = r.committees.find((x) => x.name === '白砂卫生院')
    expect(c?.region).toBe('白砂镇')
  })

  it('a generic stem names no body of a township (垦区农场卫生院: no 农场卫生院 of 农场街道)', () => {
    expect(run('垦区农场卫生院改革。').committees.filter((c) => c.region === '农场街道')).toEqual([])
  })

  it.each([
    // A stem of several townships that nothing on the page settles names none.
    ['县政协视察组前往临城卫生院了解情况。'],
    ['委员们来到古城卫生院调研。'],
    // Generic words, no stem.
    ['委员们走访了乡镇卫生院和村卫生室。'],
    // Other words after a township's stem are no such evidence alone (马上办, 联络办: the 办 of a street's office).
    ['争取“马上办”、立竿见影。'],
    ['委员们走访了部分苏木镇联络办、社区。'],
    // A stem that is a generic word first (农场 of 农场街道, 宝山区 of 双鸭山; 林场, 矿区, 社区, 城区): the farm's health
    // centre, no township (review of round 29, point 7; data/word-short-forms.txt).
    ['垦区农场卫生院改革。'],
    ['委员们走访了农场卫生院。'],
    ['委员们来到林场卫生院调研。'],
    ['委员们来到矿区卫生院调研。'],
    ['委员们来到社区卫生院调研。'],
    ['委员们来到城区卫生院调研。'],
  ])('no place: %s', (text) => {
    expect(places(text)).toEqual([])
  })
})
