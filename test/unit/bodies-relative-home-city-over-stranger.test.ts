import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word with no fitting place written before it in its article (省、市工商联 on a page of 南湖区) means the
// region of its level the home lies in, where the page leaves it unwritten, rather than an unrelated place of that level
// the page names elsewhere (接轨上海, a goal; 滕安国, inside a name): README, "the region they mean in context"; a
// relative word is lifted through a written lower division. Expected values by hand.
describe('bodies: a relative word means the home\'s own region before a stranger of its level', () => {
  it.each([
    ['南湖区工商联召开会议。区工商联按照省、市工商联和区委、区政府各项工作要求，积极做好浙商回归、接轨上海等工作。', '嘉兴市工商联', '上海市工商联'],
    ['政协民乐县第十届委员会第二次会议举行建言献策大会。全体县政协委员、在民市政协委员参加会议。会上，张德毓、滕安国等5名委员作大会发言。', '张掖市政协', '安国市政协'],
  ])('%s', (text, body, not) => {
    const found = names(text)
    expect(found).toContain(body)
    expect(found).not.toContain(not)
  })

  // Controls: a place of the word's level written before it in its paragraph is the one it means; so is the home itself.
  it.each([
    ['南湖区工商联召开会议。上海市工商联一行来访，市工商联主席出席。', '上海市工商联'],
    ['区政协澳门地区组举办向区公安分局困难民警子女爱心捐助活动。近年来，澳门地区组委员到对口扶贫点贵州、清远、徐闻等地助学帮困，为越秀疫情防控作出了贡献。区政协主席孔祥虎、澳门越秀青联会等约30人参加。', '越秀区政协'],
  ])('%s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
