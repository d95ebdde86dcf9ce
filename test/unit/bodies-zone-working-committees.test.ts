import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A name right before a zone's word names the zone (松山新区 of 锦州, a new area, no division): the page's 区 words
// (区工委, 驻区委员) may be the zone's, so they vouch for no county of that name elsewhere (松山区 of 赤峰, dev 1112).
describe('a county name that names a zone gets no support from the page speaking of its 区', () => {
  it.each([
    ['市政协主席李玉霞带领委员视察新区。区工委书记邢恩国陪同。座谈会上，松山新区工委书记邢恩国汇报了松山新区发展情况。', '松山区'],
    ['区工委副书记出席。江北新区建设成效明显，江北新区管委会作了汇报。', '江北区'],
  ])('%s: no %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).not.toContain(place)
  })
  // Controls: the name written without a zone's word, or the zone's city written (南沙新区 of 广州), stays the county.
  it.each([
    ['区政协组织委员视察陈仓。委员们表示将为陈仓发展多建言。', '陈仓区'],
    ['区政协组织委员视察南沙新区。委员们表示将为南沙新区发展多建言。广州市政协委员参加。', '南沙区'],
  ])('%s → %s', (text, place) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toContain(place)
  })
})

// A zone's party working committee written 工委 after its name (松山新区工委, as 经开区党工委), with the zone's
// other committee bare after the title (管委会主任); a zone is no division: its bodies lie in the page's home.
describe("a zone's 工委 and 管委会, in the page's home", () => {
  it.each([
    ['锦州市政协视察松山新区，松山新区工委书记、管委会主任邢恩国陪同。', '松山新区工委', 'party', '锦州市'],
    ['锦州市政协视察松山新区，松山新区工委书记、管委会主任邢恩国陪同。', '松山新区管委会', 'government', '锦州市'],
    ['旬阳县政协主席调研高新区，高新区管委会主任陪同。', '高新区管委会', 'government', '旬阳县'],
    ['宛城区政协视察经开区，经开区党工委书记、管委会主任陪同。', '经开区党工委', 'party', '宛城区'],
  ])('%s → %s', (text, name, kind, region) => {
    const c = analyzer.analyze(text).committees.find((x) => x.name === name)
    expect(c).toMatchObject({ kind, region })
  })
  // Controls: 工委 after a phrase that ends in no zone's word is no zone's body.
  it.each([
    ['委员工委主任王五出席。', '委员工委'],
    ['县政协工委主任王五出席。', '县政协工委'],
  ])('%s: no %s from a zone', (text, name) => {
    expect(analyzer.analyze(text).committees.filter((c) => c.name === name && c.kind === 'party')).toEqual([])
  })
})
