import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/** Places written short in ordinary news: autonomous counties, listed siblings, parts of provinces, clusters. Checked by hand. */
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

describe('an autonomous county written as its stem and 县', () => {
  it.each([
    ['长阳县政协主席带队赴五峰县考察。', ['长阳土家族自治县', '五峰土家族自治县']],
    ['峨边县政协主席带队调研。', ['峨边彝族自治县']],
    ['在恭城县调研油茶产业。', ['恭城瑶族自治县']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))
})

describe('short forms listed beside their siblings', () => {
  it.each([
    ['委员们赴义乌、永康、东阳开展调研。', ['义乌市', '永康市', '东阳市']],
    ['晋江市政协组织委员赴石狮、南安考察。', ['晋江市', '石狮市', '南安市']],
    ['市政协副主席赴昆山、太仓、常熟调研。', ['昆山市', '太仓市', '常熟市']],
    ['永川区政协到江津、綦江、荣昌学习。', ['永川区', '江津区', '綦江区', '荣昌区']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))

  it.each([['倡导友谊、合作、共赢的理念。'], ['坚持创新、协调、绿色、开放、共享。']])('ordinary words listed stay words: %s', (text) => {
    expect(places(text)).toEqual([])
  })
})

describe('a province abbreviation before a point of the compass names a part of the province', () => {
  it.each([
    ['双方认为,一个在鄂西北,一个在鄂西南,都依山带江。', ['湖北省']],
    ['苏北地区和渝东北地区的委员。', ['江苏省', '重庆市']],
    ['豫南山区的茶农。', ['河南省']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))

  it.each([['京东集团的代表发言。'], ['弘扬闽南文化。'], ['陕北民歌。']])('not a part of a province: %s', (text) => expect(places(text)).toEqual([]))
})

describe('lists of abbreviations and clusters', () => {
  it.each([
    ['江浙沪皖四地政协共同签署协议。', ['江苏省', '浙江省', '上海市', '安徽省']],
    ['助推成渝地区双城经济圈建设。', ['成都市', '重庆市']],
    // Three or more abbreviations written together are a list without a word of lists after them.
    ['推动晋陕豫黄河金三角区域合作。', ['山西省', '陕西省', '河南省']],
    ['共建浙皖闽赣生态旅游协作区。', ['浙江省', '安徽省', '福建省', '江西省']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))

  it.each([
    // Two written together need a word of lists (川渝两地); a word that merely begins with abbreviations is none.
    ['鲁豫有约栏目播出。'],
    ['新青年读书会开班。'],
  ])('no list of provinces in %s', (text) => expect(places(text)).toEqual([]))

  it('a district of 重庆 after 完成 is no cluster: 完成渝北区工作', () => expect(places('完成渝北区工作')).toEqual(['渝北区']))
})

describe("a township's stem before a firm's word names the firm", () => {
  it.each([['在大姚县金碧制药厂,杨静要求。', ['大姚县']], ['大姚县委、县政府。在大姚金碧制药厂调研。', ['大姚县']]])('%s', (text, want) => expect(places(text)).toEqual(want))

  it('the stem after its parent stays the township: 昆山千灯镇', () => expect(places('昆山千灯镇')).toEqual(['昆山市', '千灯镇']))
})

describe('a township stem before 古镇; a place that begins an idiom or another word; a street before 办', () => {
  it.each([
    ['参观了千灯古镇,深入了解昆山市发展。', ['千灯镇', '昆山市']],
    ['维护社会长治久安。', []],
    ['长治市政协委员参加。', ['长治市']],
    ['市政协在三明治餐厅召开座谈会。', []],
    ['唐河县政协委员到滨河街道办、文峰街道办事处调研。', ['唐河县', '滨河街道', '文峰街道']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want))
})

// Written before the code: township stems listed with the suffix once, in a count after the last (data/township-list-ends.tsv).
describe('township stems listed and closed by a count of townships', () => {
  it.each<[string, string[]]>([
    ['绩溪县调研组深入长安、伏岭、上庄、瀛洲等4个乡镇进行调研。', ['绩溪县', '长安镇', '伏岭镇', '上庄镇', '瀛洲镇']],
    ['绩溪县政协组织委员到长安、伏岭、上庄、瀛洲四镇调研。', ['绩溪县', '长安镇', '伏岭镇', '上庄镇', '瀛洲镇']],
    ['临澧县政协到新安、太浮两镇视察。', ['临澧县', '新安镇', '太浮镇']],
    ['绩溪县委员走访伏岭、上庄两个乡镇。', ['绩溪县', '伏岭镇', '上庄镇']],
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected))

  it.each<[string, string]>([
    // No county of theirs on the page: the stems stay words (as any township written short).
    ['县政协组织委员到长安、伏岭、上庄、瀛洲四镇调研。', '上庄镇'],
    // A list of words before a count of townships is no list of stems: 上庄 is not closed by 乡镇 here.
    ['绩溪县上庄的茶叶、伏岭的笋干远近闻名，全县有11个乡镇。', '伏岭镇'],
  ])('no township: %s (not %s)', (text, name) => expect(places(text)).not.toContain(name))
})

// Written before the code: counties written short in a list, their city not named in full (赴疆考察: 莎车、泽普、叶城).
describe('three counties of one city listed short, and the city listed with them', () => {
  it.each<[string, string[]]>([
    ['考察团赴莎车、泽普、叶城等地考察。', ['莎车县', '泽普县', '叶城县']],
    ['考察团赴乌鲁木齐、喀什、和田、莎车、泽普、叶城等地。', ['乌鲁木齐市', '喀什地区', '和田地区', '莎车县', '泽普县', '叶城县']],
    ['考察團赴烏魯木齊、喀什、和田、莎車、澤普、葉城等地。', ['乌鲁木齐市', '喀什地区', '和田地区', '莎车县', '泽普县', '叶城县']],
    ['考察团赴喀什、莎车、泽普等地。', ['喀什地区', '莎车县', '泽普县']],
    // A province's stem beside its cities stays the other city (unchanged): 长春、吉林、四平.
    ['长春、吉林、四平三市政协联合调研。', ['长春市', '吉林市', '四平市']],
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected))

  it.each<[string, string]>([
    // Two counties alone, their city unnamed and no visit: not enough (two words may be names of anything).
    ['泽普、叶城的同志参加座谈。', '泽普县'],
    // A county that shares its city's stem is the city's seat only beside its siblings: 乌鲁木齐 beside 喀什 is the city.
    ['考察团赴乌鲁木齐、喀什、和田等地。', '乌鲁木齐县'],
  ])('%s: not %s', (text, name) => expect(places(text)).not.toContain(name))
})

// Written before the code: counties of any cities listed short and closed by a count of counties (data/township-list-ends.tsv, county).
describe('county short forms listed and closed by a count of counties', () => {
  it.each<[string, string[]]>([
    ['委员们前往仁寿、井研两县调研。', ['仁寿县', '井研县']],
    ['市政协与宁海、象山两县政协交流。', ['宁海县', '象山县']],
    ['调研组走访金山、长宁两区。', ['金山区', '长宁区']],
    // 等 and the level word alone close the list as a count does (a whole word of the segmenter's: 等县|调研).
    ['委员们来到峨边、马边等县调研。', ['峨边彝族自治县', '马边彝族自治县']],
    ['委员们来到恭城、富川等县，了解瑶族文化保护情况。', ['恭城瑶族自治县', '富川瑶族自治县']],
    ['调研组到长阳、五峰等县区走访。', ['长阳土家族自治县', '五峰土家族自治县']],
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected))

  it.each<[string, string]>([
    // Without the count the short forms are words as before; a count of townships closes no list of counties.
    ['委员们赴仁寿、井研调研。', '井研县'],
    ['围绕发展、创新两县共建产业园。', '发展'],
    ['委员们走访惠民、同心两个社区。', '惠民县'],
    // A level word that begins a longer word (县城, 区域) is no count of counties.
    ['和平、友谊等县城建设成效明显。', '友谊县'],
    ['推进长寿、平安等区域品牌建设。', '平安区'],
  ])('no county: %s (not %s)', (text, name) => expect(places(text)).not.toContain(name))
})
