import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// CPPCC special committees written inside a sentence without 政协 before them, or in forms the lexicon lacks: dev
// pages 466, 500, 606 and survey pages (丽水 科教文卫体委, 峨边 农业农村和人口资源环境委员会). Expected values
// hand-checked by the dev-pages README (a special committee is <region>政协 + the committee as written). Known gaps: a
// rule that reads any listed committee inside a sentence as the last CPPCC committee's was tried in round 12 and
// dropped (it took 街道联络委, 文史资料委员会 of 文化宣传和文史资料委员会 and a visited city's committee).
describe('bodies: special committees written inside a sentence', () => {
  // Read since the field-word stems of data/special-committee-fields.txt (科教文卫体, 提案联谊) are read after 政协.
  it.each([
    ['4月1日上午，丽水市政协科教文卫体委潘瑞卿主任一行到万向中学进行调研。', '丽水市政协科教文卫体委'],
    ['宜宾市叙州区政协党组书记、主席钟建华，区政协提案联谊委，办公室负责同志参加揭牌仪式。', '叙州区政协提案联谊委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  // A committee written alone as the object of a verb, a preposition or a conjunction (率, 听取了, 和), on a page that
  // has named one CPPCC committee so far: dev pages 363, 602, 688 (round 13).
  it.each([
    ['6月18-24日，中山市政协副主席李武彪率领提案委一行18人就城市规划到甘肃考察。', '中山市政协提案委'],
    ['全国政协副主席李华率社会和法制委员会调研组赴浙江调研。', '全国政协社会和法制委员会'],
    ['全国政协第八次主席会议在京举行，会议听取了人口资源环境委员会2024年工作情况的汇报。', '全国政协人口资源环境委员会'],
    ['会议听取了全国政协办公厅的汇报和教科卫体委员会、民族和宗教委员会的工作汇报。', '全国政协教科卫体委员会'],
    ['全国政协常委王海率民宗委调研组赴西藏调研。', '全国政协民宗委'],
    ['区政协主席周红与文史委委员一同走访老党员。', '区政协文史委'],
    // A name a government gives one of its bodies too, on a national page: the national committee's.
    ['全国政协副主席张明率经济委员会调研组赴安徽调研。', '全国政协经济委员会'],
    ['全国政协召开座谈会，邀请外事委员会部分委员参加。', '全国政协外事委员会'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  it.each([
    // A city's own committee of that name, after a party committee: not the CPPCC's (a 政协 named before it on the page).
    ['长春市政协委员列席。市委书记李明率经济委员会负责人赴企业调研。', '政协经济委员会'],
    // A page of several CPPCC committees: the last named need not be the committee's.
    ['常州市政协文教卫体委召开会议，武进区政协参会领导为文教卫体委2018年工作献计献策。', '武进区政协文教卫体委'],
    // A conjunction inside a committee's stem (港澳台侨和外事委) joins two fields.
    ['福州市政协港澳台侨和外事委组织委员视察。', '福州市政协外事委'],
    // A street's liaison committee after a CPPCC's officer: no special committee (dev 253).
    ['东西湖区政协社会法制委员会主任邓忠民到新沟镇街走访调研联络委工作。', '东西湖区政协联络委'],
  ])('%s names no %s', (text, name) => {
    expect(names(text).some((n) => n.endsWith(name))).toBe(false)
  })
})

// The culture, history and study committee written without 和 or short, before the title of its report in a list of
// the committee's special committees (dev 686 文化文史和学习委《…》, dev 506 文化文史学习委): data/body-parts.tsv. A name a
// government shares (农业农村委, 经济委) stays unread there: too few pages for a rule (round 13). Sentences written for the test.
describe('bodies: the culture, history and study committee in its short forms', () => {
  it.each([
    ['蒙城县政协召开主席会议，审议了人资环委《关于消防站建设的报告》、文化文史和学习委《关于古村落保护的报告》。', '蒙城县政协文化文史和学习委'],
    ['蒙城县政协召开常委会议，提案委、文化文史学习委负责同志参加。', '蒙城县政协文化文史学习委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it.each([
    // A shared name before its report title after 了, on a page that names no government or congress body: the
    // CPPCC's (dev 686 gold: 利辛县政协农业农村委, 利辛县政协经济委).
    ['蒙城县政协召开主席会议，审议了农业农村委《关于发展设施农业的调研报告》。', '蒙城县政协农业农村委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

// Review of round 13: a committee written alone after a verb is the page's one CPPCC committee's only where the article
// names no congress or government body (either may own a committee of that name: 人大民族宗教委员会, a government's
// 民宗委), and "one CPPCC committee" is counted in the article at hand. 民宗委 / 民族宗教委 are names a government gives
// one of its commissions too (data/shared-special-committees.txt). Expected values hand-checked.
describe('a special committee after a verb, where a congress or government may own it (review of round 13)', () => {
  it.each([
    ['北京市政协委员走访了民宗委，了解少数民族群众就业情况。', '北京市政协民宗委'],
    ['重庆市政协召开座谈会，邀请了民宗委、统战部负责同志参加。', '重庆市政协民宗委'],
    ['长春市政协委员应邀列席会议。会议听取了民族宗教委员会关于民族团结进步条例执法检查的报告。会议由市人大常委会主任主持。', '长春市政协民族宗教委员会'],
    ['德州市政协委员列席会议。会议听取了教科卫体委员会的报告。市人大常委会副主任李明出席。', '德州市政协教科卫体委员会'],
    ['枣阳市政协委员走访市政府，听取了农业农村委员会的汇报。', '枣阳市政协农业农村委员会'],
  ])('%s names no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
  it('the rule is read article by article: one article\'s CPPCC committee does not count in the next', () => {
    const page = '长春市政协召开会议\n\n记者 张三\n\n长春市政协召开主席会议。\n\n吉林市政协开展视察\n\n记者 李四\n\n吉林市政协副主席率提案委一行视察。'
    expect(names(page)).toContain('吉林市政协提案委')
  })
  it('still read on a page of one CPPCC committee and no congress or government', () => {
    expect(names('6月18-24日，中山市政协副主席李武彪率领提案委一行18人就城市规划到甘肃考察。')).toContain('中山市政协提案委')
  })
})

describe('a special committee after a verb on a national page that names a ministry (dev 688)', () => {
  it('a ministry owns no committee of that name: still the national CPPCC\'s', () => {
    const text = '会议听取了全国政协办公厅的汇报和教科卫体委员会2019年工作情况的汇报。国家发展改革委副主任宁吉喆作报告。'
    expect(names(text)).toContain('全国政协教科卫体委员会')
  })
})

// Round 21: a government department on the page owns no committee of a name only a CPPCC gives (社法委, 提案委): the
// committee after a verb or preposition is still the page's one CPPCC committee's (dev 890, 989). A congress on the page
// still keeps it unread (above), and so does a government for a shared name (农业农村委). Sentences written for the test.
describe('a special committee only a CPPCC names, after a verb, on a page that names a government department (round 21)', () => {
  it.each([
    ['台州市政协开展养老服务调研。调研由社法委牵头，市民政局、市卫健委配合。', '台州市政协社法委'],
    ['无锡市政协召开重点提案督办会。市发改委负责人汇报办理情况，会议由提案委主持。', '无锡市政协提案委'],
    ['蒙城县政协组织视察，县住建局陪同。视察由文史委牵头。', '蒙城县政协文史委'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
  it.each([
    // A shared name with a government department on the page: the government's commission may be meant.
    ['枣阳市政协召开会议，市财政局参加。会议听取了农业农村委的汇报。', '枣阳市政协农业农村委'],
    // A congress on the page: its own committee may be meant.
    ['德州市政协委员列席会议，市住建局参加。会议听取了教科卫体委员会的报告。市人大常委会副主任李明出席。', '德州市政协教科卫体委员会'],
  ])('%s names no %s', (text, name) => {
    expect(names(text)).not.toContain(name)
  })
})
