import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/** Numbers in ordinary news that are parts of names, sessions or words, not figures; and ranges. Checked by hand. */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx, max }) => ({ text, value, unit, approx, ...(max !== undefined ? { max } : {}) }))
const F = (text: string, value: number, unit: string, approx: 'more' | 'less' | 'about' | null = null, max?: number) => ({ text, value, unit, approx, ...(max !== undefined ? { max } : {}) })

// Places counted in Chinese numerals: a figure after a list of them, else the name of the two places (README).
describe('counts of places: after a list of them, not alone nor after a pair of short names', () => {
  it.each([
    ['以视频形式在北京、广东两地主会场举行', [F('两地', 2, '地')]],
    ['来自重庆、四川、贵州三省市的政协负责人相聚綦江', [F('三省市', 3, '省市')]],
    ['上海、南京、常州三地获评时间较早', [F('三地', 3, '地')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['希望两地政协要多互动、多交流,共推两地经济文化的发展。'],
    ['李文亮表示,希望两县能进一步加强交流。'],
    ['川渝两地政协签订《协同履职协议》'],
    ['蘇通兩地處在長江經濟帶'],
    ['湘鄂渝黔四省市政协助推武陵山区发展'],
    ['长阳郧西两县生态文化旅游资源都十分丰富'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it('Arabic digits stay a count: 走访了3县12镇', () => {
    expect(figures('调研组走访了3县12镇。')).toEqual([F('3县', 3, '县'), F('12镇', 12, '镇')])
  })
})

describe('a session numbered after the term is an ordinal', () => {
  it.each([
    ['十三届全国人大五次会议湖北代表团提交议案'],
    ['共同担负十届市政协二次全体会议筹备阶段的各项工作'],
    ['县政协九届八次常委会议协商审议通过'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it('sessions counted are figures: 召开了五次会议', () => {
    expect(figures('今年共召开了五次会议,提出建议12条。')).toEqual([F('五次', 5, '次'), F('12条', 12, '条')])
  })
})

describe('a financial numeral alone is a character of a name or word', () => {
  it.each([['雷家店镇伍家冲村和冷家山村'], ['陆家嘴金融城'], ['建设高素质干部队伍']])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it('a sum written in full is a figure: 人民币壹仟伍佰元', () => {
    expect(figures('捐款人民币壹仟伍佰元')).toEqual([F('壹仟伍佰元', 1500, '元')])
  })
})

describe('an approximation word must not be the end of another word', () => {
  it.each([
    ['肥料用量节约20%', [F('20%', 20, '%')]],
    ['能节水30%以上,肥料用量节约20%', [F('30%以上', 30, '%', 'more'), F('20%', 20, '%')]],
    ['每亩约200元', [F('约200元', 200, '元', 'about')]],
    ['累计发放贷款超800万元', [F('超800万元', 8000000, '元', 'more')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('a range with its unit written at both ends', () => {
  it.each([
    ['产量提高5%-10%。', [F('5%-10%', 5, '%', null, 10)]],
    ['每年培训3次至5次', [F('3次至5次', 3, '次', null, 5)]],
    ['从3%提高到5%', [F('3%', 3, '%'), F('5%', 5, '%')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('slogans, campaigns and phases; approximations after the unit or across 已经有', () => {
  it.each([
    ['实现两个一百年奋斗目标。'],
    ['要守好发展和生态两条底线。'],
    ['打赢八场硬仗,打好三大攻坚战。'],
    ['一期工程已完工,二期项目开工,3期工程启动。'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it.each([
    ['营业收入增长了两倍多。', [F('两倍多', 2, '倍', 'more')]],
    ['至少已经有12位全国政协副主席率调研组赴地方。', [F('至少已经有12位', 12, '位', 'more')]],
    ['共举办培训班4期,编发简报12期。', [F('4期', 4, '期'), F('12期', 12, '期')]],
    ['建成3个多功能活动室。', [F('3个', 3, '个')]],
    ['新建道路两条。', [F('两条', 2, '条')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('a noun that ends in its measure word counts in it (农户 户, like 人口 人)', () => {
  it.each([
    ['带动2.6万农户致富', F('2.6万农户', 26000, '户')],
    ['惠及12万农户', F('12万农户', 120000, '户')],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected])
  })

  it.each([
    ['带动3000户农户增收', F('3000户', 3000, '户')], // the measure word written: counted once, by it
    ['全村农户500余户', F('500余户', 500, '户', 'more')], // the noun before the count
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected])
  })
})
