import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()

// Cooperation platforms of the 四川–重庆 border and 湖北's metropolitan areas are named by their places' first characters
// (data/city-lists.tsv): 萬達開川渝統籌發展示范區 on dev 1385 names 万州区, 达州市, 开州区 and, by 川渝, 四川省 and 重庆市.
// A list whose last character begins a word running on past it is no list (万达开发, 在万达开会), unless a province's
// abbreviation or a word of lists follows (万达开川渝: the segmenter glues 开川).
describe('city lists of border platforms and metropolitan areas, and where such a list runs into a word', () => {
  it.each<[string, string[]]>([
    ['宣汉县政协助力万达开川渝统筹发展示范区建设。', ['万州区', '开州区', '达州市', '宣汉县', '四川省', '重庆市']],
    ['宣漢縣政協助力萬達開川渝統籌發展示范區建設', ['万州区', '开州区', '达州市', '宣汉县', '四川省', '重庆市']],
    ['推动万达开地区协同发展。', ['万州区', '开州区', '达州市']],
    ['泸永江融合发展示范区建设加快推进。', ['永川区', '江津区', '泸州市']],
    ['合广长协同发展示范区揭牌。', ['合川区', '广安市', '长寿区']],
    ['城宣万革命老区振兴发展示范区建设。', ['万源市', '城口县', '宣汉县']],
    ['宜荆荆都市圈建设提速。', ['宜昌市', '荆州市', '荆门市']],
    ['襄十随神城市群协同发展。', ['十堰市', '神农架林区', '襄阳市', '随州市']],
    // Controls: the list's last character begins a word that runs on; and lists of before stay as they were.
    ['万达开发的商业广场开业。', []],
    ['他们在万达开会。', []],
    ['长株潭城市群一体化。', ['株洲市', '湘潭市', '长沙市']],
    ['港珠澳大桥通车。', ['澳门特别行政区', '珠海市', '香港特别行政区']],
    ['城乡统筹发展。', []],
    // …nor one province abbreviation alone (新, 港 begin common words: 新店, 新一轮), only a list of them closed by a word of
    // lists (万达开川渝统筹) (round 31 review).
    ['万达开新一轮促销。', []],
    ['万达开新店了。', []],
    ['万达开港澳台游客专区', ['台湾省', '澳门特别行政区', '香港特别行政区']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
})
