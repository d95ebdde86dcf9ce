import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

describe('places: idioms and names that begin with a short form, or take its last character, name no place', () => {
  it.each([
    ['白山松水向“新”而行', '白山市'], // the idiom for 吉林
    ['白山黑水间处处是新气象', '白山市'],
    ['要抓好培育新农民、倡树新乡风，让农民更富', '新乡市'], // 新 乡风
    ['民革常州市委会参观学习“中山博爱之家”', '中山市'], // Sun Yat-sen, on 民革 pages
    ['弘扬中山先生爱国精神', '中山市'],
    ['民革党员拜谒中山陵', '中山市'], // in 南京
    // Named after Sun Yat-sen too, and in 广州, 上海 or any city: no 中山市.
    ['中山大学附属第三医院党委书记吴京洪主持座谈会', '中山市'],
    ['阿者科村以中山大學保繼剛教授团队的旅游扶贫模式', '中山市'],
    ['中山大学中山医学院140周年庆典在广州举行', '中山市'],
    ['复旦大学附属中山医院专家开展义诊', '中山市'],
    ['长宁区虹桥、中山公园地区功能拓展办公室主任沈群慧陪同调研', '中山市'],
    ['委员们参观了广州中山纪念堂', '中山市'],
    ['沈阳市铁西区政协考察团来访，共同畅谈在“一国两制”和平统一祖国的方针指导下的交流', '和平区'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    ['吉林省白山市政协召开常委会议', '白山市'],
    ['白山政协委员赴抚松调研', '白山市'],
    ['河南省政协委员赴新乡调研', '新乡市'],
    ['民革党员赴中山考察学习', '中山市'],
    ['中山政协委员视察民生实事项目', '中山市'],
    ['中山市人民医院院长出席座谈会', '中山市'],
    ['住中山的省政协委员参加视察', '中山市'],
    ['沈阳市政协到和平、铁西调研', '和平区'],
    ['天津市电力公司和平供电营业厅', '和平区'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

describe('places: a township stem before an industrial zone or park names the zone, not the township', () => {
  it.each([
    ['普陀区长风街道商会、闵行区莘庄工业区商会', '莘庄镇'],
    ['海淀区中关村科技园企业代表座谈', '中关村街道'],
    ['闵行区莘庄工业园区管委会', '莘庄镇'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })

  it.each([
    ['闵行区莘庄镇政协工作组', '莘庄镇'],
    ['苏州工业园区管委会', '苏州市'], // a prefecture's short form: not a township stem
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
