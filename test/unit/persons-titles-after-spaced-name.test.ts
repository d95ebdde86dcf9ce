import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Round 30 (fresh dev page 1349): a list of names each beginning its line, a space, then the name's titles up to the end
// of the clause (李建中 浙江金融资产交易中心股份有限公司党委书记，任…“名誉村长”；), as titles set after a name by a comma
// are (张建国，市政协委员、某某公司董事长。). Sentences of our own on the page's form; expected values by hand from README
// (org: the body written before the title; a firm the library does not know gives the role, org null).
const analyze = (text: string) => analyzer.analyze(text)

describe('persons: titles after a name and a space at the start of a line', () => {
  it.each([
    ['李建中 浙江金融资产交易中心股份有限公司党委书记，任龙凤镇向家村“名誉村长”；', '李建中', ['党委书记'], '浙江金融资产交易中心股份有限公司'],
    ['嘉宾名单\n王建国 县政协副主席，主持会议；', '王建国', ['副主席'], '县政协'],
    ['叶建统 杭州卓健信息科技有限公司常务副总裁，任新塘乡木栗园村“名誉村长”。', '叶建统', ['常务副总裁'], '杭州卓健信息科技有限公司'],
    ['杨宇潇 华侨基金管理有限公司总裁，任三岔镇燕子坝村“名誉村长”；', '杨宇潇', ['总裁'], null],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(analyze(text).persons.find((p) => p.name === name)).toMatchObject({ name, roles, org })
  })

  // Controls: a name within a line after a space (its titles are not set after it), and a byline.
  it.each([
    ['会议由 王建国 县政协副主席主持。', '王建国'],
    ['今天上午 李明 蓝天公司总经理，来到现场。', '李明'],
  ])('%s → %s has no title after it', (text, name) => {
    const p = analyze(text).persons.find((q) => q.name === name)
    expect(p?.roles ?? []).toEqual([])
  })
})
