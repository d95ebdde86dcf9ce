import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Probe sentences of ordinary news phrasing (round 11, issue #15). Each sentence takes its form from one of the
 * unannotated survey pages read for this round (county project reports, proposal reports, charity and couplet
 * news, statistics bulletins, the 全国政协 sessions); the expectations were written by hand from GUIDE.md and
 * test/fixtures/dev-pages/README.md before the library was run on them, and are compared on the keys
 * `npm run eval` matches on (figures: value, unit, approx; dates: iso; places: name).
 */
type Fig = [number, string | null, string | null]
const key = (f: Fig) => f.join('|')
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => key([f.value, f.unit, f.approx])).sort()
const want = (list: Fig[]) => list.map(key).sort()
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => d.iso).sort()
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()

describe('ordinary phrasing: project and statistics reports', () => {
  it.each<[string, Fig[]]>([
    ['全县重点项目50个，总投资178.7亿元。', [[50, '个', null], [17870000000, '元', null]]],
    ['1-5月完成投资4.28亿元，完成率24.25%。', [[428000000, '元', null], [24.25, '%', null]]],
    ['已开工项目33个，未开工项目17个，开工率为66%。', [[33, '个', null], [17, '个', null], [66, '%', null]]],
    ['上半年实现地区生产总值162.22亿元，同比增长7.5%。', [[16222000000, '元', null], [7.5, '%', null]]],
    ['完成投资68. 8亿元，完成全年计划投资165.5亿元的41.6%。', [[6880000000, '元', null], [16550000000, '元', null], [41.6, '%', null]]],
    ['农民人均可支配收入提高到16396元，每年增加1200多元。', [[16396, '元', null], [1200, '元', 'more']]],
    ['脱贫劳动力务工就业规模连续稳定在3000万人以上。', [[30000000, '人', 'more']]],
    ['每个脱贫县都培育了2至3个特色主导产业。', [[2, '个', null]]],
    ['全国农村卫生厕所普及率达到75%左右。', [[75, '%', 'about']]],
    ['实现营业收入10.07万亿元，同比增长0.9%。', [[10070000000000, '元', null], [0.9, '%', null]]],
    ['三大特色产业面积分别达30.6万亩、30.8万亩、5万亩。', [[306000, '亩', null], [308000, '亩', null], [50000, '亩', null]]],
    ['通过农业产业发展减贫5.87万人，完成计划目标100%。', [[58700, '人', null], [100, '%', null]]],
    ['全国耕地重金属污染面积在16%以上。', [[16, '%', 'more']]],
    ['超过报废年限的大型农业机械约占30%、小型机械占50%。', [[30, '%', 'about'], [50, '%', null]]],
    ['春运全社会跨区域人员流动量预计达95亿人次。', [[9500000000, '人次', null]]],
  ])('%s', (text, list) => expect(figures(text)).toEqual(want(list)))
})

describe('ordinary phrasing: proposals and sessions', () => {
  it.each<[string, Fig[]]>([
    ['共提交提案639件，确定立案588件，立案率达92%。', [[639, '件', null], [588, '件', null], [92, '%', null]]],
    ['交由区政府系统办理的政协提案108件，占提案总量的97.3%。', [[108, '件', null], [97.3, '%', null]]],
    ['3位副主席带队，分16个子课题深入22个市地、87家企业，召开57场座谈会。', [[3, '位', null], [16, '个', null], [22, '个', null], [87, '家', null], [57, '场', null]]],
    ['应出席委员2158人，实到2149人。', [[2158, '人', null], [2149, '人', null]]],
    ['来自34个界别的2100余位全国政协委员汇聚一堂。', [[34, '个', null], [2100, '位', 'more']]],
    ['经104家承办单位认真办理，共有684件提案建议得到采纳，占15.8%。', [[104, '家', null], [684, '件', null], [15.8, '%', null]]],
    ['本次大会会期4天半。', [[4.5, '天', null]]],
    ['按委员数10%的比例评选优秀政协委员。', [[10, '%', null]]],
    ['超过9成的委员提交了提案。', [[90, '%', 'more']]],
    ['共有1959位委员提交提案，占委员总数的90.7%。', [[1959, '位', null], [90.7, '%', null]]],
    ['对涉及三家以上承办单位的2410件提案明确主办单位。', [[3, '家', 'more'], [2410, '件', null]]],
    ['办复提案5003件，办复率99.5%。', [[5003, '件', null], [99.5, '%', null]]],
    ['收到提案近六千件，办复率高达99.9%。', [[6000, '件', 'less'], [99.9, '%', null]]],
    ['全年共举办各类协商议政活动近百场。', [[100, '场', 'less']]],
    ['共收到信息来稿逾7.5万篇，其中超过1.7万篇获采用。', [[75000, '篇', 'more'], [17000, '篇', 'more']]],
    ['组织开展逾万项联系界别群众活动。', [[10000, '项', 'more']]],
    ['编报的信息获得领导批示逾千人次。', [[1000, '人次', 'more']]],
  ])('%s', (text, list) => expect(figures(text)).toEqual(want(list)))
})

describe('ordinary phrasing: charity, couplets and visits', () => {
  it.each<[string, Fig[]]>([
    ['现场将书写好的百余副对联送到群众手中。', [[100, '副', 'more']]],
    ['共送出春联2500多副，“福”字和“春”字1500多个。', [[2500, '副', 'more'], [1500, '个', 'more']]],
    ['十余名书画家现场挥毫泼墨。', [[10, '名', 'more']]],
    ['“春联万家”活动从2015年至今已连续开展12年。', [[12, '年', null]]],
    ['二十多名会员和社区居民参加活动。', [[20, '名', 'more']]],
    ['30多名成员参加了活动。', [[30, '名', 'more']]],
    ['支部一行看望了89岁的老党员。', [[89, '岁', null]]],
    ['近60位老党员欢聚一堂。', [[60, '位', 'less']]],
    ['其余近六十幅“寿”字由工作人员送到老干部手中。', [[60, '幅', 'less']]],
    ['全州政协系统干部职工捐款51.76万元。', [[517600, '元', null]]],
    ['全区280余名政协委员累计捐款75500元。', [[280, '名', 'more'], [75500, '元', null]]],
    ['累计募集资金292.52万元，资助慈善项目20余个。', [[2925200, '元', null], [20, '个', 'more']]],
    ['向10户公安困难家庭捐赠爱心款共计8万元。', [[10, '户', null], [80000, '元', null]]],
    ['区政协有关负责人等约30人参加。', [[30, '人', 'about']]],
    ['公益支出超9亿元，帮扶困难群众400万人次。', [[900000000, '元', 'more'], [4000000, '人次', null]]],
    ['共有1亿多人次爱心网友捐赠近1.07亿元。', [[100000000, '人次', 'more'], [107000000, '元', 'less']]],
    ['活动已连续开展了二十年，累计捐款金额达200余万元。', [[20, '年', null], [2000000, '元', 'more']]],
    ['全省政协系统已为地震灾区捐赠款物共计5亿余元人民币。', [[500000000, '元', 'more']]],
    ['推动17个市县相继成立婺剧促进会。', [[17, '个', null]]],
  ])('%s', (text, list) => expect(figures(text)).toEqual(want(list)))
})

describe('ordinary phrasing: numbers that are no figure', () => {
  it.each([
    '全面贯彻落实中共二十大、二十届二中、三中全会精神。',
    '扎实开展“三严三实”专题教育，严格落实中央八项规定精神。',
    '紧扣省政协“1453”履职总要求。',
    '锚定“三高四新”美好蓝图。',
    '委员们来到三都镇开展调研。',
    '开展“十四五”时期巩固脱贫成果重点提案督办调研。',
    '每年两会期间，委员们踊跃捐款捐物。',
    '驻村第一书记介绍了村里的情况。',
    '委员们围绕“三农”问题建言献策。',
    '会议召开第三次全体会议。',
    '联系电话：0731-84567890。',
    '违法和不良信息举报电话:010-51917256',
    '2023年春节来临之际，定远县政协组织委员送春联。',
    '自2006年起，市政协持续开展爱心助学活动。',
    '一年来，市政协各项工作取得新进展。',
    '松江区政协成立全市首家“政协委员慈善专项基金”。',
    '“5·12”汶川大地震发生后，委员们纷纷捐款。',
    '在“11·19”爱心慈善日期间，委员们踊跃捐款。',
    '每到一所学校，委员们都与学生亲切交谈。',
    '全面落实“六保”任务，坚决打好三大攻坚战。',
    '委员们视察了342国道修复治理项目。',
    '委员们来到市第二实验小学。',
    '第十一届县政协委员集中视察了重点项目。',
    '“一带一路”建设持续推进。',
  ])('no figure: %s', (text) => expect(figures(text)).toEqual([]))
})

describe('ordinary phrasing: dates', () => {
  it.each<[string, string[]]>([
    ['时间：2025-03-05 10:02:28', ['2025-03-05']],
    ['—在3月2日政协常宁市第十一届委员会第五次会议上', ['--03-02']],
    ['发布日期:2022年08月19日  来源:同心苑', ['2022-08-19']],
    ['海安县政协办公室\n二○一三年十一月十九日', ['2013-11-19']],
    ['活动时间：11月25日至12月25日。', ['--11-25', '--12-25']],
    ['2021-03-11 09:54:00 截至3月5日20时，共收到提案5913件。', ['--03-05', '2021-03-11']],
    ['2012年10月22日晚，文艺演出隆重上演。', ['2012-10-22']],
    ['2012年6月，全国人大常委会初次审议修订草案。', ['2012-06']],
    ['今年1至7月，规模以上企业营业收入增长0.9%。', ['--01', '--07']],
    ['发布时间：2023-10-10 今年10月16日是传统的重阳节。', ['2023-10-10', '2023-10-16']],
    ['8月29日至30日，县人大常委会对重点项目进行调研。', ['--08-29', '--08-30']],
    ['1-12月份，完成投资77.57亿元。', ['--01', '--12']],
    ['2024年1月16日23:15 来源：上海市慈善基金会', ['2024-01-16']],
    ['松江区政协于2013年5月成立慈善专项基金。', ['2013-05']],
    ['2025年3月4日至10日，全国政协十四届三次会议在京召开。', ['2025-03-04', '2025-03-10']],
    ['2023年11月中旬，县政协组织委员视察重点项目。', ['2023-11']],
    ['截至2021年7月底，1824件提案全部办复。', ['2021-07']],
    ['2024-03-01 去年10月，委员们开展了专题视察。', ['2023-10', '2024-03-01']],
    ['时间:2024-02-02 15:31:27  来源:中国公益之声', ['2024-02-02']],
    ['发布时间:2022-01-29编辑:湖南政协新闻网', ['2022-01-29']],
  ])('%s', (text, isos) => expect(dates(text)).toEqual([...isos].sort()))
})

describe('ordinary phrasing: what is no date', () => {
  it.each([
    '今天是农历九月初九日，是我国传统的重阳节。',
    '每年农历九月初九为老年节。',
    '2024年第四季度，全县完成投资12亿元。',
    '11月中旬，县政协组织委员视察。',
    '2021至2023年，农民收入每年增加1200多元。',
    '“5·12”汶川大地震发生后，委员们纷纷捐款。',
    '“11·19”爱心慈善日期间，委员们踊跃捐款。',
    '1-5月完成投资4.28亿元。',
    '自2006年起，市政协持续开展爱心助学活动。',
  ])('no date: %s', (text) => expect(dates(text)).toEqual([]))
})

describe('ordinary phrasing: places in these sentences', () => {
  it.each<[string, string[]]>([
    ['2023年春节来临之际，定远县政协组织委员送春联。', ['定远县']],
    ['松江区政协于2013年5月成立慈善专项基金。', ['松江区']],
    ['在中鱼口镇白吟浪村，书法家们特意撰写了春联。', ['中鱼口镇']],
  ])('%s', (text, list) => expect(places(text)).toEqual([...list].sort()))
})

// The two classes fixed this round: 副, the measure word of couplets (five survey pages and page 596: 百余副, 2500多副,
// 2000余副, 300余副, 数百副), never where it begins a deputy's title; 约占, an approximation bridged by 占 to its number.
describe('ordinary phrasing: the measure word 副 and the bridge 占', () => {
  it.each<[string, Fig[]]>([
    ['当天共送出春联、“福”字2000余副。', [[2000, '副', 'more']]],
    ['本次活动共送出春联及“福”字300余副。', [[300, '副', 'more']]],
    ['此次活动共送出数百副春联和“福”字。', [[100, '副', 'about']]],
    ['写春联68副，送“福”字120张。', [[68, '副', null], [120, '张', null]]],
    ['全县留守老人约占40%。', [[40, '%', 'about']]],
    ['经济类232件，占34.07%。', [[232, '件', null], [34.07, '%', null]]],
  ])('%s', (text, list) => expect(figures(text)).toEqual(want(list)))
  it.each([
    '两副主席分别讲话。',
    '书法家们书写了一副副喜庆的春联。',
    '他戴着一副眼镜。',
    '会上，两副市长分别作了部署。',
    '三副主任分工负责各项工作。',
  ])('no figure: %s', (text) => expect(figures(text)).toEqual([]))
})

// Known misses, left unfixed this round (each seen on one page only): a batch counted after its noun (物资一批, page
// 598) and the county 汶川 named only in the name of the earthquake (pages 601, 602; places grammar, not figures).
// `it.fails` keeps the hand-made truth here and turns red the day the library gets them right.
describe('ordinary phrasing: known misses', () => {
  it.fails('no figure: 筹集善款后，又捐赠防疫物资一批。', () => expect(figures('筹集善款后，又捐赠防疫物资一批。')).toEqual([]))
  it.fails('places: “5·12”汶川大地震发生后，委员们纷纷捐款。', () => expect(places('“5·12”汶川大地震发生后，委员们纷纷捐款。')).toEqual(['汶川县']))
})
