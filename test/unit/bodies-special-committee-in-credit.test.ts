import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A CPPCC special committee written alone in a credit line (来源：社法委; (文史委办 供稿); 供稿：提案委) is a special committee
// of the page's CPPCC committee, its office (办, 办公室, 工作处) folded into it as the gold folds a 政协's office into the
// 政协 (dev 122: 来源:科教卫体委工作处 → 深圳市政协科教卫体委; dev 301 科教卫体委办; dev 1232 (社法委办供稿)). The labels
// and office words: data/credit-source-words.tsv; the closing verbs: data/credit-verbs.txt. Round 26; sentences written
// for this test after those pages, expected values by hand.
describe('bodies: a special committee written alone in a credit line', () => {
  it.each([
    ['来源:科教卫体委工作处发布时间:2021-11-01\n10月28日，深圳市政协副主席吴以环出席活动。', '深圳市政协科教卫体委'],
    ['3月1日，钟祥市政协召开座谈会。\n（社法委 供稿）', '钟祥市政协社法委'],
    ['3月1日，钟祥市政协召开座谈会。\n（文史委办 供稿）', '钟祥市政协文史委'],
    ['3月1日，钟祥市政协召开座谈会。\n（供稿：提案委 编辑：周锦华）', '钟祥市政协提案委'],
    ['3月1日，曲阜市政协召开座谈会。\n（文史和学习委 王小明 供稿）', '曲阜市政协文史和学习委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })

  // Controls: a page that names two CPPCC committees leaves the credit's committee unread (whose it is the page does
  // not say), a committee name that is no credit's stays as before, and a name a government's committee bears too
  // (经济委: data/shared-special-committees.txt) is no CPPCC committee in a credit either, as on a line it opens.
  it.each([
    ['3月1日，广州市政协与佛山市政协交流工作。\n（社法委 供稿）', ['广州市政协', '佛山市政协']],
    ['3月1日，钟祥市政协召开座谈会。\n来源：钟祥日报 编辑：社会部', ['钟祥市政协']],
    ['3月1日，钟祥市政协召开座谈会。\n来源：经济委', ['钟祥市政协']],
    ['深圳市政协召开会议。\n来源：经济委', ['深圳市政协']],
    ['深圳市政协召开会议。\n（经济委 供稿）', ['深圳市政协']],
  ])('%s → %j', (text, bodies) => {
    expect(names(text)).toEqual(bodies)
  })
})
