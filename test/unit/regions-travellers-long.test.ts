import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Review of round 9: the travellers' own bare word (市政协 written in the sentence of a journey before the place travelled
// to) is looked up once per article and word (src/regions/home.ts), not from the article's start at every word. A long
// article that repeats the journey many times gives the answer of one journey (no timing asserted).
const JOURNEY = '10月19日，市政协副主席李武彪带领提案和法制工委一行前往肇庆市开展学习交流活动。\n座谈会上，市政协副秘书长郑均潮介绍了我市政协提案工作的基本情况。\n'
const NO_JOURNEY = '10月19日，提案和法制工委一行前往肇庆市开展学习交流活动。\n座谈会上，市政协副秘书长李中缨介绍了当地提案工作经验。\n'

describe('the travellers’ own bare word on a long article', () => {
  it.each([1, 200])('the journey written %i times: 市政协 is the page’s own, not 肇庆’s', (times) => {
    const text = JOURNEY.repeat(times)
    expect(committees(text).map((c) => c.name)).not.toContain('肇庆市政协')
    expect(body(text, '市政协')?.region).toBeNull()
  })

  it.each([1, 200])('negative, written %i times: without the bare word in the journey, it is 肇庆’s', (times) => {
    expect(body(NO_JOURNEY.repeat(times), '肇庆市政协')).toBeDefined()
  })
})
