import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word (市政协, 市委统战部, 市邮政管理局) on a page of a district that was a county-level city until it became a
// district (江津市 → 江津区 in 2006, 萧山市 → 萧山区 in 2001: data/former-divisions.tsv). The page writes the district
// by its name of today and its news site short (江津融媒讯, 掌上萧山, 番禺新闻): the short form + 市 is the former city,
// which the page does not speak of; the 市 is the city the district lies in, as on any district's page that writes no
// city (dev-pages README, relative words lifted through a written lower division). Hand-checked truth by those rules
// (dev 1360: 江津融媒讯 … 新江津 … 市邮政管理局六分局 → 重庆市).

describe('regions: a site’s short name is no former city of a district the page writes', () => {
  it.each([
    ['3月9日，区政协召开座谈会，江津区规划自然资源局、市邮政管理局负责人发言。\n江津融媒讯（记者 廖秋平）', '重庆市邮政管理局', '江津市邮政管理局'],
    ['萧山区政协召开常委会。市政协副主席张三出席。\n来源：掌上萧山', '杭州市政协', '萧山市政协'],
    ['区政协召开会议，番禺区委书记出席，市委统战部负责人参加。\n来源：番禺新闻', '广州市委统战部', '番禺市委统战部'],
    ['合川区政协召开会议。市发改委负责人参加。\n来源：掌上合川', '重庆市发改委', '合川市发改委'],
  ])('%s → %s, not %s', (text, name, wrong) => {
    const got = names(text)
    expect(got).toContain(name)
    expect(got).not.toContain(wrong)
  })

  it.each([
    // The district's own word still takes the district (区政协 → 萧山区政协).
    ['区政协召开常委会，推动萧山高质量发展。\n来源：掌上萧山', '萧山区政协'],
    // A short form of a division of today is still the page's own (掌上蓟州 … 区政协 → 蓟州区政协).
    ['今天上午，区政协组织部分政协委员察看民心工程。\n转载注明掌上蓟州', '蓟州区政协'],
    // A former city written in full is a place of the page: its 市 is that city (a page of before 2006).
    ['江津市政协召开常委会。市委书记出席。', '江津市委'],
  ])('control: %s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
