import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// The conventions of test/fixtures/dev-pages/README.md, "Conventions beyond GUIDE.md" (issue #14): hand-checked
// expected values by GUIDE.md ("CPPCC committees … and other named public bodies"; relative mentions "are
// resolved to the body they mean in context").

describe('bodies: enterprises are no public bodies', () => {
  it.each([
    ['市政协副主席王明带队走访了绍兴市蓝剑传播有限公司，公司董事长李华介绍了情况。', '绍兴市蓝剑传播有限公司'],
    ['沈阳机床集团总经理赵刚陪同。沈阳市政协委员参加。', '沈阳机床集团'],
    ['调研组走访中国银行南昌分行和江西省农业农村厅。', '中国银行南昌分行'],
    ['杭州英普律师事务所主任律师张伟，杭州市政协委员。', '杭州英普律师事务所'],
  ])('%s: no %s', (text, firm) => {
    expect(names(text)).not.toContain(firm)
    expect(names(text).some((n) => /公司|集团|分行|事务所/.test(n))).toBe(false)
  })

  it.each([
    // A state organ named like a firm stays: the central bank's branches are government.
    ['委员们来到中国人民银行南昌中心支行调研，南昌市政协主席出席。', '中国人民银行南昌中心支行'],
    // Public institutions of kind other stay: hospitals, universities.
    ['委员们视察了商洛市妇幼保健院。', '商洛市妇幼保健院'],
    ['长春中医药大学副校长出席。', '长春中医药大学'],
  ])('%s: %s stays', (text, body) => {
    expect(names(text)).toContain(body)
  })

  it("a person's org still names the firm written with the title", () => {
    expect(person('座谈会上，绍兴市蓝剑传播有限公司董事长李华发言。', '李华')?.org).toBe('绍兴市蓝剑传播有限公司')
  })
})
