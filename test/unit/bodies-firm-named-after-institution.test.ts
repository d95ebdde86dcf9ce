import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A firm named after the university or institute that founded it (南京师范大学 + 常州合成生物学产业研究院有限公司) is one
// firm: its head is no body of its own (README, "Enterprises": firms are not listed), as the gold of dev 1180 reads it.
describe('an institution written only at the head of a firm name is no body', () => {
  it.each([
    ['调研组考察了南京师范大学常州合成生物学产业研究院有限公司。', '南京师范大学'],
    ['委员们走访了南京师范大学常州合成生物学产业研究院有限公司和滨江经济开发区。', '南京师范大学'],
  ])('%s: no %s', (text, body) => {
    expect(analyzer.analyze(text).committees.map((c) => c.name)).not.toContain(body)
  })
})

describe('controls: the institution written alone, or also alone, stays', () => {
  it.each([
    ['调研组考察了南京师范大学常州合成生物学产业研究院有限公司、常州大学。', '常州大学'],
    ['调研组考察了南京师范大学常州合成生物学产业研究院有限公司。南京师范大学校长出席座谈会。', '南京师范大学'],
    ['调研组来到南京师范大学，听取学校情况介绍。', '南京师范大学'],
    ['南京师范大学与常州市政府签署合作协议。', '南京师范大学'],
  ])('%s → %s', (text, body) => {
    expect(analyzer.analyze(text).committees.map((c) => c.name)).toContain(body)
  })
})
