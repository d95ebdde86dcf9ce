import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Bodies of issue #14, round r10: classes of errors counted over 39 unannotated pages of county and city
// 政协, 统战部, 工商联 and democratic-party sites (a survey) and the round's new pages 532–543.
// Hand-checked expected values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: the boundaries of a chamber named from its place', () => {
  it.each([
    // A title and a person read back from the head are no part of the chamber's name.
    ['10月16日，徐州市工商联副主席丁川出席会议，徐州市温州商会监事长吴立村代表商会参加会议。', '徐州市温州商会', 'mass-organisation', '徐州市'],
    ['随州市工商联召开联谊会，广州随州商会会长徐长斌、武汉随州商会会长詹昌辉出席。', '广州随州商会', 'mass-organisation', '广州市'],
    // An organ before a chamber's own words stays in its name (as gold page 174).
    ['会上，上海市工商联物联网产业商会作交流发言。', '上海市工商联物联网产业商会', 'mass-organisation', '上海市'],
    ['浦东新区工商联高桥镇商会参加活动。', '浦东新区工商联高桥镇商会', 'mass-organisation', '高桥镇'],
  ])('%s → %s', (text, name, kind, region) => {
    expect(body(text, name)).toMatchObject({ kind, region })
  })

  it.each([
    // 街镇商会, 镇街商会 after an organisation: the kind of chamber it gathers, not one chamber.
    ['11月6日，福州市工商联街镇商会建设工作交流会在台江区洋中街道召开。', ['福州市工商联']],
    ['要加快镇街商会建设，桓台县工商联负责同志参加。', ['桓台县工商联']],
    ['上海市基层商会负责人参加。', []],
  ])('%s: exactly %j', (text, want) => {
    expect(names(text).filter((n) => n.endsWith('商会') || n.endsWith('工商联')).sort()).toEqual([...want].sort())
  })

  it('a person’s name and a title are never inside a chamber’s name', () => {
    const text = '徐州市温州商会监事长吴立村代表商会参加会议。'
    expect(names(text).filter((n) => n.includes('吴立村') || n.includes('监事长'))).toEqual([])
  })
})

describe('bodies: hospitals and institutes named in full', () => {
  it.each([
    // The hospital attached to a university or a medical college is a body named in full.
    ['先后到东营市人民医院、滨州医学院、滨州医学院附属医院等开展实地调研。', '滨州医学院附属医院', '滨州市'],
    ['调研组来到江西中医药大学附属医院。', '江西中医药大学附属医院', '江西省'],
    // A township's health centre named from its place, where the segmenter cut the place's first unit off.
    ['3月6日，重庆市綦江区调研组在横山镇卫生院详细了解情况。', '横山镇卫生院', '横山镇'],
    // A city's central hospital written after a relative word, and a city's institute of agricultural science.
    ['6月22日，调研组先后深入市中心医院、市中医院调研。驻马店市人大常委会主任参加。', '驻马店市中心医院', '驻马店市'],
    ['九三学社社员、桂林市农科所副所长黄志琼担任基地技术指导专家。', '桂林市农科所', '桂林市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each([
    // A central hospital whose own name writes its city short keeps it (gold page 233).
    ['三亚中心医院院长参加座谈。', ['三亚中心医院']],
    // The university itself, written alone, stays the university; the attached hospital is a second body.
    ['滨州医学院、滨州医学院附属医院', ['滨州医学院', '滨州医学院附属医院']],
    // A generic word and no name before the head: no body.
    ['要提升乡镇卫生院服务能力，加强附属医院管理。', []],
    // A head of another kind cut in two is read as before (居民 + 委员会), and a town's own health centre too.
    ['8月19日，兴宁支社与兴宁区朝阳街道华东社区居民委员会举行签约仪式。', ['华东社区居民委员会']],
    ['山西省晋中市榆次区乌金山中心卫生院', ['乌金山中心卫生院']],
  ])('%s: exactly %j', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort())
  })

  it('the health centre keeps its own town, not a part of it (山镇卫生院 is no body)', () => {
    const text = '调研组在横山镇卫生院详细了解“潮汐”医疗服务情况。'
    expect(names(text)).not.toContain('山镇卫生院')
  })
})

// Mending round r10 (review of 1d3310c): a title stops a chamber's name only where a person's name follows it;
// an association named after a profession or a title (记者协会, 律师商会) keeps it.
describe('bodies: associations named after a profession or a title', () => {
  it.each([
    ['徐州市记者协会、徐州市企业家协会、徐州市书法家协会、徐州市医师协会参加活动。', ['徐州市记者协会', '徐州市企业家协会', '徐州市书法家协会', '徐州市医师协会']],
    ['徐州市律师商会参加活动。', ['徐州市律师商会']],
    ['徐州市主任医师联合会、徐州市教授协会参加活动。', ['徐州市主任医师联合会', '徐州市教授协会']],
    // A title followed by a person's name still ends the name read back from the head.
    ['徐州市温州商会监事长吴立村代表商会参加会议。', ['徐州市温州商会']],
    ['徐州市律师协会会长张明华代表协会致辞。', ['徐州市律师协会']],
  ])('%s: exactly %j', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort())
  })

  it('the association keeps its place for region', () => {
    expect(body('徐州市记者协会参加活动。', '徐州市记者协会')).toMatchObject({ kind: 'mass-organisation', region: '徐州市' })
  })
})

describe('bodies: numbered hospitals attached to a university', () => {
  it.each([
    ['调研组来到徐州医科大学第一附属医院。', '徐州医科大学第一附属医院', '徐州市'],
    ['调研组来到苏州大学附属第一医院。', '苏州大学附属第一医院', '苏州市'],
    ['调研组来到南京医科大学第二附属医院。', '南京医科大学第二附属医院', '南京市'],
    ['调研组来到温州医科大学附属第二医院。', '温州医科大学附属第二医院', '温州市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each([
    // No institute named before it: no body.
    ['患者在第一附属医院就诊。', []],
    ['要加强附属第一医院管理。', []],
    // A count before the university names a kind of hospital, not one.
    ['两所大学第一附属医院参加。', []],
  ])('%s: exactly %j', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort())
  })

  // A hospital attached under a name of its own (逸夫, 口腔, 眼视光) is one body too.
  it.each([
    ['调研组来到南京医科大学附属逸夫医院。', ['南京医科大学附属逸夫医院']],
    ['调研组来到南京医科大学附属口腔医院、温州医科大学附属眼视光医院。', ['南京医科大学附属口腔医院', '温州医科大学附属眼视光医院']],
    // No institute named before it: no body.
    ['要加强附属口腔医院管理。', []],
    ['患者在附属逸夫医院就诊。', []],
  ])('%s: exactly %j', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort())
  })
})
