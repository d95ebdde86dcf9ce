import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A county's short form on a page about that county, with no full name and no parent written.
describe('a page of its own county names it by its short form', () => {
  it('陈仓 twice, with 区委 and 区政协: 陈仓区, and its relative bodies resolve to it', () => {
    const r = analyzer.analyze('区委常委、统战部部长王亚海参加会议并讲话。学习传达了区政协会议精神。要把陈仓的工作共同做好，为“陈仓崛起”资政建言。')
    expect(r.places.map((p) => [p.name, p.parent])).toEqual([['陈仓区', '宝鸡市']])
    expect(r.committees.map((c) => c.name)).toEqual(['陈仓区委', '陈仓区委统战部', '陈仓区政协'])
  })

  it('a common word that is also a short form stays a word (资源, 合作)', () => {
    expect(analyzer.analyze('县政协要整合资源，用好资源，加强合作，深化合作。').places).toEqual([])
  })

  it('written once, a proper name alone is no place', () => {
    expect(analyzer.analyze('区政协学习传达了会议精神，为陈仓崛起建言。').places).toEqual([])
  })
})

// 和县 is a county of Anhui, and 和 a conjunction: after another word, 和县政协 is as often 和 + 县政协.
describe('a division whose name begins with a conjunction, after another word', () => {
  it.each([
    ['市政协和县政协的委员参加视察。', [], ['市政协', '县政协']],
    ['会议研究部署和县政协党组的工作。', [], ['县政协']],
  ])('%s: no 和县', (text, places, bodies) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toEqual(places)
    expect(r.committees.map((c) => c.name)).toEqual(bodies)
  })

  it.each([
    ['和县政协召开常委会议。', ['和县']],
    ['安徽省和县政协主席出席。', ['安徽省', '和县']],
    ['马鞍山市政协和和县政协联合调研。', ['马鞍山市', '和县']],
    ['新疆和田地区政协召开会议。', ['新疆维吾尔自治区', '和田地区']],
  ])('%s: the division, where it begins a clause or its parent is written', (text, places) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(places)
  })
})

// A county-level city written short, its prefecture unnamed: its province on the page vouches for a name the
// segmenter knows as a proper noun (义乌/nz, 慈溪/nrt), not for one that is also a word or a landform; a visit written
// around it (赴昆山考察: data/abbreviation-context.tsv, column city) vouches for any.
describe('a county-level city written short in the province the page names', () => {
  it('浙江 … 义乌, 慈溪: the cities, under their prefectures', () => {
    const r = analyzer.analyze('省政协调研组前往浙江考察，走进义乌的市场，又到慈溪的工业园。')
    expect(r.places.map((p) => [p.name, p.parent])).toEqual([['浙江省', null], ['义乌市', '金华市'], ['慈溪市', '宁波市']])
  })

  it('without its province, a short name alone stays unresolved', () => {
    expect(analyzer.analyze('调研组走进义乌的市场。').places).toEqual([])
  })

  it('a word that is also a city of the province stays a word (江山, 井冈山)', () => {
    expect(analyzer.analyze('浙江的委员说，江山就是人民，人民就是江山。').places.map((p) => p.name)).toEqual(['浙江省'])
    expect(analyzer.analyze('江西省的委员们重温井冈山精神。').places.map((p) => p.name)).toEqual(['江西省'])
  })

  it.each([
    ['市政协组织委员赴昆山考察学习。', [['昆山市', '苏州市']]],
    ['委员们来义乌调研。', [['义乌市', '金华市']]],
    ['调研组赴江山考察。', [['江山市', '衢州市']]],
  ])('without its province, a visit written around it: %s', (text, want) => {
    expect(analyzer.analyze(text).places.map((p) => [p.name, p.parent])).toEqual(want)
  })

  it.each([['江山就是人民。'], ['工厂建在临海的山坡上。'], ['迎来临海考察的客人。'], ['赴临海地区工作。']])('no visit, no city: %s', (text) => {
    expect(analyzer.analyze(text).places).toEqual([])
  })

  it('a county (not a city) of the province needs its prefecture: 长白 of 长白山 on a 吉林 page', () => {
    expect(analyzer.analyze('吉林省政协委员建议加强长白岛的管理。').places.map((p) => p.name)).toEqual(['吉林省'])
  })
})

// Lists of cities written one character each: data/city-lists.tsv.
describe('a list of cities written one character each', () => {
  it.each([
    ['政协委员建言长株潭一体化发展。', ['长沙市', '株洲市', '湘潭市']],
    ['推动苏锡常都市圈建设。', ['苏州市', '无锡市', '常州市']],
    ['北上广深等城市的房价', ['北京市', '上海市', '广州市', '深圳市']],
  ])('%s', (text, names) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toEqual(names)
    for (const p of r.places) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('the characters inside another word are no list (推广佛教 is not 广佛)', () => {
    expect(analyzer.analyze('要推广佛教文化中的有益内容，加强长株的管护。').places).toEqual([])
  })
})

// Divisions that ended (data/former-divisions.tsv): older pages name them; they have no code.
describe('a division that no longer exists', () => {
  it('闸北区 and 下城区 (杭州下城), with their former parents and no code', () => {
    const r = analyzer.analyze('2014年，闸北区政协组织委员赴致公党杭州下城总支交流。')
    expect(r.places.map((p) => [p.name, p.parent, p.code])).toEqual([['闸北区', '上海市', null], ['杭州市', '浙江省', '3301'], ['下城区', '杭州市', null]])
  })

  it('a name of today that shares a stem keeps today\'s division (莱芜 → 莱芜区)', () => {
    expect(analyzer.analyze('济南市莱芜区政协召开会议。').places.map((p) => p.name)).toEqual(['济南市', '莱芜区'])
  })
})

// A township written by its two-character stem (data/division-suffixes.tsv parent_min): only right after the division
// right above it, where a word ends.
describe('a township written by its two-character stem after its county', () => {
  it.each([
    ['金山廊下新农村建设。昆山千灯古镇。', ['金山区', '廊下镇', '昆山市', '千灯镇']],
    ['南康唐江发展家具产业。', ['南康区', '唐江镇']],
    ['东莞虎门的企业', ['东莞市', '虎门镇']],
  ])('%s', (text, names) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(names)
  })

  it.each([
    ['廊下新农村建设。', []],
    ['中共上海张江(集团)有限公司', ['上海市']],
    ['加快建成鄂州花湖机场', ['鄂州市']],
  ])('not alone, nor after a division higher up: %s', (text, names) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(names)
  })
})

// Known gap: 城关镇 is the name of 88 townships; only 竹山 chose 竹山县's, so it cannot vouch for 竹山 in turn (review of
// round 9: a circle). A page of 竹山县 that names only its 城关镇 and writes 竹山 short is left without the county.
describe('known gaps of townships a short form chose', () => {
  it.fails('城关镇 … 竹山实践: 竹山县', () => {
    expect(analyzer.analyze('县政协调研组来到城关镇刘家山村。探索小流域治理的竹山实践。').places.map((p) => p.name)).toEqual(['城关镇', '竹山县'])
  })
})

// Known gap: a district whose name the segmenter cuts across 区域.
describe('known gaps of cut names', () => {
  it.fails('天心区域内 (天心|区域), its city named only later: 天心区', () => {
    expect(analyzer.analyze('天心区域内已有2条主干道直通湘潭。长沙市政协主席出席。').places.map((p) => p.name)).toEqual(['天心区', '湘潭市', '长沙市'])
  })

  it('with its city right before, the cut name is the district (长沙市天心区域内)', () => {
    expect(analyzer.analyze('长沙市天心区域内已有2条主干道。').places.map((p) => p.name)).toEqual(['长沙市', '天心区'])
  })
})

// A county's short form the segmenter takes for no proper name is a place where the page vouches for that county:
// its full name, one of its townships, or its city with a body of the county's level.
describe('a county short form the page vouches for', () => {
  it.each([
    ['县政协委员到寺坪镇调研。为推动保康的产业振兴建言。', ['寺坪镇', '保康县']],
    ['区政协委员之家建在斋堂镇。委员要了解门头沟，热爱门头沟。', ['斋堂镇', '门头沟区']],
    ['北京市门头沟区政协召开会议。委员要了解门头沟，热爱门头沟。', ['北京市', '门头沟区']],
    // A short form the segmenter takes for a place name (竹山/ns, 蓟州/ns), in a local outlet's name or a phrase, on a page
    // that names one of its towns in full: 擂鼓镇 lies in 竹山县 (or in 北川县), 渔阳镇 in 蓟州区.
    ['今日竹山消息 擂鼓镇政协联络组组织委员开展调研活动。', ['竹山县', '擂鼓镇']],
    ['区政协委员来到渔阳镇白庄子村卫生室察看。转载注明掌上蓟州', ['渔阳镇', '蓟州区']],
  ])('%s', (text, want) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(want)
  })

  it.each([
    // Nothing on the page names the county.
    ['为推动保康的产业振兴建言。', []],
    // A township of another county: 斋堂镇 lies in 门头沟区, not in 保康县.
    ['区政协委员之家建在斋堂镇。为推动保康的产业振兴建言。', ['斋堂镇']],
    // A proper name (竹山/ns) with no town of its county on the page, or a town of another county (渔阳镇 of 蓟州区).
    ['委员们来到竹山调研。', []],
    ['区政协委员来到渔阳镇察看。探索小流域治理的竹山实践。', ['渔阳镇']],
    // A town's name that many counties share vouches only for the county it was resolved to: 新安街道 of 珲春市, not of 宝安区.
    ['珲春市政协委员到近海街道宝安社区和新安街道长安社区调研。', ['珲春市', '近海街道', '新安街道']],
  ])('not: %s', (text, want) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(want)
  })
})

// 县区 after a city's short form: the counties and districts of that city, not the county of the same stem.
describe('a city short form before 县区', () => {
  it.each([
    ['长沙县区两级政协联动履职', ['长沙市']],
    ['宜宾县区政协委员参加培训', ['宜宾市']],
    ['长沙县政协召开常委会议', ['长沙县']],
    ['长沙县区域内道路畅通', ['长沙县']],
  ])('%s', (text, want) => {
    expect(analyzer.analyze(text).places.map((p) => p.name)).toEqual(want)
  })
})

// A slogan named after the page's own county, in quotes (“平安南开”), on a page of that county's 区政协 or 县委.
describe('a county short form in a slogan named after it', () => {
  it.each([
    ['围绕建设“平安南开”开展调研。区政协常委会审议了报告。', ['南开区'], ['南开区政协']],
    ['县委书记讲话，要求建设“美丽惠民”。', ['惠民县'], ['惠民县委']],
  ])('%s', (text, places, bodies) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toEqual(places)
    expect(r.committees.map((c) => c.name)).toEqual(bodies)
  })

  it.each([
    // No body of the county's level on the page.
    '围绕建设“平安南开”开展调研。',
    // Not in quotes, or not a slogan word before it.
    '区政协常委会审议了报告，建设平安南开。',
    '区政协常委会审议了报告，参观“南开”展览。',
    // A slogan of a word that is no proper name (资源 is a county's short form too).
    '区政协常委会审议了报告，建设“美丽资源”。',
  ])('not: %s', (text) => {
    expect(analyzer.analyze(text).places).toEqual([])
  })
})
