import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const names = (text: string) => analyze(text).committees.map((c) => c.name)

// Round 20 (dev 1061): a government's legal affairs office (政府法制办, 人民政府法制办公室, before the 2018 reform) is a
// body of its own written after the government, as its 参事室 and 外事办 are (data/body-parts.tsv): GUIDE.md, government
// departments in any written form. Its director's org is the office. Expected values worked out by hand.

describe('bodies: a government’s legal affairs office', () => {
  it.each([
    ['州人大常委会组织州政府法制办、州农委组成评估组。《延边朝鲜族自治州条例》', '延边朝鲜族自治州政府法制办'],
    ['吉林省人民政府法制办公室主任王明出席会议。', '吉林省人民政府法制办公室'],
    ['市政府法制办副主任李红参加审议。丽水市', '丽水市政府法制办'],
  ])('%s → %s', (text, name) => {
    expect(analyze(text).committees.find((c) => c.name === name)).toMatchObject({ kind: 'government' })
  })

  it('its director’s org is the office', () => {
    const text = '州政府法制办主任李中庆参加调研。《延边朝鲜族自治州条例》'
    expect(analyze(text).persons.find((p) => p.name === '李中庆')?.org).toBe('延边朝鲜族自治州政府法制办')
  })

  it.each([
    // 法制 in a report title after the government is no office.
    ['丽水市政府法制建设工作报告经审议通过。', '丽水市政府法制'],
    // The party committee's 法治办 is its own office, not the government's.
    ['丽水市政府和市委依法治市办参加。', '丽水市政府法制办'],
  ])('%s: not %s', (text, name) => expect(names(text).filter((n) => n.startsWith(name))).toEqual([]))
})
