import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies the library named where the dev gold has none (committee precision, round 7b): hand-checked expected
// values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: a relative word means the CPPCC committee the article writes in full', () => {
  it.each([
    // The committee that travels is written in full; the cities it visits are named more often.
    ['崇左市政协副主席雷海良率考察组到柳州市、来宾市开展专题考察。详细了解柳州市、来宾市农村公路建设情况。\n市政协副秘书长胡绍旺参加考察。', '崇左市政协', '柳州市政协'],
    // The cities of the visitors it received are named more often than its own.
    ['市政协、市委统战部每年召开茶话会。\n市政协一届至五届委员会期间，阿城市政协领导参加会议。市政协接待五常市、安达市、五常县政协考察团51次。', '阿城市委统战部', '五常市委统战部'],
  ])('%s → %s, no %s', (text, name, wrong) => {
    expect(body(text, name)).toBeDefined()
    expect(names(text)).not.toContain(wrong)
  })

  it('every bare 市政协 of the page is the one written in full', () => {
    const text = '崇左市政协副主席雷海良率考察组到柳州市、来宾市开展专题考察。详细了解柳州市、来宾市农村公路建设情况。\n市政协副秘书长胡绍旺参加考察。'
    expect(body(text, '崇左市政协')?.mentions.length).toBe(2)
  })

  it.each([
    // The committee of members who live here is not the page's own (住我市的苏州市政协委员 on a page of 张家港市).
    ['张家港市融媒体中心讯 住我市的苏州市政协委员赴昆山市开展异地视察。\n市政协主席赵建明参加活动。', '苏州市政协'],
  ])('%s: %s is named once, the bare word is not its', (text, member) => {
    expect(body(text, member)?.mentions.length).toBe(1)
  })

  it('the visitors’ committee written again later is not the page’s own (靖州县政协…一行来镇…靖州县政协领导)', () => {
    const text = '5月20日上午，怀化市靖州县政协副主席苏东一行6人来镇参观学习。县政协副主席李文亮、镇党委书记谭桂平陪同考察。李文亮介绍了株洲县的基本情况。靖州县政协领导一行参观了南洲大道。'
    expect(body(text, '株洲县政协')).toBeDefined()
    expect(body(text, '靖州苗族侗族自治县政协')?.mentions.length).toBe(2)
  })
})

describe('bodies: a relative word after a numeral counts regions, no one body', () => {
  it.each([
    ['三省一市政协要把推动长三角一体化高质量发展作为具体行动。'],
    ['会上，两县政协相互介绍了县情。'],
  ])('%s: no CPPCC committee', (text) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc')).toEqual([])
  })

  it.each([
    // No numeral before it: the body, once or written again.
    ['长春市政协召开会议，市政协主席出席。', '长春市政协', 2],
    ['2日市政协召开常委会议。长春市委书记出席。', '长春市政协', 1],
  ])('%s → %s', (text, name, n) => {
    expect(body(text, name)?.mentions.length).toBe(n)
  })
})

describe('bodies: a party branch written bare is the one the page writes with its party', () => {
  it('民建肇庆市鼎湖区支部 … 鼎湖区支部: one body', () => {
    const text = '民建广州市委员会副主委许若宁率课题组前往肇庆市，与民建肇庆市鼎湖区支部开展专题调研。李德明主委介绍了鼎湖区支部开展社会服务的情况。'
    const ns = names(text)
    expect(ns).toContain('民建鼎湖区支部')
    expect(ns).not.toContain('鼎湖区支部')
    expect(body(text, '民建鼎湖区支部')?.mentions.length).toBe(2)
  })

  it('a bare branch no form with the party names stays a body of its own (民革连云港市委 … 教育支部)', () => {
    const ns = names('民革连云港市委主委李萌陪同参观了教育支部的春辉之家。')
    expect(ns).toContain('连云港市教育支部')
  })
})

describe('bodies: 建委, a city’s construction commission', () => {
  it.each([
    ['委员们认真听取沈阳市经信委、市建委等有关部门的汇报。', '沈阳市建委'],
    ['长春市城乡建设委员会负责人出席。', '长春市城乡建设委员会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
  })

  it('住建委 stays one body', () => {
    const ns = names('长春市住建委负责人出席。')
    expect(ns).toContain('长春市住建委')
    expect(ns).not.toContain('长春市建委')
  })
})
