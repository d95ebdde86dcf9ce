import { describe, expect, it } from 'vitest'
import { termHits } from '../../src/topics/score.js'
import { loadTopics } from '../../src/topics/taxonomy.js'

const topics = loadTopics(undefined)
const terms = (text: string, tag: string) => {
  const i = topics.taxonomy.tags.findIndex((t) => t.id === tag)
  return termHits(text, topics).filter((h) => h.tag === i).map((h) => h.term)
}

/**
 * A term written across a word's edge is no mention of it: 商会 of 协商会(议), 实习 of 落实习近平; and 实习记者 is a
 * reporter's title (data/boilerplate.txt; README, Topics: not an official's title). Sentences written for this test,
 * terms by hand.
 */
describe('topics: terms across a word edge are no evidence', () => {
  it.each([
    ['政协第十四届委员会第三次会议在人民大会堂开幕，中国人民政治协商会议章程修正案提交审议。', 'industry', []],
    ['区政协召开专题协商会，就老旧小区改造听取意见。', 'industry', []],
    ['会议要求，深入贯彻落实习近平总书记重要讲话精神。', 'employment', []],
    ['本报实习记者 王明 通讯员 李强', 'employment', []],
  ])('%s → %s terms %j', (text, tag, expected) => {
    expect(terms(text, tag)).toEqual(expected)
  })

  it.each([
    ['市工商联组织异地商会负责人座谈，了解民营企业发展困难。', 'industry', ['商会', '民营企业', '企业发展']], // 企业发展: a term since round 23d
    ['协商会上，委员们建议加强商会建设。', 'industry', ['商会']],
    ['高校毕业生到企业实习，学校组织实习岗位对接。', 'employment', ['实习', '实习', '岗位']],
  ])('the word itself still counts: %s → %s terms %j', (text, tag, expected) => {
    expect(terms(text, tag)).toEqual(expected)
  })
})
