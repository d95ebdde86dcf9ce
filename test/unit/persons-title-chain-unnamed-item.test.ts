import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Real sentences of national CPPCC pages (dev pages 408, 665, 666, 670; survey pages of 新京报, 经济日报, 人民政协报):
// a chain of titles before a name in which one item names no title of the lexicon (a description, or a title or
// body it does not know). The titles before that item are the person's still: 全国政协委员 makes them a member.
describe('a title chain goes on across an item no title of the lexicon names', () => {
  it.each<[string, string, string[], string | null, boolean]>([
    // A description right before the name.
    ['“上世纪90年代，我来参加全国政协大会时，并不需要做细致准备。”全国政协委员、人文学家李汉秋说。', '李汉秋', ['委员'], '全国政协', true],
    ['全国政协常委、无党派民主人士徐至展委员告诉记者：“我相信每个人都会珍惜五次会议这次机会。”', '徐至展', ['常委', '委员'], '全国政协', true],
    // A body the lexicon does not know right before the name (省农科院), in traditional characters.
    ['為村民答疑解惑，省政協委員、省農科院胡棟從土壤對農作物影響的角度為村民們作了專業講解。', '胡栋', ['委员'], null, true],
    // A body with brackets in its name between two titles.
    ['港區全國政協委員、香港新恒基國際(集團)有限公司董事局主席高敬德是昨天下午首位接受媒體訪問政協委員。', '高敬德', ['委员', '董事局主席'], '全国政协', true],
    ['3月7日，全國政協委員、中國(海南)改革發展研究院院長遲福林首個發言。', '迟福林', ['委员', '院长'], '全国政协', true],
    // A project the lexicon does not know before its title.
    ['全国政协委员、中国探月工程总设计师吴伟仁：加快深空探测步伐', '吴伟仁', ['委员', '总设计师'], '全国政协', true],
  ])('%s → %s %j of %s', (text, name, roles, org, member) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    if (org) expect(p?.org).toBe(org)
    expect(p?.cppccMember).toBe(member)
  })

  it.each<[string, string, string[]]>([
    // Hand-written: a name with its own title and a verb stand between, no item of the chain (党组书记 ends in it).
    ['区政协主席、党组书记李明率调研组看望张三。', '张三', []],
    // The chain ends at a line break (柳州 page 435: 补选常务委员 is the agenda, not 陈刚's title).
    ['今日，大会将讨论决定增选政协副主席、补选常务委员\n市委书记、市人大常委会主任陈刚应邀参加会议。', '陈刚', ['市委书记', '主任']],
    // A word that goes on with the sentence (和) is no item of a chain: 张三 is none of the 委员 (hand-written).
    ['邀请市政协委员、人大代表和群众代表张三参加。', '张三', []],
    // A title written after another person's name (张三委员, 李明主席) is that person's: a name ends where the
    // title begins, and the 、 after it sets apart two persons, no chain (review of round 12; hand-written).
    ['座谈会上，张三委员、企业家李四先后发言。', '李四', []],
    ['李明主席、企业家王红先后发言。', '王红', []],
    ['会上，赵刚副主席、个体工商户周敏分别作了发言。', '周敏', []],
    // …and so where the item after the 、 is a title of the lexicon (律师, 教师): that title only.
    ['会上，赵刚副主席、律师周敏分别作了发言。', '周敏', ['律师']],
    ['王建国常委、退休教师陈芳也参加了活动。', '陈芳', ['教师']],
  ])('%s → %s %j only', (text, name, roles) => {
    expect(person(text, name)?.roles ?? []).toEqual(roles)
  })
})

describe('titles of museums and projects (data/roles.tsv)', () => {
  it.each<[string, string, string[]]>([
    ['全国政协委员、中国美术馆馆长吴为山说。', '吴为山', ['委员', '馆长']],
    ['港区全国政协委员、香港新恒基国际(集团)有限公司董事局主席高敬德表示。', '高敬德', ['委员', '董事局主席']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  // A known gap: a chain set apart by a comma after marks that open a line (■■), not a sentence.
  it.fails('■■全国政协委员,中国共产党历史展览馆馆长吴向东: → 委员, 馆长', () => {
    expect(person('■■全国政协委员,中国共产党历史展览馆馆长吴向东:\n\n让红色薪火代代相传', '吴向东')?.roles).toEqual(['委员', '馆长'])
  })
})
