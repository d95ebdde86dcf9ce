import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 30 (fresh dev page 1320): 执行主席 is a title of a session's presidium, no fuller form of 主席: a 主席 written after
// the name of an executive chair (执行主席是：马旭、… 马旭主席向大会作…报告) is a title of its own (the 政协's chair), in either
// order (data/role-modifiers.tsv, session). 常务副主席 still takes 副主席 after the name as its form of address.
// Sentences of our own; expected values by hand from README (roles as written; org the 政协 the page names).
const analyze = (text: string) => analyzer.analyze(text)
const PAGE = '政协大东区第十六届委员会第二次会议开幕。'

describe('persons: a session title and a form of address that it ends in', () => {
  it.each([
    [`${PAGE}今天大会的执行主席是：马旭、全瑞丰。开幕会上，马旭主席向大会作工作报告；全瑞丰副主席作报告。`, '马旭', ['执行主席', '主席']],
    [`${PAGE}马旭主席向大会作工作报告。大会的执行主席是：马旭、全瑞丰。`, '马旭', ['主席', '执行主席']],
    [`${PAGE}今天大会的执行主席是：马旭、全瑞丰。开幕会上，马旭主席向大会作工作报告；全瑞丰副主席作报告。`, '全瑞丰', ['执行主席', '副主席']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(analyze(text).persons.find((p) => p.name === name)).toMatchObject({ name, roles, org: '大东区政协', cppccMember: true })
  })

  // Controls: a fuller title of the office (常务副主席) still takes the address after the name.
  it.each([
    [`${PAGE}区政协常务副主席胡安虎出席。胡安虎副主席讲话。`, '胡安虎', ['常务副主席']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(analyze(text).persons.find((p) => p.name === name)).toMatchObject({ name, roles })
  })
})
