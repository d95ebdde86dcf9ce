import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])

// A township's party or government body written with the township short (桃园 for 桃园街道) is named from the township's full
// name, only the region being completed (README: the body part as written, the region's full name before it); a township's
// institution keeps the name as written (README: a hospital written with a region's short form keeps its own name).
// Expected values by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a township body written with the township short', () => {
  it.each([
    // (page 1085)
    ['区政协主席到桃园街道开展走访慰问活动。叮嘱随行的桃园办事处的负责同志做好服务。', ['桃园街道办事处', '桃园街道']],
    ['桃园街道党工委书记到桃园办事处调研。', ['桃园街道办事处', '桃园街道']],
    // written in full: as written
    ['新沟镇街道办事处主任介绍情况。', ['新沟镇街道办事处', '新沟镇街道']],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toContainEqual(expected)
  })

  it.each([
    // an institution keeps the township as written
    ['委员们来到横山镇，走访横山卫生院。', '横山卫生院', '横山镇卫生院'],
  ])('%s: %s, not %s', (text, kept, wrong) => {
    const names = bodies(text).map(([n]) => n)
    expect(names).toContain(kept)
    expect(names).not.toContain(wrong)
  })
})
