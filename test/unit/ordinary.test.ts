import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/** Figures, dates, places and names written the way any news text writes them (the examples of the issue and more). */
const figures = (text: string) => analyzer.analyze(text).figures.map(({ text, value, unit, approx }) => ({ text, value, unit, approx }))
const dates = (text: string) => analyzer.analyze(text).dates.map((d) => [d.text, d.iso])
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)
const persons = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

describe('figures: every written form of a number', () => {
  it.each([
    ['投入三点五亿元', { text: '三点五亿元', value: 350000000, unit: '元', approx: null }],
    ['零点八亿元资金', { text: '零点八亿元', value: 80000000, unit: '元', approx: null }],
    ['近百名委员参加', { text: '近百名', value: 100, unit: '名', approx: 'less' }],
    ['百分之百完成', { text: '百分之百', value: 100, unit: '%', approx: null }],
    ['占比百分之八十五', { text: '百分之八十五', value: 85, unit: '%', approx: null }],
    ['十余家单位', { text: '十余家', value: 10, unit: '家', approx: 'more' }],
    ['三成企业表示满意', { text: '三成', value: 30, unit: '%', approx: null }],
    ['超八成受访者', { text: '超八成', value: 80, unit: '%', approx: 'more' }],
    ['九成以上', { text: '九成以上', value: 90, unit: '%', approx: 'more' }],
    ['利润增长2倍', { text: '2倍', value: 2, unit: '倍', approx: null }],
    ['数十名委员', { text: '数十名', value: 10, unit: '名', approx: 'about' }],
    ['上百家企业', { text: '上百家', value: 100, unit: '家', approx: 'about' }],
    ['几十个村', { text: '几十个', value: 10, unit: '个', approx: 'about' }],
    ['覆盖数百万留学人员', { text: '数百万', value: 1000000, unit: null, approx: 'about' }],
    ['坚持30余年', { text: '30余年', value: 30, unit: '年', approx: 'more' }],
    ['共增补14位会员', { text: '14位', value: 14, unit: '位', approx: null }],
    // text as written, spaces removed (GUIDE.md); the span holds them.
    ['增长8. 8 个百分点', { text: '8.8个百分点', value: 8.8, unit: '个百分点', approx: null }],
    ['同比增长 5.2 %,高于全省', { text: '5.2%', value: 5.2, unit: '%', approx: null }],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual([want])
  })

  it.each([
    ['三台县政协召开会议'], ['长春市九台区'], ['十三五期间'], ['党的二十大'], ['全国两会'], ['增强四个意识'],
    ['93920部队'], ['在第十四届委员会'], ['二〇二三年'], ['5G基站'], ['两大主题'], ['市县两级政协'],
    ['推进三台发展，三台县委部署'],
  ])('no figure in %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it('a subject is whole words: 5家规模以上企业 → 规模以上企业', () => {
    expect(analyzer.analyze('扩大到5家规模以上企业').figures[0]!.subject).toBe('规模以上企业')
    expect(analyzer.analyze('建设10个公益性岗位').figures[0]!.subject).toBe('公益性岗位')
  })
})

// Generated figures: a value drawn, written in one of the ways news writes numbers, parsed back.
const DIGITS = '零一二三四五六七八九'
/** An integer below 10^8 in Chinese numerals, written independently of the library's parser. */
function chinese(n: number): string {
  if (n === 0) return '零'
  const section = (x: number): string => {
    let out = ''
    let zero = false
    for (const [u, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(x / u) % 10
      if (d === 0) { if (out) zero = true; continue }
      if (zero) { out += '零'; zero = false }
      out += (u === 10 && d === 1 && out === '' ? '' : DIGITS[d]) + name
    }
    return out
  }
  const wan = Math.floor(n / 10000)
  const rest = n % 10000
  return (wan ? section(wan) + '万' : '') + (wan && rest && rest < 1000 ? '零' : '') + (rest ? section(rest) : '')
}
// 所 is left out: 2所以上 is also 2 + 所以 (so) + 上.
// 颗, 片, 双: goods counted by the piece (12亿颗, 1100万片, 30万双).
const UNITS = ['个', '件', '名', '人', '家', '项', '次', '篇', '条', '户', '颗', '片', '双']
const APPROX: Array<[string, string, 'more' | 'less' | 'about' | null]> = [['', '', null], ['近', '', 'less'], ['约', '', 'about'], ['超过', '', 'more'], ['', '以上', 'more'], ['', '左右', 'about']]
const STYLES = ['arabic', 'comma', 'wan', 'chinese', 'chinese-decimal', 'fullwidth'] as const
const fullwidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

/** How the value is written, and the value a reader takes from it. */
function render(style: (typeof STYLES)[number], n: number): [string, number] {
  switch (style) {
    case 'arabic': return [String(n), n]
    case 'comma': return [n.toLocaleString('en-US'), n]
    case 'wan': { const v = Math.max(1, n % 100000) / 10; return [`${v}万`, Math.round(v * 10) * 1000] }
    case 'chinese': return [chinese(n), n]
    case 'chinese-decimal': { const a = (n % 9) + 1; const b = n % 10; return [`${DIGITS[a]}点${DIGITS[b]}万`, a * 10000 + b * 1000] }
    case 'fullwidth': return [fullwidth(String(n)), n]
  }
}

describe('figures: generated figures parse back exactly', () => {
  const draw = fc.record({
    n: fc.integer({ min: 2, max: 99_999_999 }),
    style: fc.constantFrom(...STYLES),
    unit: fc.constantFrom(...UNITS),
    approx: fc.constantFrom(...APPROX),
  })
  it('value × unit × approximation × style', () => {
    fc.assert(fc.property(draw, ({ n, style, unit, approx }) => {
      const [written, value] = render(style, n)
      const [before, after, want] = approx
      const r = analyzer.analyze(`据统计，今年共有${before}${written}${unit}${after}参与其中。`).figures
      expect(r.map(({ value, unit, approx }) => ({ value, unit, approx }))).toEqual([{ value, unit, approx: want }])
    }), { numRuns: 10_000 })
  })

  // 为期 + a span of time: 一 counts there too (为期一周), in either script.
  it('为期 × a span of time × script, one included', () => {
    const span = fc.record({ n: fc.integer({ min: 1, max: 99 }), script: fc.constantFrom('arabic', 'chinese'), unit: fc.constantFrom('天', '周', '年', '个月') })
    fc.assert(fc.property(span, ({ n, script, unit }) => {
      const written = script === 'arabic' ? String(n) : chinese(n)
      const r = analyzer.analyze(`委员们开展了为期${written}${unit}的调研。`).figures
      expect(r.map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: n, unit }])
    }), { numRuns: 300 })
  })

  // 连任三届, 连续举办了五届: after a word of serving or holding again, a number and a term (届) count terms, in either
  // script; the same number without that word numbers the term (十三届全国政协委员).
  it('a word of serving again × a count of terms × script', () => {
    const terms = fc.record({ n: fc.integer({ min: 2, max: 20 }), script: fc.constantFrom('arabic', 'chinese'), lead: fc.constantFrom('连任', '已连任', '连续', '连续举办了', '已举办') })
    fc.assert(fc.property(terms, ({ n, script, lead }) => {
      // A count of two says 两 (两届); 二 before a measure word numbers a thing in a name (二期).
      const written = script === 'arabic' ? String(n) : n === 2 ? '两' : chinese(n)
      expect(analyzer.analyze(`这位委员${lead}${written}届，深受好评。`).figures.map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: n, unit: '届' }])
      // 两 is never an ordinal (他是两届全国政协委员 counts terms too).
      if (written !== '两') expect(analyzer.analyze(`他是${written}届全国政协委员。`).figures).toEqual([])
    }), { numRuns: 300 })
  })

  // Every division whose name holds a numeral (三台县, 九台区, 七台河市 …), from the gazetteer.
  const numbered = readFileSync(new URL('../../data/divisions.tsv', import.meta.url), 'utf8').split('\n')
    .map((l) => l.split('\t')).filter((c) => c[2] === 'county' || c[2] === 'prefecture').map((c) => c[1]!)
    .filter((name) => /[一二三四五六七八九十百千万两]/.test(name))
  it(`no figure in the name of a division (${numbered.length} names with numerals)`, () => {
    fc.assert(fc.property(fc.constantFrom(...numbered), (name) => {
      expect(analyzer.analyze(`${name}政协召开会议，${name}委员参加调研。`).figures).toEqual([])
    }), { numRuns: 2000 })
  })
})

describe('dates: a page stamp day first before a clock time', () => {
  it('day × month × year × clock', () => {
    const stamp = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2000, max: 2030 }), h: fc.integer({ min: 0, max: 23 }) })
    const p2 = (x: number) => String(x).padStart(2, '0')
    fc.assert(fc.property(stamp, ({ d, m, y, h }) => {
      const r = analyzer.analyze(`委员视察高原美丽乡村建设\n\n${p2(d)}.${p2(m)}.${y}  ${h}:05\n\n  讯 委员们到海东市视察。`).dates
      expect(r.map((x) => x.iso)).toEqual([`${y}-${p2(m)}-${p2(d)}`])
    }), { numRuns: 200 })
  })
})

describe('dates: a page stamp with the year apart (2023 01 / 11)', () => {
  it('year × month × day × spacing: one date, no figure', () => {
    const stamp = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2000, max: 2030 }), gap: fc.constantFrom('/', ' / ', '/ ') })
    const p2 = (x: number) => String(x).padStart(2, '0')
    fc.assert(fc.property(stamp, ({ d, m, y, gap }) => {
      const r = analyzer.analyze(`${y} ${p2(m)}${gap}${p2(d)}\n\n全国政协召开双周协商座谈会。`)
      expect(r.dates.map((x) => x.iso)).toEqual([`${y}-${p2(m)}-${p2(d)}`])
      expect(r.figures).toEqual([])
    }), { numRuns: 200 })
  })
})

describe('dates: ISO always, relative forms against the page', () => {
  const PAGE = '《人民政协报》（2024年05月18日 第01版）\n\n'
  it.each([
    ['今年5月召开', '今年5月', '--05'],
    ['8月以来，委员们', '8月', '--08'],
    [`${PAGE}8月以来，委员们`, '8月', '2024-08'],
    [`${PAGE}今年5月份`, '今年5月', '2024-05'],
    [`${PAGE}去年3月开始`, '去年3月', '2023-03'],
    [`${PAGE}上月15日`, '上月15日', '2024-04-15'],
    ['5月5日至7日', '7日', '--05-07'],
    ['2021年6月3日至4日在京举行', '4日', '2021-06-04'],
  ])('%s', (text, written, iso) => {
    expect(dates(text)).toContainEqual([written, iso])
  })

  it.each([['日前，委员们'], ['昨天上午'], ['5月召开'], ['近5个月']])('no date in %s', (text) => {
    expect(dates(text)).toEqual([])
  })

  it('never writes null into an ISO date', () => {
    for (const [, iso] of dates('今年5月召开。去年3月开始。')) expect(iso).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/)
  })
})

describe('places: abbreviations, short forms, and no place inside a word', () => {
  it.each([
    ['川渝两地政协协同', ['四川省', '重庆市']],
    ['粤港澳大湾区建设', ['广东省', '香港特别行政区', '澳门特别行政区']],
    ['闽浙赣三省交界', ['福建省', '浙江省', '江西省']],
    ['晋冀鲁豫边区', ['山西省', '河北省', '山东省', '河南省']],
    ['推动苏皖合作', ['江苏省', '安徽省']],
    ['京津冀协同发展', ['北京市', '天津市', '河北省']],
    ['浦东开发开放', ['浦东新区']],
    ['赴广西北海调研', ['广西壮族自治区', '北海市']],
    ['区政协港澳台侨委开展调研', ['香港特别行政区', '澳门特别行政区', '台湾省']],
    ['团结港澳台同胞', ['香港特别行政区', '澳门特别行政区', '台湾省']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(expect.arrayContaining(want))
  })

  it.each([
    ['三台县镇乡和县级部门', '和县'],
    ['加强合作交流', '合作市'],
    ['政协吉云平台', '云南省'],
    ['在新时代', '新疆维吾尔自治区'],
  ])('no place in %s (not %s)', (text, name) => {
    expect(places(text)).not.toContain(name)
  })
})

describe('names across an OCR space or a line break', () => {
  it('joins 欧 阳丽娟 and 王建⏎平, the mention holding the break', () => {
    const a = analyzer.analyze('市政协委员欧 阳丽娟建议，加快建设。')
    expect(a.persons.map((p) => [p.name, p.mentions[0]!.text])).toEqual([['欧阳丽娟', '欧 阳丽娟']])
    expect(persons('会上，市政协副主席王建\n平介绍了情况。')).toEqual(['王建平'])
  })

  it('keeps two names of a byline apart', () => {
    expect(persons('本报记者 李婷 张添奥')).toEqual(['李婷', '张添奥'])
  })
})
