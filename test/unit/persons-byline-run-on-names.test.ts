import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-written bylines (names varied): names run on after a credit with nothing between share the credit (dev 1169).
describe('names run on after a credit share it', () => {
  it.each<[string, string, string[]]>([
    ['本报讯（通讯员关跃忠左维峥）近日，区政协召开会议。', '左维峥', ['通讯员']],
    ['（记者张原通讯员关跃忠左维峥）', '左维峥', ['通讯员']],
    ['（记者张原通讯员关跃忠左维峥）', '关跃忠', ['通讯员']],
    ['记者王刚通讯员李明华张小军报道', '张小军', ['通讯员']],
    ['记者王刚通讯员李明华张小军报道', '王刚', ['记者']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // Controls: names run on after a title that is no credit do not share it.
  it.each<[string, string, string[]]>([
    ['区政协副主席王五率队，张小军陪同。', '张小军', []],
    ['记者王刚采访了市民张小军。', '张小军', []],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles ?? []).toEqual(roles)
  })
})
