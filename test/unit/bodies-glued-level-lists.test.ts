import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 30 (committees, dev 1024, 408, 423, 574; 1167, 659 and 594 were held-out pages when this fix read their sentences,
// moved to dev since): relative words glued before one organ (省市政协委员, 市区政协委员, 省市县政协委员) name each its region's
// body, as 省、市政协 does (bodies-level-list-unnamed-items.test.ts): written or lifted through a written division. Not after
// 部分 / 周边 / 友好 (a level of committees: dev 1098, 121, 594), nor 市县 (the set term for local committees: 新时代市县政协工作,
// dev 238, 502). Sentences written for this test, but for the 永春县 row, adapted from 1167's 融入省市政协; expected by hand.
describe('bodies: relative words glued before a shared organ', () => {
  it.each<[string, string[]]>([
    ['聊城市政协主席到聊城大学调研，对学校省市政协委员履职给予肯定。', ['聊城市政协', '山东省政协']],
    ['永春县政协召开常委会议，主动融入省市政协工作大局。', ['永春县政协', '福建省政协', '泉州市政协']],
    ['重庆市南岸区召开座谈会，九三学社社员中的市区政协委员参加。', ['重庆市政协', '南岸区政协']],
    ['河北省石家庄市正定县召开座谈会，6名省市县政协委员参加。', ['河北省政协', '石家庄市政协', '正定县政协']],
  ])('%s: %j', (text, present) => {
    expect(names(text)).toEqual(expect.arrayContaining(present))
  })

  // Controls: a level of committees, a set term, a word that is none.
  it.each<[string, string[]]>([
    ['无棣县政协召开常委会议，部分省市政协委员列席。', ['山东省政协', '滨州市政协']],
    ['永春县政协召开会议，学习加强和改进新时代市县政协工作的意见。', ['泉州市政协']],
    ['泉州市政协召开周边省市政协联席会议。', ['福建省政协']],
    ['常州市武进区政协文教卫体委召开辖市区政协对口专委会主任会议。', ['常州市政协']],
    ['永春县城市政府部门负责人参加。', ['泉州市政府', '福建省政府']],
    ['四川省广安市召开会议。新一届川渝省市政协紧扣主题开展联合调研。', ['广安市政协']],
    ['田家庵区政协召开会议，贯彻落实中央和省市区委政协工作会议精神。', ['安徽省委', '淮南市委']],
  ])('%s: none of %j', (text, absent) => {
    const got = names(text)
    for (const a of absent) expect(got).not.toContain(a)
  })

  // Review of round 30: a region of several before the list (a direction or locality word, 相邻) or several committees acting
  // together after it (协作, 联席, 座谈): no body from 省市.
  it.each<[string, string[]]>([
    ['西部省市政协协作会议在成都召开', []],
    ['相邻省市政协负责人在合肥座谈', []],
    ['长江沿线省市政协在武汉召开联席会议', []],
    ['沿海省市政协联席会议在福州召开', []],
    ['福州市政协召开会议，省市政协联席会议在福州召开。', ['福州市政协']],
  ])('%s: exactly %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
