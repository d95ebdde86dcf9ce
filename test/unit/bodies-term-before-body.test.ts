import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A term written between a region and its 政协 or 人大 (郑州市第十四届人大代表, 江苏省十四届人大一次会议): the body of
// that region all the same. Real sentences: dev page 669 (委员讲堂), survey pages (邢台 委员 履职, 江苏省工商联,
// 竹山县政协 page 489 with its county written).
describe('region + term + 政协 / 人大 names the region\'s body', () => {
  it.each<[string, string[]]>([
    ['侄女马珺牢记先辈嘱托和家族期望,在本职岗位上取得了优异成绩,并先后成为郑州市第十四届人大代表、河南省第十一届政协委员,2018年成为十三届全国政协委员。', ['郑州市人大', '河南省政协']],
    ['我是邢台京城皮肤病医院总经理,2017 年非常荣幸地以无党派人士的身份被推选为邢台市第十三届政协委员。', ['邢台市政协']],
    ['经江苏省十四届人大一次会议选举、全国人大常委会确认,第十四届全国人大江苏代表团共有代表144名。', ['江苏省人大']],
    // A relative word the page resolves (竹山县 written), 第 written.
    ['竹山县政协召开会议。11月27日,参加县政协八届一次会议的委员在列席县第十六届人大第一次会议开幕式。', ['竹山县人大']],
  ])('%s → %j', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  it.each<[string, string]>([
    // Deputies to congresses the page does not name (平利 page 436: only 平 of 平利县 is written): no 省人大, 市人大.
    ['在平省十二届人大代表、市三届人大代表,县委、县政府同志列席大会。', '省人大'],
    ['在平省十二届人大代表、市三届人大代表,县委、县政府同志列席大会。', '市人大'],
    // A CPPCC title with its term stays one body (吉林市政协), no second reading.
    ['政协吉林市第十四届委员会第三次会议开幕。', '吉林市委'],
  ])('%s → no %s', (text, body) => {
    expect(names(text)).not.toContain(body)
  })
})
