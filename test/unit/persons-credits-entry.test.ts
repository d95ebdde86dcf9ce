import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => ({ name: p.name, roles: p.roles, cppccMember: p.cppccMember }))

// Hand-checked lines from the pages of 重庆政协报 (dev pages 472, 628, 634): the page ends with the credit of the one who
// entered it (录入:徐影), a credit like 编辑 and 审核 (GUIDE.md: credits are roles, org null unless written).
describe('persons: the credit 录入 at the end of a page', () => {
  it.each<[string, string]>([
    ['作出新的更大贡献。 (谭林森)\n录入:徐影', '徐影'],
    ['让友好政协之树枝繁叶茂、硕果累累。\n录入:徐影', '徐影'],
    ['持续提升重庆休闲旅游知名度和吸引力。\n录入：王小明', '王小明'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toContainEqual({ name, roles: ['录入'], cppccMember: false })
  })

  it.each(['他负责数据录入工作。', '信息录入人员要认真核对。'])('no person: %s', (text) => {
    expect(persons(text)).toEqual([])
  })
})
