import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word on a page that names no place of its level is lifted through the towns its article writes
// (test/fixtures/dev-pages/README.md, "lifted through a written lower division"). Town names that several counties
// bear still agree where one county alone has them all: hand-checked against data/divisions.tsv (固城镇 and 大屯乡
// are both towns of 清丰县 only; 安陵镇 and 梁集镇 are towns of both 景县 and 吴桥县).
describe('regions: town names of several counties lift a relative word to the one county that has them all', () => {
  it.each([
    // dev 608 (清丰 written only in a hospital's name).
    ['6月15日,县政协副主席带领部分委员视察城关镇、固城镇、大屯乡卫生院和县人民医院。', '清丰县政协'],
    ['县政协主席王明带队到固城镇、大屯乡调研秸秆综合利用。县政协副主席李华参加调研。', '清丰县政协'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // One name of several counties alone says nothing.
    ['县政协主席王明到城关镇调研。', '县政协'],
    // Two names that two counties both have: the page does not say which.
    ['县政协主席王明带队到安陵镇、梁集镇调研。', '县政协'],
  ])('%s → %s as written', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
