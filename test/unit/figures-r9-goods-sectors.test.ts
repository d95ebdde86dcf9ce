import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Round 9 survey of ordinary news (statistics bulletins, project inspections): goods counted by the piece
 * (颗, 粒, 片, 双) and areas as spoken (平米) are measure words (data/units.tsv); 三次产业, the three sectors of
 * the economy, is a set phrase, no count of times (data/numbered-phrases.txt). Checked by hand.
 */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx }) => ({ text, value, unit, approx }))
const F = (text: string, value: number, unit: string, approx: 'more' | 'less' | 'about' | null = null) => ({ text, value, unit, approx })

describe('goods counted by the piece and areas as spoken are measure words', () => {
  it.each([
    ['年产12亿颗新能源电池项目', [F('12亿颗', 1200000000, '颗')]],
    ['长信科技年产1100万片高端触控显示模组', [F('1100万片', 11000000, '片')]],
    ['第一期200台设备可年产30万双打印鞋', [F('200台', 200, '台'), F('30万双', 300000, '双')]],
    ['现正开展1000亩土地储备、30000平米标准化厂房建设工作', [F('1000亩', 1000, '亩'), F('30000平米', 30000, '平方米')]],
    ['新建厂房约2.5万平米', [F('约2.5万平米', 25000, '平方米', 'about')]],
    ['向农户发放优质种子5000余粒', [F('5000余粒', 5000, '粒', 'more')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['形成一片欢腾景象,一颗红心向党'],
    ['全市划分为12片区开展网格化管理'],
    ['双方签订合作协议,实现互利双赢'],
    ['投入资金300万对村道进行改造'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))
})

describe('三次产业 is the three sectors of the economy, no count', () => {
  it.each([
    ['2015年三次产业结构比为25.72:26.84:47.44。'],
    ['我国三次产业变动趋势符合产业结构演变的一般规律'],
    ['國家統計局於1985年4月對中國的三次產業進行了劃分'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))

  it.each([
    ['三次产业对GDP增长的贡献率分别为2.3%、64.5%和33.2%', [F('2.3%', 2.3, '%'), F('64.5%', 64.5, '%'), F('33.2%', 33.2, '%')]],
    ['委员们先后三次深入企业调研', [F('三次', 3, '次')]],
    ['全年召开协商会三次,第三产业增加值239.05亿元', [F('三次', 3, '次'), F('239.05亿元', 23905000000, '元')]],
  ])('counts stay: %s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('a short quotation that is speech says its figures; one that names a slogan does not', () => {
  it.each([
    ['“冷链物流我们联系了县供销联社”“深加工试产先从500公斤起步”……委员们笔记本上的记录', [F('500公斤', 500, '公斤')]],
    ['他推行了1500畝試點。“今年計劃增加2500畝。”王紹南說。', [F('1500亩', 1500, '亩'), F('2500亩', 2500, '亩')]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))

  it.each([
    ['认真落实“民营经济 31 条”有关精神'],
    ['打造“1小时生活圈”,天心区率先实现'],
    ['市委出台促进工业发展“18条”政策'],
    // The quoted name of a policy (…政策), not speech: no sentence mark inside, no speech verb before (review of round 9).
    ['她是在了解到“第二轮土地承包到期后再延长30年”政策后做的决定'],
    ['增强“四个意识”、坚定“四个自信”'],
    ['开展“百名委员进百企,助力重点项目建设”调研活动'],
  ])('not a figure: %s', (text) => expect(figures(text)).toEqual([]))
})
