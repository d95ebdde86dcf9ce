import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// A zone's short name glued to a bureau (仲恺高新区 + 住建局) is one body of the zone, no division: named as written, in the
// page's home as a zone's own bodies are (高新区管委会); a place the zone's name begins with is its region. Expected values
// by hand; (page N) marks a dev page's sentence, the others were written for this test.
describe('bodies: a zone glued to a bureau', () => {
  it.each([
    // (page 1116)
    ['日前，仲恺高新区住建局班子成员与网友座谈。', [['仲恺高新区住建局', 'government', null]]],
    ['调研组到苏州工业园区经济发展局调研。', [['苏州工业园区经济发展局', 'government', '苏州市']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
  it.each([
    // a division whose name ends in a zone word is the bureau's region, as before
    ['区政协视察浦东新区住建局。', ['浦东新区政协', '浦东新区住建局']],
    // every zone's bureau is none
    ['各开发区住建局负责人参加。', []],
    ['有关开发区住建局负责人参加。', []],
  ])('%s: no zone body', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

// On a zone's page where the relative word names no division, the zone's organs written with it are the zone's (dev 361:
// 我区 … 区党工委 → 高新区党工委; dev 1112: 区工委 and later 松山新区工委; a body listed after it is the zone's too:
// 人大工委 → 松山新区人大工委); a department only where the page writes it with the zone (dev 1116: 区住建局 of 仲恺高新区住建局).
// 政协 and 人大 written with 区 stay as written (1116), and a department the page never names from the zone is the district's
// (757: 区卫健委 on a page of 雨花经济开发区).
describe('bodies: relative words on a zone\'s page', () => {
  const p361 = '市政协副主席任怡春带领调研组来我区调研“推进开发区建设”工作。市政协高新区工作室主任夏同强，区党工委副书记、管委会副主任韩昉陪同。任怡春指出，高新区作为我市实施工业倍增计划的主阵地，要推进开发区建设。'
  const p1116 = '区住建局党组书记、常务副局长高绿化出席。日前，仲恺高新区“政策面对面”系列活动在仲恺厅举行。仲恺高新区住建局班子成员与区人大代表、政协委员座谈。针对区政协委员廖连山提出的问题，区住建局作了解答。'
  const p1112 = '市政協主席李玉霞帶領委員對新區進行了視察。區工委書記、管委會主任、人大工委主任邢恩國陪同視察。座談會上，松山新區工委書記邢恩國匯報了新區情況。委員們認為松山新區發展成效顯著。'
  it.each([
    // (page 361)
    [p361, '高新区党工委', 'party'],
    // (page 1116)
    [p1116, '仲恺高新区住建局', 'government'],
    // (page 1112)
    [p1112, '松山新区工委', 'party'],
    [p1112, '松山新区人大工委', 'congress'],
  ])('%s → %s', (text, name, kind) => {
    expect(analyzer.analyze(text).committees.filter((c) => c.name === name).map((c) => c.kind)).toEqual([kind])
  })
  it.each([
    [p361, '韩昉', '高新区党工委'],
    [p1116, '高绿化', '仲恺高新区住建局'],
    [p1112, '邢恩国', '松山新区工委'],
  ])('%s: %s → %s', (text, person, org) => {
    expect(orgOf(text, person)).toBe(org)
  })
  it.each([
    // the zone's page keeps 区政协 and 区人大 as written, and no relative body stays beside the zone's
    [p1116, ['仲恺高新区住建局', '区人大', '区政协']],
    // a district's page that names a zone: 我区 is the district
    ['朝阳区政协组织委员视察长春新区，我区住建局、区发改委负责人参加。长春新区建设成效明显。', ['朝阳区政协', '朝阳区住建局', '朝阳区发改委']],
    // a zone named once on a city's page is no home
    ['长春市政协视察长春新区，区住建局、市住建局负责人参加。', ['长春市政协', '区住建局', '长春市住建局']],
    // a zone word only after a verb is a kind of zone (推进开发区建设)
    ['市政协调研推进开发区建设工作，区党工委书记张三陪同。要推进开发区建设。', ['市政协', '区党工委']],
    // a department the zone's page does not name from the zone
    ['雨花经济开发区政协工委开展协商活动。雨花经济开发区将在区卫健委指导下建设服务中心。', ['区卫健委']],
  ])('%s: controls', (text, expected) => {
    expect(names(text).filter((n) => !n.endsWith('政协工委'))).toEqual(expected)
  })
})
