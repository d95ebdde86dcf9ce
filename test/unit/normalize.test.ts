import { describe, expect, it } from 'vitest'
import { normalize, toOriginal } from '../../src/normalize/index.js'
import { page, PAGES, resources } from '../helpers.js'

/** Normalized text of `raw`, and a check that each unit maps back inside the original. */
function norm(raw: string) {
  const { mapped, warnings } = normalize(raw, resources.normalize)
  for (let i = 0; i < mapped.text.length; i++) {
    const [s, e] = toOriginal(mapped, i, i + 1)
    expect(s).toBeGreaterThanOrEqual(0)
    expect(e).toBeLessThanOrEqual(raw.length)
  }
  return { text: mapped.text, warnings, mapped }
}

describe('normalize: the noise of the sample pages', () => {
  it.each([
    ['OCR spaces inside a phrase (000)', '以新型劳动关系加 速 产 业 深 度 转 型 升 级', '加速产业深度转型升级'],
    ['spaces around digits (000)', '提供岗位 448 个，招聘人数达 2069 人', '提供岗位448个，招聘人数达2069人'],
    ['a name broken by OCR spaces (000)', '孙 俊 奇委员认为', '孙俊奇委员认为'],
    ['full-width digits and percent', '占比２５．２５％', '占比25.25%'],
    ['half-width commas in Chinese text (002)', '全年开展85次协商活动,推动解决一些老难题', '全年开展85次协商活动，推动解决一些老难题'],
    ['thousands separators stay', '办理提案1,359件', '办理提案1,359件'],
    ['half-width brackets around Chinese (003)', '市市场监管局(知识产权局)', '市市场监管局（知识产权局）'],
    ['traditional characters (003)', '为决策提供參考依据', '为决策提供参考依据'],
    ['Kangxi and supplement radicals', '⻓春市⼈民', '长春市人民'],
    ['Markdown headings and emphasis (001)', '# 砥砺奋进写华章\n\n**加强**思想', '砥砺奋进写华章\n\n加强思想'],
  ])('%s', (_name, raw, want) => {
    expect(norm(raw).text).toContain(want)
  })

  it('joins the narrow columns of page 000 and drops their OCR spaces', () => {
    const text = norm(page(PAGES.p000)).text
    expect(text).toContain('修葺一新的江西省赣州市南康区烈士陵园迎来了300多名干部')
    expect(text).toContain('发展新质生产力是推动高质量发展的内在要求和重要着力点')
    // its title block stays apart from the body around it
    expect(text).toContain('\n\n白山松水向“新”而行\n本报记者 高峰\n\n')
  })

  it('keeps spaces between Latin words and between names in a byline', () => {
    expect(norm('开发 Mobile App 平台').text).toContain('Mobile App')
    expect(norm('本报记者 李婷 张添奥 周淑宇').text).toBe('本报记者 李婷 张添奥 周淑宇')
  })

  it('joins a line broken mid-sentence (003: …工作组成\\n\\n员紧紧围绕)', () => {
    const raw = '开展党的二十届三中全会精神宣讲，进一步提高政协委员政策理论水平和参政议政能力。工作组成\n\n员紧紧围绕习近平总书记重要讲话。'
    expect(norm(raw).text).toContain('工作组成员紧紧围绕')
  })

  it('does not join a heading to the paragraph below (002)', () => {
    const raw = '组织广大委员开展基层协商议事活动50多次，深受基层干部群众欢迎，形成了独具特色的长春协商品牌；\n\n服务中心大局 聚力全面振兴\n\n党委有号召，政协有行动。'
    expect(norm(raw).text).toContain('\n\n服务中心大局 聚力全面振兴\n\n')
  })

  it('does not join a line to a dateline that opens the next paragraph (中新社北京2月25日电)', () => {
    const raw = '发布时间：2021-03-04 08:12|来源：中国新闻网|作者：中国新闻网|责任编辑：罗金月\n\n中新社北京3月3日电 （记者 林小燕）全国政协会议召开在即。'
    expect(norm(raw).text).toContain('罗金月\n\n中新社北京3月3日电')
  })

  // The line of the test above, which would join the next: each of these opens a part of the page instead.
  it.each([
    ['a dateline without its month', '新华社北京3日电 全国政协会议召开在即。'],
    ['a lead word', '本报讯 近日，市政协组织委员视察。'],
    ['a note that the article goes on from another page', '（下接8版）'],
    ['an editor\'s note', '（本栏稿件由本报记者王磊采写）'],
  ])('does not join a line broken mid-sentence to %s', (_name, next) => {
    const raw = `开展党的二十届三中全会精神宣讲，进一步提高政协委员政策理论水平和参政议政能力。工作组成\n\n${next}`
    expect(norm(raw).text).toContain(`工作组成\n\n${next}`)
  })

  it.each([
    ['CMS metadata line (002)', '正文。\n\n2024-05-18 通讯员 张泗国 1 1 人民政协报 content_61944.html 1 61,944 /enpproperty-->', 'content_61944', 'W_METADATA_REMOVED'],
    ['page header (002)', '第01版:要闻\n\n协商聚共识 履职展担当', '第01版', 'W_METADATA_REMOVED'],
    ['HTML tags', '<p>长春市政协</p>', '<p>', 'W_MARKUP_REMOVED'],
    ['NUL and control characters', '长春\u0000市\u0007政协', '\u0000', 'W_CONTROL_CHARS'],
  ])('removes %s with a warning', (_name, raw, gone, code) => {
    const r = norm(raw)
    expect(r.text).not.toContain(gone)
    expect(r.warnings.map((w) => w.code)).toContain(code)
  })

  it('maps a repaired range back to the original text', () => {
    const raw = '近日，南 康 区 烈 士 陵 园'
    const { mapped } = norm(raw)
    const i = mapped.text.indexOf('南康区')
    const [s, e] = toOriginal(mapped, i, i + 3)
    expect(raw.slice(s, e)).toBe('南 康 区')
  })
})
