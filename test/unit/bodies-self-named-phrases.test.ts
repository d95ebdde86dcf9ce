import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word (区政协) on a page that writes its own district only short in a phrase of its own development
// (人文松江, 建设…的新松江): hand-checked truth by
// test/fixtures/dev-pages/README.md (Committees: relative mentions get the region they mean; dev 737).

describe('bodies: a district written short in a development phrase names its relative bodies', () => {
  it.each([
    // 人文 + the short form (a slogan of the district's culture).
    ['区政协五届三次会议共收到提案。有关人文松江和全域旅游发展的提案24件。', ['松江区政协']],
    // 的新 + the short form (建设…的新松江).
    ['区政协召开界别组负责人会议。要为建设经济强、环境美的新松江作出应有的贡献！', ['松江区政协']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // A region written in full wins over the phrase.
    ['朝阳区政协召开会议。区政协副主席出席，共建人文松江。', '朝阳区政协', '松江区政协'],
    // 新 in an ordinary word: no district (新时代 + 区).
    ['区政协召开会议，奋力开创新时代政协工作新局面。', '区政协', '时代区政协'],
    // 人文 + a word that names no district: the bare word stays bare.
    ['区政协开展人文关怀活动。', '区政协', '关怀区政协'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    expect(names(text)).toContain(name)
    expect(names(text)).not.toContain(wrong)
  })
})
