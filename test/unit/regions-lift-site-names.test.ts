import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word on a page that writes no place of its level is lifted through the places its article writes
// (test/fixtures/dev-pages/README.md, "lifted through a written lower division"); a place read only inside the name of a
// historic site (…政府旧址, …县委旧址: data/former-site-words.txt) is the site visited, no base, as a place inside a
// firm's name is not. Places written back to back are one chain only where each lies in the one before (翔安区大嶝 is one,
// 大嶝 + 金门县 two). Hand-checked against data/divisions.tsv: 翔安区 and 大嶝街道 lie in 厦门市, 金门县 in 泉州市,
// 宁都县 in 赣州市, 新兴县 in 云浮市.
describe('regions: a place inside a historic site\'s or a firm\'s name is no base of a lifted relative word', () => {
  it.each([
    // dev 1286 (traditional script there).
    ['市政协主席王明带队视察翔安区大嶝金门县政府旧址。', '厦门市政协'],
    ['委员们来到翔安区大嶝金门县政府旧址。市政协副主席李华参加活动。', '厦门市政协'],
    ['市政协主席王明在翔安区调研，了解中共宁都县委旧址修缮情况。', '厦门市政协'],
    // A firm's name after a place of another region: the place before it is still a base.
    ['市政协主席王明带队视察翔安区广东新兴铸管有限公司。', '厦门市政协'],
    // Controls: a site word with no body's name right before it is no historic site's name, the place before it a base
    // (丰县 lies in 徐州市; round 28 review).
    ['市政协主席王明带队视察丰县汉代文化遗址公园建设。', '徐州市政协'],
    ['市政协主席王明带队视察丰县大运河遗址保护情况。', '徐州市政协'],
    ['市政协主席王明带队视察丰县原址重建的学校。', '徐州市政协'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // The site's place alone: the page writes no base, the word stays as written.
    ['市政协主席王明带队视察金门县政府旧址。', '市政协'],
    // A county's government that is no site is a base: two cities, the page does not say which.
    ['市政协主席王明在翔安区调研，了解宁都县政府工作情况。', '市政协'],
    ['市政协主席王明带队视察翔安区大嶝金门县政府。', '市政协'],
  ])('%s → %s as written', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
