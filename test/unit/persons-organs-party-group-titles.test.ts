import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The party group of a 政协's organs (机关党组) is not the 政协's own party group: its titles are whole titles as written
// (dev-pages README: roles are whole titles, modifiers included), org the 政协, and they make no CPPCC office holder
// alone (dev 324, 924, 976 gold). Expected values by hand; (page N) marks a dev page's sentence, the others were written
// for this test.
describe('persons: titles of a 政协 organs\' party group', () => {
  it.each([
    // (page 976)
    ['市政协机关党组成员王薇、市政协文教卫体委主任李志诚陪同走访看望。', '王薇', { roles: ['机关党组成员'], cppccMember: false }],
    // (page 1024)
    ['10月9日,市政协党组成员、秘书长、机关党组书记韩德振一行赴聊城大学。', '韩德振', { roles: ['党组成员', '秘书长', '机关党组书记'], cppccMember: true }],
    ['柳州市政协机关党组书记张明出席。', '张明', { roles: ['机关党组书记'], org: '柳州市政协', cppccMember: false }],
  ])('%s → %s', (text, name, expected) => {
    expect(person(text, name)).toMatchObject(expected)
  })

  it('the 政协\'s own party group keeps its title and office', () => {
    expect(person('柳州市政协党组成员张明出席。', '张明')).toMatchObject({ roles: ['党组成员'], org: '柳州市政协', cppccMember: true })
  })
})
