import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Round 19 (democratic parties): a party's branch that gathers the units a city runs is written with 市直 or 市属
// right after the city, the level character shared (嘉兴市直三支部, 宁波市属综合一支部 on dev 146, whose gold names
// them as written). And a branch's title may be read by the segmenter in one word with
// its organ (支部委员). Expected values worked out by hand.

describe('bodies: a party branch of a city’s units (市直, 市属) after the city', () => {
  it.each([
    ['民革德州市直四支部主委王明参加会议。', '民革德州市直四支部'],
    ['民建泉州市直二支部召开换届大会。', '民建泉州市直二支部'],
    ['致公党宁波市属综合一支部召开会议。', '致公党宁波市属综合一支部'],
    ['九三学社德州市直属支社召开会议。', '九三学社德州市直属支社'],
    // After the party's committee in the same paragraph, written without the party.
    ['致公党杭州下城总支副主委毛爱东,嘉兴市直三支部主委邵丰出席。', '嘉兴市直三支部'],
    ['致公党杭州下城总支副主委毛爱东,宁波市属综合一支部委员王明出席。', '宁波市属综合一支部'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('the branch is the body of its chair', () => {
    expect(person('民革德州市直四支部主委王明参加会议。', '王明')).toMatchObject({ roles: ['主委'], org: '民革德州市直四支部' })
  })

  it.each([
    // No organ of the party after the unit word: no branch.
    ['民革德州市委会主委出席,德州市直机关工委书记李四讲话。', '德州市直机关支部'],
    ['民盟宁波市委会组织盟员走访市属医院。', '宁波市属医院'],
    // A party's own committee of the city is no branch.
    ['民建泉州市委会召开全会。', '民建泉州市直委'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
