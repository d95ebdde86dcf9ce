import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const roles = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)?.roles

// A one-character credit joined to its name by a credit mark (文/张菡, 图 | 邹金修) or to another credit (文/摄影 尹虹懿) is
// the name's role (GUIDE.md: credits are roles; README: a credit is the word as written; gold of dev 596, 604, 798, 1010, 1274, as data/mark-credits.txt).
// Written alone, 文 and 图 are no credit: after a Han character (中文, 地图, 全文：) or with no mark after them. Sentences
// written for this test after those pages' credit lines; the expected roles are read by hand.
describe('persons: one-character credits joined by a credit mark', () => {
  it.each([
    ['5月6日晚,台盟上海市委举办交流活动。(文/张菡,图/李彬)', '张菡', ['文']],
    ['5月6日晚,台盟上海市委举办交流活动。(文/张菡,图/李彬)', '李彬', ['图']],
    ['区政协召开常委会议。\n文/摄影 尹虹懿\n', '尹虹懿', ['文', '摄影']],
    ['市政协开展调研活动。\n文 | 王建国\n图 | 李晓明\n', '王建国', ['文']],
    ['市政协开展调研活动。\n文 | 王建国\n图 | 李晓明\n', '李晓明', ['图']],
  ])('%s → %s %j', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expected)
  })

  // Controls: 文 or 图 written after a Han character, or with no mark after it, is no credit.
  it.each([
    ['会议学习了全文:王明在会上作了发言。', '王明'],
    ['市政协副主席王明出席会议,市档案馆展出地图:张伟介绍了展览。', '张伟'],
  ])('%s: %s has no one-character credit', (text, name) => {
    const r = roles(text, name) ?? []
    expect(r).not.toContain('文')
    expect(r).not.toContain('图')
  })
})
