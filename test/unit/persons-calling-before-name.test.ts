import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A calling of the arts and letters written right before a name (画家, 书法家, 篆刻家; 知名, 著名 before it) describes the
// person and is no post: the gold reports no role for it (dev 730, 868, 906), and the titles written before it are the
// name's (data/title-words.tsv, calling). Real sentences of dev pages 730, 868, 906 and hand-written ones of that form.
describe('a calling of the arts right before a name is no role; the chain before it is the name\'s', () => {
  it.each<[string, string, string[], string | null]>([
    ['全国政协委员、知名画家何水法说，他今年带了6个提案，包括促进新型城镇化。', '何水法', ['委员'], '全国政协'],
    ['在天安门广场拉起由全国政协委员、中国篆刻艺术院院长篆刻家骆芃芃书写的横幅。', '骆芃芃', ['委员', '院长'], '全国政协'],
    ['为祝贺会员之家的成立，书法家李超洪题字一幅。', '李超洪', [], null],
    ['省政协常委、著名书法家张海出席开幕式并致辞。', '张海', ['常委'], '省政协'],
    ['市文联副主席、青年作家王小明作了发言。', '王小明', ['副主席'], '市文联'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    const p = person(text, name)
    expect(p?.roles ?? []).toEqual(roles)
    expect(p?.org ?? null).toBe(org)
  })

  it.each<[string, string, string[]]>([
    // Controls: a title written after another name (赵刚副主席) is that name's, across a calling too.
    ['会上，赵刚副主席、知名画家王红先后发言。', '王红', []],
    // …and titles of learning stay roles (教授, 院士: gold of dev 1138, 1181).
    ['全国政协委员、南开大学教授钟茂初说。', '钟茂初', ['委员', '教授']],
    ['中国科学院院士李卫出席会议。', '李卫', ['院士']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles ?? []).toEqual(roles)
  })
})
