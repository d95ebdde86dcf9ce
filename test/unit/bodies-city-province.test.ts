import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// Bodies of prefecture cities and provinces on pages the library was not written from (pages 270–277):
// how a relative word, a place and a body's own name combine, and what is no body at all.

describe('bodies: 省 means a division named …省, never a municipality', () => {
  it.each([
    ['上海市工商联主席王志雄赴江苏省工商联拜访，与省人大常委会副主任许仲梓座谈。', '江苏省人大常委会'],
    ['北京市政协考察团赴河北省政协交流，省政协副主席陪同。', '河北省政协'],
    ['重庆市政协委员赴四川省考察，与省委统战部座谈。', '四川省委统战部'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    ['上海市工商联主席王志雄赴江苏省工商联拜访，与省人大常委会副主任许仲梓座谈。', '上海市人大常委会'],
    ['北京市政协考察团赴河北省政协交流，省政协副主席陪同。', '北京市政协副主席'],
  ])('not the municipality: %s ↛ %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})

describe('bodies: a military subdistrict keeps its place as written', () => {
  it.each([
    ['应邀出席的还有台州军分区领导。', '台州军分区', '台州市'],
    ['汉中市委书记和汉中军分区司令员视察双拥工作。', '汉中军分区', '汉中市'],
    ['汉中市军分区司令员出席。', '汉中市军分区', '汉中市'],
  ])('%s → %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind: 'military', region })
  })

  it('a city body in the same text still takes the official name', () => {
    const ns = names('台州市政协会议邀请台州军分区和市中级人民法院、市人民检察院负责人。')
    expect(ns).toEqual(expect.arrayContaining(['台州军分区', '台州市中级人民法院', '台州市人民检察院']))
    expect(ns).not.toContain('台州市军分区')
  })
})

describe('bodies: one body of an unnamed region written two ways is one body', () => {
  it.each([
    ['省法院检察院工作情况通报会召开。省检察院检察长出席，省人民检察院副检察长介绍情况。', '省检察院', '省人民检察院'],
    ['市中院院长出席。市中级人民法院副院长介绍情况。', '市中院', '市中级人民法院'],
  ])('%s → %s only', (text, first, second) => {
    const ns = names(text)
    expect(ns).toContain(first)
    expect(ns).not.toContain(second)
  })

  it('two different bodies of the same unnamed region stay two', () => {
    expect(names('省检察院和省法院负责人出席。')).toEqual(expect.arrayContaining(['省检察院', '省法院']))
  })
})

describe('bodies: a place + 委会 is the democratic party\'s committee, no party committee', () => {
  it.each([
    ['民进贵阳市委会调研团来中山市交流。这次取经对提高贵阳市委会的参政议政水平大有帮助。', '贵阳市委'],
    ['民建泉州市委会召开全会。会议认为，泉州市委会全年履职成效明显。', '泉州市委'],
  ])('%s ↛ %s', (text, name) => {
    const ns = names(text)
    expect(ns).not.toContain(name)
    expect(ns.some((n) => n.endsWith('市委会'))).toBe(true)
  })

  it('a party committee meeting stays the party committee: 吉林市委会议', () => {
    expect(names('吉林市委会议研究了政协工作。')).toContain('吉林市委')
  })
})

describe('bodies: a relative word for every region of a level names no body', () => {
  it.each([
    '长春市政协召开会议，各县（市）区政协主席参加。',
    '长春市政协召开会议，县(市)区政协主席参加。',
    '长春市政协召开会议，各县委统战部负责人参加。',
    '长春市政协召开会议，各县(市、区)政协交流发言。',
  ])('%s', (text) => {
    expect(names(text)).toEqual(['长春市政协'])
  })

  it('a list of two relative words still names two bodies: 省、市政协委员', () => {
    expect(names('吉林省长春市政协组织省、市政协委员视察。')).toEqual(expect.arrayContaining(['吉林省政协', '长春市政协']))
  })
})

describe('bodies: democratic parties listed before one region and organ', () => {
  it('民革、民盟、民建…九三学社市委 → each party\'s committee of the city', () => {
    const ns = names('长春市政协召开座谈会，民革、民盟、民建、民进、农工党、致公党、九三学社市委负责人参加。')
    expect(ns).toEqual(expect.arrayContaining(['民革长春市委', '民盟长春市委', '民建长春市委', '民进长春市委', '农工党长春市委', '致公党长春市委', '九三学社长春市委']))
  })

  it('with 和 and a written place: 民革、民盟和九三学社吉林省委会', () => {
    expect(names('民革、民盟和九三学社吉林省委会联合调研。')).toEqual(expect.arrayContaining(['民革吉林省委会', '民盟吉林省委会', '九三学社吉林省委会']))
  })

  it.each([
    ['各民主党派、九三学社市委负责人参加。', '民主党派'],
    ['长春市政协召开座谈会，中共、民革市委负责人参加。', '中共长春市委'],
  ])('no party body from a word that is no party prefix: %s', (text, part) => {
    expect(names(text).filter((n) => n.includes(part))).toEqual([])
  })
})

describe('bodies: committees of a congress', () => {
  it.each([
    ['长春市人大常委会副主任、市人大法制委主任王刚出席。', '长春市人大法制委', 'congress'],
    ['厦门市人大法制委员会征求意见。', '厦门市人大法制委员会', 'congress'],
  ])('%s → %s', (text, name, kind) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ kind })
  })

  it('a meeting or a work group of a CPPCC committee is no body', () => {
    const ns = names('长春市政协调研组赴委员工作室调研，召开市县政协主席座谈会。')
    expect(ns).toEqual(['长春市政协'])
  })
})

describe('bodies: the national committee written as a title with its term', () => {
  it.each([
    ['中国人民政治协商会议第十四届全国委员会提案委员会发布了报告。', ['全国政协', '全国政协提案委员会']],
    ['政协第十四届全国委员会第三次会议在京开幕。', ['全国政协']],
  ])('%s → %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it('the session of a congress is no CPPCC committee: 第十四届全国人民代表大会', () => {
    expect(names('第十四届全国人民代表大会第三次会议开幕。').filter((n) => n.includes('政协'))).toEqual([])
  })
})
