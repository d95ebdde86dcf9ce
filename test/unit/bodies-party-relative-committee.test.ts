import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// A region or relative word + 委会 (市委会, 商洛市委会) is a democratic party's committee, never the Communist Party's 市委
// (data/committee-hui.tsv): it is a further mention of the committee of a democratic party of that region named before
// it, so a title after it is that committee's (test/fixtures/dev-pages/README.md: relative mentions resolved in context;
// dev 910: 民革西安市委會 … 新一屆市委會領導班子，王選同志當選主任委員 → org 民革西安市委会, not the 民革陝西省委員會
// named between). Sentences written for this test, not from a page.

const org = (text: string, name: string) => analyze(text).persons.find((p) => p.name === name)?.org

describe('bodies: region or relative word + 委会 names the democratic party committee named before', () => {
  it.each([
    ['民革西安市委会召开全委会,民革陕西省委员会主委李晓东出席。会议选举产生了新一届市委会领导班子,王选当选主任委员。', '王选', '民革西安市委会'],
    ['民盟苏州市委会举行换届大会,民盟江苏省委副主委张三到会祝贺。大会选举产生了新一届市委会领导班子,李四当选主任委员。', '李四', '民盟苏州市委会'],
    ['农工党商洛市委会召开全会,农工党陕西省委会副主委赵六出席。会议选举产生了商洛市委会新一届领导班子,王五当选主任委员。', '王五', '农工党商洛市委会'],
  ])('%s: %s → %s', (text, name, body) => {
    expect(org(text, name)).toBe(body)
  })

  it('the 委会 words are a mention of that committee, no party committee', () => {
    const text = '民革西安市委会召开全委会,民革陕西省委员会主委李晓东出席。会议选举产生了新一届市委会领导班子。'
    const r = analyze(text)
    const c = r.committees.find((x) => x.name === '民革西安市委会')
    expect(c?.mentions.map((m) => text.slice(m.start, m.end))).toContain('市委会')
    expect(r.committees.map((x) => x.name)).not.toContain('西安市委')
  })

  it.each([
    // Controls: no democratic party of that region written before → no body; 市委会同 stays the party committee.
    ['会议选举产生了新一届市委会领导班子,王选当选主任委员。', []],
    ['中共西安市委召开会议,市委会同市政府研究部署。', ['西安市委', '西安市政府']],
    ['民盟汉中市委会一行来到商洛,对商洛市委会的工作予以赞赏。', ['民盟汉中市委会']],
  ])('%s → %j', (text, names) => {
    expect(analyze(text).committees.map((c) => c.name).sort()).toEqual([...names].sort())
  })
})
