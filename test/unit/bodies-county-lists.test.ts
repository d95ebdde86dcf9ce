import { describe, expect, it } from 'vitest'
import { analyzer, foundBodies } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
// Bodies found, listed or not (enterprises are found but not listed: test/unit/bodies-conventions.test.ts).
const foundNames = (text: string) => foundBodies(text).map((c) => c.name)

// Bodies of issue #14, round r7: county and district 政协 news naming many departments. Hand-checked expected
// values by the rules of test/fixtures/gold/GUIDE.md and test/fixtures/dev-pages/README.md.

describe('bodies: a centre of a region’s government named between its region and its head word', () => {
  it.each([
    ['固始县政协召开座谈会，县根亲文化发展中心主任孙玉莲发言。', '固始县根亲文化发展中心', '固始县'],
    ['永登县政协视察，听取了县城市经营中心汇报。', '永登县城市经营中心', '永登县'],
    ['致公党杭州市委会委员、杭州市旅游形象推广中心主任叶虹发言。', '杭州市旅游形象推广中心', '杭州市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    // No centre word of data/body-heads.tsv: a venue is not named so. (A county's 融媒体中心 is a body of
    // data/bodies.tsv, a public institution as dev pages 483, 566 and 656 list it: bodies-county-departments-2018.test.ts.)
    ['委员们视察了县会展中心建设情况。', '会展中心'],
    // 中心 of 中心工作 after the region's government: no centre.
    ['紧紧围绕县委县政府中心工作建言献策。', '中心'],
  ])('%s: no body ending in %s', (text, end) => {
    expect(names(text).filter((n) => n.endsWith(end))).toEqual([])
  })
})

describe('bodies: a list headed by such a centre is of its region', () => {
  it('县城市经营中心、教育局、住建局、自然资源局 → the county’s four bodies', () => {
    const text = '永登县政协组织委员视察，分别听取了县城市经营中心、教育局、住建局、自然资源局关于项目建设情况汇报。'
    expect(names(text)).toEqual(expect.arrayContaining(['永登县城市经营中心', '永登县教育局', '永登县住建局', '永登县自然资源局']))
  })

  it('a school named before its head word heads no list of the region’s bodies', () => {
    const text = '视察团实地视察了陆丰市龙山中学新校区、妇幼保健院新院址。'
    expect(names(text)).toEqual(['陆丰市龙山中学'])
  })
})

describe('bodies: the construction commission of a city or county (建委, before the reforms)', () => {
  it('县建委、交通局、环保局 → three bodies of the county', () => {
    const text = '武城县政协召开常委会议。县建委、交通局、环保局主要负责人列席会议。'
    expect(names(text)).toEqual(expect.arrayContaining(['武城县建委', '武城县交通局', '武城县环保局']))
    expect(body(text, '武城县建委')).toMatchObject({ kind: 'government', region: '武城县' })
  })

  it('市政协城乡建设委员会 stays the 政协’s special committee', () => {
    expect(body('长春市政协城乡建设委员会组织委员视察。', '长春市政协城乡建设委员会')).toMatchObject({ kind: 'cppcc-special' })
  })
})

describe('bodies: special committees written short (农委, 农业委, 社会和法治委员会)', () => {
  it.each([
    ['省政协农委组织委员开展助力乡村振兴活动。', '省政协农委'],
    ['市政协农业委组织部分农业界别委员开展协商督办。', '市政协农业委'],
    ['区政协社会和法治委员会组织委员视察。', '区政协社会和法治委员会'],
    ['县政协民族宗教委员会开展调研。', '县政协民族宗教委员会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc-special' })
  })

  it('a special committee after a list of regions is each region’s (石家庄市、正定县政协农委)', () => {
    const text = '省政协农委联合石家庄市、正定县政协农委到正定县新安镇开展活动。'
    expect(body(text, '石家庄市政协农委')).toMatchObject({ kind: 'cppcc-special', region: '石家庄市' })
    expect(body(text, '正定县政协农委')).toMatchObject({ kind: 'cppcc-special', region: '正定县' })
  })

  it('a city’s 农委 after the region alone stays the government’s commission', () => {
    expect(body('市农委负责同志介绍情况。', '市农委')).toMatchObject({ kind: 'government' })
  })
})

describe('bodies: a company’s branch named by its place right after it', () => {
  it('甘肃中石油昆仑燃气有限公司 + 永登分公司 is one body', () => {
    const text = '永登县政协组织委员视察。随后，在甘肃中石油昆仑燃气有限公司永登分公司召开座谈会。'
    expect(foundNames(text)).toContain('甘肃中石油昆仑燃气有限公司永登分公司')
    expect(foundNames(text)).not.toContain('甘肃中石油昆仑燃气有限公司')
  })

  it('a company followed by another word is no branch (有限公司 + 经营运行)', () => {
    const text = '听取了甘肃中石油昆仑燃气有限公司经营运行情况汇报。'
    expect(foundNames(text)).toEqual(['甘肃中石油昆仑燃气有限公司'])
  })
})
