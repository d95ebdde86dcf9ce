import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * A session's commendation of outstanding proposals and of the units that handled them is part of the session, as its
 * proposal work report is, not proposal work of the page (dev-pages README, Topics; data/boilerplate.txt). Sentences
 * written for this test, not taken from any page.
 */
describe('topics: a commendation of outstanding proposals is no proposal work', () => {
  it.each([
    ['市政协召开主席会议，决定下月召开常委会会议。会议期间将表彰本届市政协优秀提案和先进承办单位。副主席李明、王强参加会议。'],
    ['大会主席团常务主席宣读了《关于表彰县政协十届三次会议优秀提案的决定》，并为获奖单位和个人颁奖。'],
    ['会议审议通过了常委会工作报告(送审稿)、年度区政协优秀提案通报表扬方案(送审稿)，通报了有关人事事项。'],
  ])('%s → not proposals', (text) => {
    expect(tags(text)).not.toContain('proposals')
  })

  it.each([
    ['今年全市政协委员共提交提案356件，经审查立案320件，其中12件提案被评为优秀提案，提案办理满意率达到98%。'],
    ['区政协召开重点提案督办会，听取承办单位提案办理情况汇报，委员与承办单位面对面协商，推动提案建议落到实处。'],
  ])('proposals counted or handled still count: %s → proposals', (text) => {
    expect(tags(text)).toContain('proposals')
  })
})
