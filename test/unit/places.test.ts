import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { Divisions } from '../../src/places/divisions.js'
import { locates } from '../../src/places/gazetteer.js'
import { buildOfficial, officialImage, readOfficial } from '../../src/places/official.js'
import { placeMention, type Division, type PlaceMention } from '../../src/places/types.js'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places
const place = (text: string, name: string) => places(text).find((p) => p.name === name)

describe('places: gazetteer, short forms, ambiguity from context', () => {
  it.each([
    // [sentence, expected canonical name, level, parent]
    ['深入长春、吉林、四平等地实地调研', '吉林市', 'prefecture', '吉林省'], // a list of cities: 吉林 is the city
    ['为推动吉林全面振兴取得新突破贡献智慧和力量', '吉林省', 'province', null], // bare 吉林: the province
    ['长春市朝阳区政协主席邵晓君介绍', '朝阳区', 'county', '长春市'], // the enclosing mention decides
    ['北京市朝阳区政协召开常委会会议', '朝阳区', 'county', '北京市'],
    ['延边州政协先后组织开展了调研', '延边朝鲜族自治州', 'prefecture', '吉林省'], // autonomous short form
    // the stem of an autonomous name ends before its peoples (data/peoples.txt): 黔东南, not 黔东 + 南苗族
    ['中共黔东南州委副书记韩明出席', '黔东南苗族侗族自治州', 'prefecture', '贵州省'],
    ['黔西南州政协组织委员视察', '黔西南布依族苗族自治州', 'prefecture', '贵州省'],
    ['西双版纳州政协召开常委会议', '西双版纳傣族自治州', 'prefecture', '云南省'],
    ['博尔塔拉州政协主席出席', '博尔塔拉蒙古自治州', 'prefecture', '新疆维吾尔自治区'],
    ['江西赣州南康区政协协商助推', '南康区', 'county', '赣州市'],
    ['全国政协调研组在山西长治平顺调研黄河流域生态保护', '平顺县', 'county', '长治市'], // jieba tags 平顺 as a name
    ['安徽省天长市政协副主席赵森华收到市民发来的微信', '天长市', 'county', '滁州市'],
    ['香港、澳门委员积极参与', '香港特别行政区', 'province', null],
    ['福建省福州市鼓楼区政协', '鼓楼区', 'county', '福州市'],
    ['江苏省南京市鼓楼区政协', '鼓楼区', 'county', '南京市'],
  ])('%s → %s', (text, name, level, parent) => {
    const p = place(text, name)
    expect(p, JSON.stringify(places(text).map((x) => x.name))).toBeDefined()
    expect(p!.level).toBe(level)
    expect(p!.parent).toBe(parent)
    for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it.each([
    // 黔东 and 西双 are no short forms (the stems cut before a people's name that is none).
    ['黔东地区山多', '黔东南苗族侗族自治州'],
    ['西双方代表出席', '西双版纳傣族自治州'],
  ])('finds no %s in %s', (text, name) => {
    expect(places(text).map((p) => p.name)).not.toContain(name)
  })

  it('resolves a town name shared by many counties from the county before it', () => {
    const a = places('甘肃省天水市武山县城关镇开展基层协商').find((p) => p.name === '城关镇')
    const b = places('河南省洛阳市嵩县城关镇开展基层协商').find((p) => p.name === '城关镇')
    expect(a?.parent).toBe('武山县')
    expect(b?.parent).toBe('嵩县')
    expect(a?.code).not.toBe(b?.code)
  })

  it.each([
    ['惠民活动中，委员单位招聘', '惠民县'], // a word, not the county
    ['多次会同市委、市政府相关部门', '会同县'],
    ['奋力开创打造“同心政协、有为政协”', '同心县'],
    ['就是金山银山', '金山区'],
    ['市政协主席卢金堂表示', '金堂县'], // inside a person's name
  ])('does not take %s for %s', (text, name) => {
    expect(places(text).map((p) => p.name)).not.toContain(name)
  })

  // 白山松水 (Jilin's mountains and rivers) is an idiom: data/user-dict.utf8 lists it, with 白山黑水, as one.
  it('does not take 白山松水向“新”而行 for 白山市', () => {
    expect(places('白山松水向“新”而行').map((p) => p.name)).not.toContain('白山市')
  })

  it('reads a one-character province abbreviation only after a verb of travel or stay', () => {
    expect(places('组织委员赴京举办“松花石百砚展”').map((p) => p.name)).toContain('北京市')
    expect(places('会议在沪召开').map((p) => p.name)).toContain('上海市')
    expect(places('来自东京的客人，京剧演出，台上的委员')).toEqual([])
  })

  it('keeps codes from the gazetteer', () => {
    expect(place('长春市政协', '长春市')?.code).toBe('2201')
    expect(place('上海市静安区彭浦镇', '彭浦镇')?.parent).toBe('静安区')
  })
})

describe('divisions.tsv read in place', () => {
  const TSV = '# a comment\ncode\tname\tlevel\tparent_code\n22\t吉林省\tprovince\t\n2201\t长春市\tprefecture\t22\n\n\t无码镇\ttownship\t2201\textra\n220102\t南关区\tcounty\t99\n'
  const d = Divisions.parse(TSV, 'x.tsv')
  const all = Array.from({ length: d.size }, (_, i) => d.get(i))

  it('makes each division once, with its code (null where none), level and parent (null where its code is no row)', () => {
    expect(all.map((x) => [x.code, x.name, x.level, x.parent?.name ?? null])).toEqual([
      ['22', '吉林省', 'province', null], ['2201', '长春市', 'prefecture', '吉林省'], [null, '无码镇', 'township', '长春市'], ['220102', '南关区', 'county', null],
    ])
    expect(d.get(1)).toBe(all[1])
    expect(all[2]!.parent).toBe(all[1])
  })

  it('a code listed twice names its last row', () => {
    const twice = Divisions.parse('code\tname\tlevel\tparent\n22\t甲\tprovince\n22\t乙\tprovince\n2201\t丙\tprefecture\t22', 'x.tsv')
    expect(twice.get(2).parent?.name).toBe('乙')
  })

  it.each([
    ['22\t吉林省', 'x.tsv:2: expected 3 tab-separated cells, got 2'],
    ['22', 'x.tsv:2: expected 3 tab-separated cells, got 1'],
    ['22\t吉林省\tcity', 'x.tsv:2: expected a name and a level'],
    ['22\t\tprovince', 'x.tsv:2: expected a name and a level'],
  ])('a bad row %j names file:line', (row, message) => {
    expect(() => Divisions.parse(`code\tname\tlevel\n${row}\n`, 'x.tsv')).toThrow(message)
  })
})

describe('the image of the gazetteer the build saves (dist/gazetteer.bin)', () => {
  const data = (f: string) => readFileSync(new URL(`../../data/${f}`, import.meta.url))
  const sources = { divisions: data('divisions.tsv'), suffixes: data('division-suffixes.tsv'), peoples: data('peoples.txt') }
  const made = buildOfficial(sources)
  const image = officialImage(sources, made)
  const read = readOfficial(sources, image)!
  const names = Array.from({ length: made.divisions.size }, (_, row) => made.divisions.name(row))
  const key = (d: { code: string | null; name: string; level: string; parent: unknown } | null): string =>
    d ? `${d.code}|${d.name}|${d.level}|${key(d.parent as typeof d)}` : '-'

  it('reads back the same divisions, forms and official names as the files make', () => {
    const text = names.join('，')
    const matches = (o: typeof made) => {
      const out: string[] = []
      for (let i = 0; i < text.length; i++) for (const [end, forms] of o.forms.matchesAt(text, i)) out.push(`${i}-${end}:${forms.map((f) => `${key(f.division)}/${f.rule}/${f.short}`).join(',')}`)
      return out
    }
    expect(read.divisions.size).toBe(made.divisions.size)
    expect(matches(read)).toEqual(matches(made))
    for (const n of names.filter((_, i) => i % 97 === 0)) expect(read.forms.rowsNamed(n)).toEqual(made.forms.rowsNamed(n))
  })

  it('takes forms added after it is read (aliases of data/ and of the user)', () => {
    const again = readOfficial(sources, image)!
    const row = again.forms.rowsNamed('朝阳区')[0]!
    again.forms.add('朝阳老区', row, 'alias:listed', false)
    expect(again.forms.matchesAt('朝阳老区', 0).at(-1)![1].map((f) => key(f.division))).toEqual([key(again.divisions.get(row))])
  })

  it('is not read for other bytes than it was made from, nor when it is no image', () => {
    const edited = { ...sources, divisions: Buffer.concat([sources.divisions, Buffer.from('999999\t新镇\ttownship\t\n')]) }
    expect(readOfficial(edited, image)).toBeNull()
    expect(readOfficial(sources, image.subarray(0, 100))).toBeNull()
    expect(readOfficial(sources, new Uint8Array(3))).toBeNull()
  })
})

describe('places: a county written short before one of its townships, a place inside 中共…委', () => {
  const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)
  it.each([
    ['委员们来到南康唐江镇调研', ['南康区', '唐江镇']],
    ['视察组在越城北海街道察看', ['越城区', '北海街道']],
    ['长丰县下塘镇明华社区', ['长丰县', '下塘镇']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['受中共天津市委委托开展调研', '天津市'],
    ['中共宁波市委常委会', '宁波市'],
  ])('%s → %s', (text, place) => {
    expect(names(text)).toContain(place)
  })

  it.each([
    ['推动川陕革命老区振兴发展', ['四川省', '陕西省']],
    ['陕甘宁老区', ['陕西省', '甘肃省', '宁夏回族自治区']],
  ])('province abbreviations before 老区: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('places: a street (街道) written 街 after its district', () => {
  const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)
  it.each([
    ['深入津南区海棠街文德花园社区', ['津南区', '海棠街道']],
    ['深入河北区鸿顺里街律笛里社区', ['河北区', '鸿顺里街道']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each(['在解放街开了一家店', '沿着人民街走'])('a street of no named district is no place: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('places: province abbreviations before words of cooperation between regions', () => {
  const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)
  it.each([
    ['深化苏陕协作', ['江苏省', '陕西省']],
    ['沪滇对口帮扶成效显著', ['上海市', '云南省']],
    ['浙川东西部协作', ['浙江省', '四川省']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('locates: a place written right before a place inside it', () => {
  const henan: Division = { code: '410000', name: '河南省', level: 'province', parent: null }
  const zhengzhou: Division = { code: '410100', name: '郑州市', level: 'prefecture', parent: henan }
  const jinshui: Division = { code: '410105', name: '金水区', level: 'county', parent: zhengzhou }
  const hubei: Division = { code: '420000', name: '湖北省', level: 'province', parent: null }
  const at = (start: number, end: number, division: Division | null): PlaceMention => placeMention(start, end, [], division, 'gazetteer')
  it.each([
    ['河南省郑州市', at(0, 3, henan), at(3, 6, zhengzhou), true],
    ['河南省郑州市金水区: a grandparent', at(0, 3, henan), at(3, 6, jinshui), true],
    ['郑州市河南省: the wrong way round', at(0, 3, zhengzhou), at(3, 6, henan), false],
    ['湖北省郑州市: not inside', at(0, 3, hubei), at(3, 6, zhengzhou), false],
    ['河南省、郑州市: not right before', at(0, 3, henan), at(4, 7, zhengzhou), false],
    ['郑州市郑州市: not inside itself', at(0, 3, zhengzhou), at(3, 6, zhengzhou), false],
    ['河南省 + an unresolved mention', at(0, 3, henan), at(3, 5, null), false],
    ['河南省 + nothing', at(0, 3, henan), undefined, false],
  ])('%s', (_, a, b, expected) => {
    expect(locates(a, b)).toBe(expected)
    expect(locates(b, a)).toBe(false)
  })
})
