import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A city's or county's bureau or office written bare, with no region or relative word before it, is the department of
// the region whose 政协, party committee or government the article is about (data/home-bodies.tsv; the dev gold lists
// them so: 广水市住建局 written 住建局, 白水县住建局, 平和县民宗局). Sentences written for this test; expected values by hand.
describe('bodies: a bare bureau is the page region\'s', () => {
  it.each([
    ['襄城区政协召开常委会议,对财政局、公安局、教育局等重点提案办理情况进行民主评议。', ['襄城区政协', '襄城区财政局', '襄城区公安局', '襄城区教育局']],
    ['南漳县政协视察组听取了住建局关于老旧小区改造的汇报。', ['南漳县政协', '南漳县住建局']],
    ['谷城县委统战部召开座谈会,民宗局、侨联负责人参加。', ['谷城县委统战部', '谷城县民宗局']],
    ['枣阳市政协委员走访人社局,了解就业帮扶情况。', ['枣阳市政协', '枣阳市人社局']],
    ['保康县政协组织委员视察,卫健委、医保局负责同志陪同。', ['保康县政协', '保康县卫健委', '保康县医保局']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  // Only on a page of a 政协 or party committee of one region: where the page writes no place, or only a bureau names
  // the region, a bureau written alone names none (as bodies-forms.test.ts has it).
  it.each([
    ['区政协召开协商会,发改委、住建局负责同志参加。', ['发改委', '住建局']],
    ['长春市教育局出席会议。民政局负责人讲话。', ['长春市民政局', '民政局']],
  ])('%s', (text, absent) => {
    const got = names(text)
    for (const a of absent) expect(got).not.toContain(a)
  })

  // Not the page's: a word of several regions before it, a national body of that name on the page, another
  // region's bureau of that organ on the page.
  it.each([
    ['宜城市政协委员认为,各地民政局要加强指导,县区级财政局负责落实。', ['宜城市民政局', '宜城市财政局']],
    ['老河口市政协副主席介绍,国家发改委出台新政策,发改委将加强指导。', ['老河口市发改委']],
    ['老河口市政协委员在襄阳市住建局座谈,住建局负责人介绍情况。', ['老河口市住建局']],
  ])('%s', (text, absent) => {
    const got = names(text)
    for (const a of absent) expect(got).not.toContain(a)
  })

  // Not the page's: a bare name that also names a firm (招商局: China Merchants, 招商局集团) or an agency a city does not
  // have (移民局: the national immigration administration; 海事局: the state's maritime bureaus). Review of round 13.
  it.each([
    ['长春市政协组织委员参观了招商局蛇口工业区。', ['长春市招商局']],
    ['长春市政协召开座谈会,招商局集团负责人介绍情况。', ['长春市招商局']],
    ['长春市政协委员走访了移民局。', ['长春市移民局']],
    ['长春市政协组织委员参观了海关和海事局。', ['长春市海事局']],
    ['宁波市政协委员视察港口,海事局负责人陪同。', ['宁波市海事局']],
  ])('%s', (text, absent) => {
    const got = names(text)
    for (const a of absent) expect(got).not.toContain(a)
  })

  // After a time word (会上, 会后: the segmenter's t), as after a verb: the bare word begins a clause (白水县 dev 523:
  // 会上发改局、住建局的专项汇报). Sentences written for this test.
  it.each([
    ['白水县政协视察重点项目,会上发改局、住建局作专项汇报。', ['白水县发改局', '白水县住建局']],
    ['房县政协召开协商会,会后住建局负责人介绍情况。', ['房县住建局']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })

  // Known gap: where the segmenter runs the bureau's last character into the next word (发改局作了: 局作).
  it.fails('发改局作了汇报 (segmented 发改 + 局作)', () => {
    expect(names('房县政协召开协商会,会上发改局作了汇报。')).toContain('房县发改局')
  })
})
