import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name).sort()

// Round 32: a count of cities (两市, 三市: data/city-count-words.txt; not 两区, 两县 since review r32) after a list of
// one-character places calls them cities, not provinces: 沪苏两市 are 上海 and 苏州 (苏 of 苏锡常), never 江苏省; a
// province's character no city list reads as a city names nothing there. Counts of provinces (两地, 三省市, 大湾区) keep
// the provinces. Inputs and expected places hand-checked.
describe('one-character place lists closed by a count of cities', () => {
  it.each<[string, string[]]>([
    ['沪苏两市政协召开联席会议。', ['上海市', '苏州市']],
    ['京津两市政协开展联合调研。', ['北京市', '天津市']],
    ['沪渝两市签署合作协议。', ['上海市', '重庆市']],
    ['港澳两区代表出席。', ['香港特别行政区', '澳门特别行政区']],
    ['沪宁两市政协负责人出席。', ['上海市', '南京市']],
    // Review r32: only a count of 市 reads the characters as cities; a character becomes a city only inside the province
    // it abbreviates (鄂 of 呼包鄂 is 鄂尔多斯, in 内蒙古, not 湖北; 宁 of 沪宁 is 南京, not 宁夏), and only if every
    // character that is no municipality has one: else the provinces stay, as before round 32.
    ['浙苏两市签署协议。', ['浙江省', '江苏省']],
    ['苏皖两县签署合作协议。', ['江苏省', '安徽省']],
    ['湘鄂两县交界处发生山火。', ['湖南省', '湖北省']],
    ['鄂湘两市政协开展联合调研。', ['湖北省', '湖南省']],
    ['湘鄂赣三县政协联合调研。', ['湖南省', '湖北省', '江西省']],
    ['宁蒙两区加强生态合作。', ['宁夏回族自治区', '内蒙古自治区']],
    ['青甘两县签署合作协议。', ['青海省', '甘肃省']],
    ['吉黑两县签署合作协议。', ['吉林省', '黑龙江省']],
    ['秦晋两县签署合作协议。', ['陕西省', '山西省']],
    ['川渝两区签署合作协议。', ['四川省', '重庆市']],
    ['闽台两区交流合作。', ['福建省', '台湾省']],
    ['京津冀三市政协联合调研。', ['北京市', '天津市', '河北省']],
    ['沪苏浙三市政协主席座谈。', ['上海市', '江苏省', '浙江省']],
    // Controls: counts and words of provinces keep the provinces.
    ['川渝两地政协召开联席会议。', ['四川省', '重庆市']],
    ['沪苏浙三省市政协主席座谈。', ['上海市', '江苏省', '浙江省']],
    ['江浙沪皖四地政协联动。', ['上海市', '安徽省', '江苏省', '浙江省']],
    ['推进粤港澳大湾区建设。', ['广东省', '香港特别行政区', '澳门特别行政区']],
    ['苏锡常三市政协召开会议。', ['苏州市', '常州市', '无锡市']],
  ])('%s → places %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
  it.each<[string, string[]]>([
    ['沪苏两市政协召开联席会议。', ['上海市政协', '苏州市政协']],
    ['宜荆荆三市政协签署协议。', ['宜昌市政协', '荆州市政协', '荆门市政协']],
  ])('%s → bodies %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected.sort())
  })
})

// A chain of county-level short forms beside a prefecture of their province, closed by a word of places (等地:
// data/place-list-ends.txt), vouch for each other: each stays a place though its neighbour is itself such a short form.
describe('county short forms listed beside a prefecture of their province and closed by 等地', () => {
  it.each<[string, string[]]>([
    ['兰州、敦煌、玉门等地政协委员参加活动。', ['兰州市', '敦煌市', '玉门市']],
    ['杭州、安吉、德清等地政协委员参加活动。', ['杭州市', '安吉县', '德清县']],
    ['成都、都江堰、彭州等地政协委员参加活动。', ['成都市', '都江堰市', '彭州市']],
    // Controls: the single short form beside its prefecture, as before; ordinary words stay words.
    ['兰州、敦煌等地政协委员参加活动。', ['兰州市', '敦煌市']],
    ['兰州、和平、团结等地政协委员参加活动。', ['兰州市']],
  ])('%s → places %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
})

// A framed city list in quotes before a venue's or a road's word is that venue's name (“万达开”广场), not the cities.
describe('a quoted framed city list naming a venue', () => {
  it.each<[string, string[]]>([
    ['“万达开”广场今日开业。', []],
    ['“泸永江”大道全线通车。', []],
    // Control: the quoted list before other words stays the cities.
    ['推进“万达开”统筹发展示范区建设。', ['万州区', '达州市', '开州区']],
    // Review r32: a road's word that begins a longer word (路径, 路网) names no road (roadAt).
    ['探索“万达开”路径，推进川渝统筹。', ['万州区', '达州市', '开州区', '四川省', '重庆市']],
    ['“万达开”路网加快建设。', ['万州区', '达州市', '开州区']],
  ])('%s → places %j', (text, expected) => {
    expect(places(text)).toEqual(expected.sort())
  })
})
