import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Expected values written by hand from GUIDE.md and test/fixtures/dev-pages/README.md.
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()
const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name).sort()
const figures = (text: string) => analyzer.analyze(text).figures.map((f) => f.text)

describe('places and person names: a division written inside a name', () => {
  it.each<[string, string[], string[]]>([
    // [text, places, persons]: the place inside the recognised name is none; the place written apart stays.
    ['钟南平委员建议加快建设。', [], ['钟南平']],
    ['陈金华副主席在金华市调研。', ['金华市'], ['陈金华']],
    ['市政协副主席黄山明出席。', [], ['黄山明']],
    ['黄山明表示，要把黄山旅游做好。', ['黄山市'], ['黄山明']],
    // the same name written again without a cue (黄山明在会上) is no place either
    ['秘书长黄山明主持会议。黄山明在会上作了总结。', [], ['黄山明']],
    // a surname and a short place between enumeration marks: a name among names
    ['副主席林虹、陈建勋、刘小兵、陈金华、沈洁出席。', [], ['刘小兵', '林虹', '沈洁', '陈建勋', '陈金华']],
    // negatives: places in lists and after verbs of travel stay places
    ['到温州、台州、丽水、金华调研。', ['丽水市', '台州市', '温州市', '金华市'], []],
    ['副主席到黄山考察。', ['黄山市'], []],
    ['组织委员赴黄山学习。', ['黄山市'], []],
  ])('%s', (text, ps, ns) => {
    expect(places(text)).toEqual([...ps].sort())
    expect(names(text)).toEqual([...ns].sort())
  })
})

describe('places inside longer names', () => {
  it.each<[string, string[]]>([
    ['安岳石窟是世界文化遗产。', ['安岳县']],
    ['安岳大足石窟是世界文化遗产。', ['大足区', '安岳县']], // 大足/d: a rare word before 石窟; 安岳 through it
    ['考察大足石刻。', ['大足区']],
    ['萧山商会会长出席。', ['萧山区']],
    ['晋江商会会长出席。', ['晋江市']],
    ['洋县：来到纸坊办草坝社区。', ['洋县', '纸坊街道']], // a street's stem before 办, its county named
    // negatives: an ordinary word before 商会 or 办; 办 after a stem whose county the page never names
    ['资源商会成立。', []],
    ['县扶贫办、文明办负责人出席。', []],
    ['来到纸坊办草坝社区。', []],
  ])('%s → %j', (text, ps) => expect(places(text)).toEqual([...ps].sort()))
})

describe('former counties named after the city above them', () => {
  it.each<[string, string[]]>([
    ['株洲县政协主席出席。', ['株洲县']],
    ['株洲市委书记到株洲县调研。', ['株洲县', '株洲市']],
    ['绍兴县政协召开常委会。', ['绍兴县']],
    // their stem stays the city's
    ['株洲经济发展迅速。', ['株洲市']],
    ['推进绍兴县域经济发展。', ['绍兴市']],
  ])('%s → %j', (text, ps) => expect(places(text)).toEqual([...ps].sort()))
})

describe('official names that end slogans', () => {
  it.each<[string, string[]]>([
    ['项小华委员就加强实施文化兴县战略发言。', []],
    ['实现产业富民、产业兴镇。', []],
    ['兴县政协主席出席。', ['兴县']], // a body after it
    ['吕梁市兴县政协', ['兴县', '吕梁市']],
  ])('%s → %j', (text, ps) => expect(places(text)).toEqual([...ps].sort()))
})

describe('unlisted townships are written in Han characters only', () => {
  it('玉龙湖,对两镇 is no township (and 玉龙 no county)', () => expect(places('省级风景名胜区玉龙湖,对两镇的历史文化进行了了解。')).toEqual([]))
  it('…nor across a full-width comma', () => expect(places('省级风景名胜区玉龙湖，对两镇的历史文化进行了了解。')).toEqual([]))
})

describe('figures: places counted after a list of them, years of birth', () => {
  it.each<[string, string[]]>([
    ['赴北京、广东两地考察。', ['两地']],
    ['到柳山村、草坝村两村调研。', ['两村']],
    ['目前，川、渝两地政协已经达成共识。', ['两地']],
    ['重庆、四川、贵州三省市政协联合调研。', ['三省市']],
    // an enumeration of other things before it is no list of places
    ['希望两地政协加强联谊交流、补短强优、共同推进两地政协事业开创新局面。', []],
    ['他是62年生人。', []],
    ['62年出生的他当选委员。', []],
    ['经过30年的发展。', ['30年']],
  ])('%s → %j', (text, fs) => expect(figures(text)).toEqual(fs))
})

describe('county short forms before 县域; province abbreviations set apart by 、', () => {
  it.each<[string, string[]]>([
    ['推动庆元县域经济高质量发展。', ['庆元县']],
    ['义乌市域范围内', ['义乌市']],
    ['湘、鄂、赣三省政协联合调研。', ['江西省', '湖北省', '湖南省']],
    ['川、渝两地政协签署协议。', ['四川省', '重庆市']],
    // negatives: 县域 after a relative word; abbreviations set apart without a word of lists after them
    ['全县县域经济稳步发展。', []],
    ['来自闽、粤、桂的委员参加。', []],
  ])('%s → %j', (text, ps) => expect(places(text)).toEqual([...ps].sort()))
})

describe('township stems listed and counted after their county', () => {
  it('临澧县新安、太浮两镇 → both towns', () => expect(places('临澧县新安、太浮两镇开展交叉视察。')).toEqual(['临澧县', '太浮镇', '新安镇']))
  it('…not without their county', () => expect(places('在新安、太浮两镇开展调研。')).toEqual([]))
})
