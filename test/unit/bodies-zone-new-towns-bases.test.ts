import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)

// Round 26 (r26-fixinst): the administrative committee of a new town or an industrial base, named with it as a
// development zone's is (data/zone-words.txt: 新城, 基地), also written short 管委 (dev 950 滨海新城管委, 1012
// 沈阳法库通航产业基地管委会): kind government, in the page's home. Expected values hand-checked (GUIDE.md: government bodies).
describe('bodies: the committee of a new town or an industrial base', () => {
  it.each([
    ['钦州市政协委员履职。滨海新城管委为项目提供了用地支持。', '滨海新城管委'],
    ['法库县政协召开会议，沈阳法库通航产业基地管委会常务副主任王大出席。', '沈阳法库通航产业基地管委会'],
    ['钦州市政协调研。滨海新城党工委书记张三介绍情况。', '滨海新城党工委'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: name.endsWith('党工委') ? 'party' : 'government' })
  })
})

// Controls: a base or a new town visited is no body; 管委 inside another body's name is that body.
describe('bodies: bases and new towns without their committee are no body', () => {
  it.each([
    ['某县政协委员调研红色教育基地，参观新城小区。', []],
    ['吉林市政协调研。市建管委、市城管委负责人参加。', ['吉林市政协', '吉林市建管委', '吉林市城管委']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
