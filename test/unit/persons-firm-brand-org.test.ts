import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A firm named by one brand before its head word (恒大 + 集团), where a title follows that names its holder, is that holder's
// org (README: the firm as written where the title names it; dev page 1129). Not a common noun before the head (物流公司),
// nor a brand with no title after it (同福集团赵昊天: dev 408, no title, org null).
describe('persons: a firm named by its brand alone is the org of the title after it', () => {
  it.each<[string, string, string | null]>([
    ['中国南方航空集团有限公司董事长王昌顺，恒大集团董事局主席、党委书记许家印，均为委员。', '许家印', '恒大集团'],
    // Hand-written, like it.
    ['会上，万达集团董事长王健林发言。', '王健林', '万达集团'],
    // Controls.
    ['会上，物流公司经理张三发言。', '张三', null],
    ['同福集团赵昊天出席了活动。', '赵昊天', null],
  ])('%s → %s of %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })
})
