import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A word of an age group inside a body's name (青年商会, 老年书画协会), which jieba's dictionary tags as a word of time
 * (青年/t): where the segmenter cuts 青年 + 商会会长, the name read back from its head stopped at it, and the chamber and
 * its head's org were lost (dev 1348: 陈安源是吉林省福建青年商会会长). data/user-dict.utf8 tags them as nouns. GUIDE.md:
 * mass organisations, region + as written; chambers of commerce are listed so on the dev pages (河北省吉林商会, 上海市浙江商会).
 * Sentences of the kind 工商联 and chamber news writes, checked by hand. Controls: a generic phrase (各级青年商会), the
 * youth as people (广大青年企业家), a chamber without its place (青年商会会长 X: no region written, no body).
 */
const read = (text: string) => {
  const r = analyzer.analyze(text)
  return { bodies: r.committees.map((c) => [c.name, c.kind, c.region]), persons: r.persons.map((p) => [p.name, p.roles, p.org]) }
}

describe('an age-group word inside a body name', () => {
  it.each([
    ['陈安源是吉林省福建青年商会会长,他的企业主营装备制造。', [['吉林省福建青年商会', 'mass-organisation', '吉林省']], [['陈安源', ['会长'], '吉林省福建青年商会']]],
    ['吉林省青年商会会长陈安源出席。', [['吉林省青年商会', 'mass-organisation', '吉林省']], [['陈安源', ['会长'], '吉林省青年商会']]],
    ['浙江省青年商会会长王明出席会议。', [['浙江省青年商会', 'mass-organisation', '浙江省']], [['王明', ['会长'], '浙江省青年商会']]],
  ])('%s', (text, bodies, persons) => expect(read(text)).toEqual({ bodies, persons }))

  it.each([
    ['吉林省各级青年商会积极参与。', [], []],
    ['广大青年企业家踊跃参加商会活动。', [], []],
    ['青年商会会长王明出席。', [], [['王明', ['会长'], null]]],
  ])('control: %s', (text, bodies, persons) => expect(read(text)).toEqual({ bodies, persons }))
})
