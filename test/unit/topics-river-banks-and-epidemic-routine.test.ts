import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const tags = (text: string) => analyzer.analyze(text).topics.map((t) => t.id)

/**
 * Two passing words (data/boilerplate.txt; dev-pages README, Topics: not a passing word): 两岸 after a river, a lake or
 * a road is its banks, not the two sides of the Taiwan Strait (盘龙江两岸亮化, dev 1256); epidemic control as the
 * slogan of 2020–2022 (统筹疫情防控和经济社会发展, 7 dev pages) or a session's procedure (按照规定做好疫情防控, 进行测温;
 * dev 1262) is no health-care work. Sentences written for this test, tags by hand.
 */
describe('topics: river banks and epidemic routine are no evidence', () => {
  it.each([
    ['委员建议启动提升盘龙江两岸亮化工程，每天晚上江两岸都聚集了许多市民，让整个城市夜晚也美起来、亮起来。', 'united-front'],
    ['委员们实地察看了河道两岸绿化和小区道路改造，建议加快城市更新和老旧小区改造。', 'united-front'],
    ['委员们来到大会驻地报到，按照规定做好疫情防控，进行测温、亮码，再签到、领取材料，交流提案内容。', 'health-care'],
    ['会议强调，要统筹疫情防控和经济社会发展，抓好招商引资和重点项目建设，推动产业转型升级。', 'health-care'],
  ])('%s → not %s', (text, tag) => {
    expect(tags(text)).not.toContain(tag)
  })

  // Controls: the Strait's two sides, and epidemic control as the page's work, still count.
  it.each([
    ['市政协举办海峡两岸乡村融合发展论坛，两岸青年交流创业经验，推动两岸融合发展。', 'united-front'],
    ['委员们视察社区疫情防控工作，察看医院发热门诊和疫苗接种点，建议加强基层医疗卫生队伍建设。', 'health-care'],
    // A place or a word ending in 江/道 before the Strait's 两岸 (浙江, 晋江, 镇江; 报道): no river bank.
    ['省政协召开会议，推进浙江两岸经贸交流合作，深化两岸融合发展。', 'united-front'],
    ['市政协组织新闻媒体报道两岸青年交流活动，推动两岸融合发展。', 'united-front'],
    ['晋江两岸经贸交流合作，深化两岸融合发展。', 'united-front'],
    ['镇江两岸企业家交流，深化两岸合作。', 'united-front'],
    // Epidemic control done by the page's members (not the session's procedure).
    ['市政协组织委员助力做好疫情防控，捐赠口罩、消毒液等防疫物资，慰问一线医务人员。', 'health-care'],
  ])('%s → %s', (text, tag) => {
    expect(tags(text)).toContain(tag)
  })
})
