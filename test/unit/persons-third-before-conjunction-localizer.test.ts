import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. After a title the segmenter reads the first two characters of a three-character name as an unknown
// word and leaves the third alone; what follows the third says it is the name's: a conjunction joining the next person
// or group (和, 与, 及), or, for a localizer (中), a verb of presence (a localizer never follows a person's name there).
describe("persons: a titled name's third character before a conjunction or, a localizer, before a verb of presence", () => {
  it.each([
    // dev 1148
    ['经开区党工委副书记、管委会主任吴概球和相关部门负责人在座谈会上向调研组介绍情况。', ['吴概球']],
    ['管委会主任吴概球与相关部门负责人座谈。', ['吴概球']],
    ['县政协副主席杨象轮及相关部门负责人陪同调研。', ['杨象轮']],
    // dev 1254, 1136
    ['安庆师范大学国际交流与合作处处长李义中应邀出席大会。', ['李义中']],
    ['区委常委、常务副区长金山中应邀出席会议，通报全区经济运行情况。', ['金山中']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // Two-character names the conjunction or a word of time follows.
    ['主任李明和相关部门负责人座谈。', ['李明']],
    ['主任李强与会并讲话。', ['李强']],
    ['主任王刚也和大家交流。', ['王刚']],
    ['委员赵强等和群众交流。', ['赵强']],
    ['主任李强后出席了座谈会。', ['李强']],
    ['主任李明在会上出席。', ['李明']],
    // No title before: the segmenter's reading stands.
    ['金山中学的师生参加活动。', []],
  ])('control: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
