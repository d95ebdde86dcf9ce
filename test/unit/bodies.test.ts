import { describe, expect, it } from 'vitest'
import { analyzer, foundBodies } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)
// A body found, listed or not (enterprises are found but not listed: test/unit/bodies-conventions.test.ts).
const found = (text: string, name: string) => foundBodies(text).find((c) => c.name === name)

// Every class of body a CPPCC report names (issue: bodies at every level, named the way the text
// names them), each with an explicit region and with a relative word resolved from the article's region.
const HOME = '江西省南昌市政协召开常委会议。' // the article is about 南昌市, in 江西省

describe('bodies: democratic parties at every level', () => {
  it.each([
    ['民盟中央召开座谈会', '民盟中央', '全国'],
    ['农工党中央向大会提交提案', '农工党中央', '全国'],
    ['中国致公党中央委员会', '中国致公党中央委员会', '全国'],
    ['民进江西省委调研组', '民进江西省委', '江西省'],
    ['民建泉州市委会召开全会', '民建泉州市委会', '泉州市'],
    ['九三学社闵行区委开展活动', '九三学社闵行区委', '闵行区'],
    ['民建平阳县总支换届', '民建平阳县总支', '平阳县'],
    ['台盟福建省委主委', '台盟福建省委', '福建省'],
    ['中国民主同盟江西省委员会', '中国民主同盟江西省委员会', '江西省'],
    [`${HOME}民革市委会参加调研`, '民革南昌市委会', '南昌市'],
    [`${HOME}致公党市委提交提案`, '致公党南昌市委', '南昌市'],
    [`${HOME}市民进组织委员视察`, '南昌市民进', '南昌市'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
  })

  it('one party committee written three ways is one body, named by its full form', () => {
    const cs = committees(`${HOME}市民进召开会议。民进南昌市委会主委表示，民进市委将继续履职。`).filter((c) => c.kind === 'democratic-party')
    expect(cs.map((c) => c.name)).toEqual(['民进南昌市委会'])
    expect(cs[0]!.mentions).toHaveLength(3)
  })

  it.each(['各民主党派和工商联', '民建会员积极建言', '民盟盟员'])('a party named without a level is no body: %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'democratic-party')).toEqual([])
  })
})

describe('bodies: 工商联 and mass organisations', () => {
  it.each([
    ['长春市工商联组织企业家', '长春市工商联', '长春市'],
    [`${HOME}市总工会开展活动`, '南昌市总工会', '南昌市'],
    ['佛山市妇联主席', '佛山市妇联', '佛山市'],
    [`${HOME}团市委组织青年`, '团南昌市委', '南昌市'],
    ['共青团吉林省委', '共青团吉林省委', '吉林省'],
    [`${HOME}市科协`, '南昌市科协', '南昌市'],
    ['福州市侨联', '福州市侨联', '福州市'],
    ['厦门市台联党组书记', '厦门市台联', '厦门市'],
    [`${HOME}市文联、市作协联合举办`, '南昌市作协', '南昌市'],
    ['深圳市科协', '深圳市科协', '深圳市'],
    ['陈仓区知联会、新联会', '陈仓区新联会', '陈仓区'],
    ['宁波市新的社会阶层人士联谊会', '宁波市新的社会阶层人士联谊会', '宁波市'],
    ['全国妇联副主席', '全国妇联', '全国'],
    ['中国科协组织专家', '中国科协', '全国'],
    ['全国工商联调研', '全国工商联', '全国'],
    ['欧美同学会（中国留学人员联谊会）', '欧美同学会', '全国'],
    ['黄埔军校同学会会长', '黄埔军校同学会', '全国'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region })
  })

  it('a bare organ in a list under a relative word takes its region: 市各民主党派、工商联', () => {
    expect(body(`${HOME}市各民主党派、工商联负责人参加`, '南昌市工商联')).toMatchObject({ kind: 'mass-organisation' })
  })
})

describe('bodies: party organs and their departments', () => {
  it.each([
    ['中共吉林市委', '吉林市委', 'party'],
    ['海曙区委宣传部', '海曙区委宣传部', 'party'],
    ['永川区委政法委', '永川区委政法委', 'party'],
    ['平阳县委组织部', '平阳县委组织部', 'party'],
    ['中共青浦区委统战部', '青浦区委统战部', 'party'],
    ['浦东新区纪委监委', '浦东新区纪委监委', 'party'],
    [`${HOME}市纪委书记`, '南昌市纪委', 'party'],
    [`${HOME}市委统战部部长`, '南昌市委统战部', 'party'],
    ['中共中央', '中共中央', 'party'],
    ['中央统战部', '中央统战部', 'party'],
    ['落实党中央决策部署', '中共中央', 'party'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('a department is one body whether 委 is written or not, named by its full form', () => {
    const cs = committees('青浦区统战部召开座谈会。会上，青浦区委统战部部长讲话。')
    expect(cs.map((c) => c.name)).toEqual(['青浦区委统战部'])
  })

  it('a department after a party committee in a list of titles is that committee’s: 兰溪市委常委、统战部部长', () => {
    expect(body('兰溪市委常委、统战部部长金建荣出席', '兰溪市委统战部')).toMatchObject({ kind: 'party' })
  })
})

describe('bodies: governments and departments as written', () => {
  it.each([
    ['长春市人民政府', '长春市人民政府'],
    [`${HOME}市政府分管领导`, '南昌市政府'],
    ['锡林郭勒盟镶黄旗政府', '镶黄旗政府'],
    ['泉州市卫健委', '泉州市卫健委'],
    ['长治市发改委', '长治市发改委'],
    ['吉林省发展改革委', '吉林省发展改革委'],
    [`${HOME}市工信局`, '南昌市工信局'],
    ['海曙区民政局', '海曙区民政局'],
    [`${HOME}市住建委`, '南昌市住建委'],
    ['丽水市商务局', '丽水市商务局'],
    ['德阳市自然资源和规划局', '德阳市自然资源和规划局'],
    ['大兴安岭地区林草局', '大兴安岭地区林草局'],
    [`${HOME}市供销社`, '南昌市供销社'],
    ['渝中区消防救援局', '渝中区消防救援局'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
  })

  it('the body part is never expanded or shortened: 发改委 stays, 发展改革委 stays', () => {
    expect(committees('长治市发改委').map((c) => c.name)).toEqual(['长治市发改委'])
    expect(committees('吉林省发展改革委').map((c) => c.name)).toEqual(['吉林省发展改革委'])
  })

  it('a village committee is named with its village', () => {
    expect(body('胜龙村村委会组织村民', '胜龙村村委会')).toMatchObject({ kind: 'government' })
  })
})

describe('bodies: CPPCC special committees, congresses, courts, procuratorates, the military', () => {
  it.each([
    ['闵行区政协文史委', '闵行区政协文史委', 'cppcc-special'],
    ['陕西省政协文化文史和学习委员会', '陕西省政协文化文史和学习委员会', 'cppcc-special'],
    ['全国政协人口资源环境委员会', '全国政协人口资源环境委员会', 'cppcc-special'],
    [`${HOME}市政协港澳台侨委`, '南昌市政协港澳台侨委', 'cppcc-special'],
    ['南湖区政协经科与人资环委', '南湖区政协经科与人资环委', 'cppcc-special'],
    ['重庆市政协联络委', '重庆市政协联络委', 'cppcc-special'],
    ['长春市人大常委会', '长春市人大常委会', 'congress'],
    ['吉林省人大常委会法工委', '吉林省人大常委会法工委', 'congress'],
    ['全国人大代表', '全国人大', 'congress'],
    ['长春市中级人民法院', '长春市中级人民法院', 'court'],
    [`${HOME}市法院院长`, '南昌市法院', 'court'],
    ['青山湖区法院', '青山湖区法院', 'court'],
    ['汶上县人民检察院', '汶上县人民检察院', 'procuratorate'],
    [`${HOME}省军区政委`, '江西省军区', 'military'],
    ['汉中军分区', '汉中军分区', 'military'],
    ['汶上县人武部部长', '汶上县人武部', 'military'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })
})

describe('bodies: what is not one', () => {
  it.each([
    ['有关部门和相关单位', []],
    ['受市委托开展评估', []],
    ['各民主党派', []],
    ['彭浦镇政协委员工作站', []],
    ['政府部门', []],
  ])('%s', (text, names) => {
    expect(committees(text).map((c) => c.name)).toEqual(names)
  })
})

describe('bodies: departments named between their region and a head word', () => {
  it.each([
    ['荣成市海洋发展和渔业局负责人通报情况', '荣成市海洋发展和渔业局'],
    [`${HOME}市自然资源和规划局、市城管执法局负责人参加`, '南昌市城管执法局'],
    [`${HOME}市生态环境保护局通报了整改情况`, '南昌市生态环境保护局'],
    [`${HOME}市畜牧兽医管理服务中心介绍了疫病防控工作`, '南昌市畜牧兽医管理服务中心'],
    ['德阳市大数据发展管理局局长介绍', '德阳市大数据发展管理局'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
  })

  it.each([
    ['县农业农村局、县海洋发展和渔业局主要负责人', '渔业局'],
    ['县里围绕中心、服务大局', '大局'],
    ['市农业局和局领导班子', '局领导'],
  ])('no body is cut out of a longer name or a word: %s', (text, part) => {
    expect(committees(text).filter((c) => c.name.endsWith(part) && !c.name.includes('海洋'))).toEqual([])
  })

  it.each([
    ['长丰县政协召开会议。县委组织部、宣传部、县农业农村局负责人参加', '长丰县委宣传部'],
    [`${HOME}市委组织部、统战部负责同志到会`, '南昌市委统战部'],
    ['中共兰溪市委常委、统战部部长讲话', '兰溪市委统战部'],
  ])('a department listed after another of one party committee is that committee\'s: %s', (text, name) => {
    const cs = committees(text)
    expect(cs.find((c) => c.name === name)).toMatchObject({ kind: 'party' })
    expect(cs.map((c) => c.name)).not.toContain(name.replace('委', ''))
  })
})

describe('bodies: CPPCC special committees the lexicon does not list', () => {
  it.each([
    ['安康市政协社法环资委部分委员参加调研', '安康市政协社法环资委'],
    ['长丰县政协召开会议。县政协办、农业和农村专委会负责人参加', '长丰县政协农业和农村专委会'],
    [`${HOME}市政协文史委、提案委负责人参加`, '南昌市政协提案委'],
    [`${HOME}市政协经济和科技专委会开展调研`, '南昌市政协经济和科技专委会'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc-special' })
  })

  it.each([
    `${HOME}市政协组织委员视察`,
    `${HOME}市政协常务委员会听取报告`,
    `${HOME}市政协机关党委开展活动`,
    `${HOME}市政协十四届三次常委会议召开`,
    '吉林省政协委员、专家及省发展改革委负责同志',
    '延边州政协紧紧围绕州委、州政府部署',
    '台州市政协积极响应市委部署',
    `${HOME}市政协各专委会`,
  ])('no special committee in %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'cppcc-special')).toEqual([])
  })
})

describe('bodies: bodies and places inside one word of the segmenter', () => {
  it.each([
    ['受中共天津市委委托，农工党市委会开展调研', '天津市委', '天津市'],
    ['中共宁波市委书记讲话', '宁波市委', '宁波市'],
  ])('%s → %s', (text, name, place) => {
    const r = analyzer.analyze(text)
    expect(r.committees.find((c) => c.name === name)).toMatchObject({ kind: 'party' })
    expect(r.places.map((p) => p.name)).toContain(place)
  })

  it.each([
    ['周建功带领委员到市人民检察院、市中级人民法院调研。', '市人民检察院', 'procuratorate'],
    ['委员们赴县农业农村局座谈', '县农业农村局', 'government'],
  ])('a relative body after a preposition joined to its region word: %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it.each(['省委会调研部同志一同参加活动。', '民建市委会召开会议，市委会秘书处'])('委会 is no party committee: %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'party')).toEqual([])
  })

  it('a party committee meeting and 会同 keep the committee', () => {
    expect(committees('市委会议研究决定，市委会同市政府部署').map((c) => c.name)).toEqual(['市委', '市政府'])
  })
})

describe('bodies: national offices and companies named in full', () => {
  it.each([
    ['中央财办副主任、中央农办副主任介绍情况', '中央财办', 'party'],
    ['中央农村工作领导小组办公室负责同志', '中央农村工作领导小组办公室', 'party'],
    ['中央网信办有关司局', '中央网信办', 'party'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind, region: '全国' })
  })

  it.each([
    ['承办单位：绍兴市蓝剑传播有限公司', '绍兴市蓝剑传播有限公司', '绍兴市'],
    ['杭州英普律师事务所主任毛某发言', '杭州英普律师事务所', '杭州市'],
    ['宁波广播电视集团艾迪会展副总经理江某', '宁波广播电视集团', '宁波市'],
  ])('%s → %s', (text, name, region) => {
    expect(found(text, name)).toMatchObject({ kind: 'other', region })
  })
})

describe('bodies: a village or street body needs the name of its place', () => {
  it.each([
    ['胜龙村村委会、城北庄街道办事处负责人', ['胜龙村村委会', '城北庄街道办事处']],
    ['与区住建委、街道居委会和居民代表座谈', ['区住建委']],
    ['社区居委会和村委会干部参加', []],
  ])('%s', (text, names) => {
    expect(committees(text).map((c) => c.name)).toEqual(names)
  })
})

describe('bodies: more mass organisations and national agencies', () => {
  it.each([
    [`${HOME}市关工委、市法学会联合举办讲座`, '南昌市法学会', 'mass-organisation'],
    [`${HOME}市关心下一代工作委员会主任`, '南昌市关心下一代工作委员会', 'mass-organisation'],
    [`${HOME}市贸促会组织企业参展`, '南昌市贸促会', 'mass-organisation'],
    ['国家市场监督管理总局有关负责同志', '国家市场监督管理总局', 'government'],
    ['海关总署、国家金融监管总局参加座谈', '海关总署', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('工商联 and its other name 总商会 are one body', () => {
    const cs = committees(`${HOME}市工商联（总商会）召开执委会，市总商会会长讲话`).filter((c) => c.kind === 'mass-organisation')
    expect(cs.map((c) => c.name)).toEqual(['南昌市工商联'])
  })
})

describe('bodies: a congress session and observatories after a region', () => {
  it.each([
    [`${HOME}学习传达了市人代会和市政协会议精神`, '南昌市人代会', 'congress'],
    ['民建临沂市委主委、临沂市地震台台长', '临沂市地震台', 'government'],
    [`${HOME}市气象台发布暴雨预警`, '南昌市气象台', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })
})

describe('bodies: zone administrative committees and more party offices', () => {
  it.each([
    ['高新区管委会、经开区管委会负责同志参加', '经开区管委会', 'government'],
    ['嘉兴科技城管委会主任', '嘉兴科技城管委会', 'government'],
    ['苏州工业园区管委会副主任', '苏州工业园区管委会', 'government'],
    ['吉林市委改革办、市委金融办负责同志', '吉林市委改革办', 'party'],
    ['吉林市委金融办负责同志', '吉林市委金融办', 'party'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })
})

describe('bodies: the relative words 自治区, 自治州 and 盟', () => {
  it.each([
    ['内蒙古自治区政协召开会议。自治区党委书记出席。', '内蒙古自治区党委', 'party'],
    ['延边朝鲜族自治州政协召开会议。自治州人民政府州长讲话', '延边朝鲜族自治州人民政府', 'government'],
    ['锡林郭勒盟政协召开会议，盟委书记出席', '锡林郭勒盟委', 'party'],
    ['锡林郭勒盟政协召开会议，盟行署副盟长讲话', '锡林郭勒盟行署', 'government'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it.each(['民盟盟员积极建言', '全盟上下团结一心'])('no body of a 盟 in %s', (text) => {
    expect(committees(text).filter((c) => c.name.includes('盟委') || c.name.includes('行署'))).toEqual([])
  })
})

describe('bodies: no administrative committee outside a zone', () => {
  it.each(['小区业主管委会、物业管委会换届'])('%s', (text) => {
    expect(committees(text)).toEqual([])
  })
})

describe('bodies: an office of a 政协 or a congress is part of it', () => {
  it.each([
    ['稿件来源：芜湖市政协办公室', '芜湖市政协'],
    ['本文由宣城市人大常委会办公室提供', '宣城市人大常委会'],
  ])('%s → %s only', (text, name) => {
    expect(committees(text).map((c) => c.name)).toEqual([name])
  })

  it.each([
    ['北京市支援合作办公室主任介绍情况', '北京市支援合作办公室'],
    ['泸县人民政府办公室印发通知', '泸县人民政府办公室'],
  ])('an office of a place or a government stays a body: %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'government' })
  })
})

describe('bodies: traffic police and garrison commands', () => {
  it.each([
    ['宁都县交警大队民警走进校园', '宁都县交警大队', 'government'],
    ['绍兴市公安交警支队开展整治', '绍兴市公安交警支队', 'government'],
    [`${HOME}市交通警察支队负责同志参加`, '南昌市交通警察支队', 'government'],
    ['北京卫戍区和天津警备区官兵', '天津市警备区', 'military'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it.each(['交警大队民警', '交警在路口执勤', '警备森严的哨所'])('no body without a region: %s', (text) => {
    expect(committees(text)).toEqual([])
  })
})

describe('bodies: the central military organs', () => {
  it.each([
    ['人武部被总参谋部表彰为先进单位', '总参谋部'],
    ['东部战区某部官兵参加演练', '东部战区'],
    ['中央军委国防动员部召开会议', '中央军委国防动员部'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'military', region: '全国' })
  })

  it.each(['战区级别的演练', '总参谋长会见来宾'])('no body: %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'military')).toEqual([])
  })
})

describe('bodies: 武装部, the socialist institute and special committees joined by 和', () => {
  it.each([
    [`${HOME}县武装部、市武装部负责同志参加`, '南昌市武装部', 'military'],
    [`${HOME}市社会主义学院院长授课`, '南昌市社会主义学院', 'other'],
    [`${HOME}市政协教育文化卫生体育委员会组织视察`, '南昌市政协教育文化卫生体育委员会', 'cppcc-special'],
    [`${HOME}市政协人口资源环境和建设委员会主任`, '南昌市政协人口资源环境和建设委员会', 'cppcc-special'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('a special committee joined by 和 is one body, not its last words', () => {
    expect(committees(`${HOME}市政协人口资源环境和建设委员会主任`).map((c) => c.name)).not.toContain('南昌市政协建设委员会')
  })

  it.each(['武装部队官兵', '加强武装部署'])('no body without a region: %s', (text) => {
    expect(committees(text)).toEqual([])
  })
})

describe('bodies: a special committee listed short and written with 委员会 in full', () => {
  it.each([
    ['全国政协教科卫体委员会主任出席', '全国政协教科卫体委员会', 'cppcc-special'],
    ['全国政协外事委员会副主任出席', '全国政协外事委员会', 'cppcc-special'],
    [`${HOME}市政协社法委员会组织调研`, '南昌市政协社法委员会', 'cppcc-special'],
    [`${HOME}市人大财经委员会主任`, '南昌市人大财经委员会', 'congress'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind })
  })

  it('the short form stays as written', () => {
    expect(committees(`${HOME}市政协社法委委员参加`).map((c) => c.name)).toContain('南昌市政协社法委')
  })
})

describe('bodies: more national bodies, in full and short forms', () => {
  it.each([
    ['国家发展和改革委员会有关负责人介绍', '国家发展和改革委员会', 'government'],
    ['国务院发展研究中心研究员发言', '国务院发展研究中心', 'government'],
    ['中国气象局发布预警', '中国气象局', 'government'],
    ['中国红十字会总会副会长出席', '中国红十字会总会', 'mass-organisation'],
    ['中央军委联合参谋部领导出席', '中央军委联合参谋部', 'military'],
  ])('%s → %s', (text, name, kind) => {
    expect(body(text, name)).toMatchObject({ kind, region: '全国' })
  })

  it('the full and the short form of one ministry are one body, named by the first', () => {
    const cs = committees('国家发展和改革委员会召开会议。国家发改委负责人表示')
    expect(cs.map((c) => c.name)).toEqual(['国家发展和改革委员会'])
  })

  it.each(['气象局预报今天有雨', '地震局的专家'])('no national body without its prefix: %s', (text) => {
    expect(committees(text)).toEqual([])
  })
})

describe('bodies: 文卫体委 and 文化卫生体育委员会 are one special committee', () => {
  it('named by its first full form, written in a chain of titles after the 政协', () => {
    const cs = committees('上海市政协常委、文化卫生体育委员会主任陈某出席。市政协文卫体委副主任参加').filter((c) => c.kind === 'cppcc-special')
    expect(cs.map((c) => c.name)).toEqual(['上海市政协文化卫生体育委员会'])
  })
  it('alone with no 政协 before it, no body', () => {
    expect(committees('文化卫生体育委员会的工作')).toEqual([])
  })
})

describe('bodies: a 政协 liaison group or its 机关 is part of the 政协, no body of its own', () => {
  it.each([
    '安徽省太湖县政协召开会议。晋熙镇政协工作联络组组织委员视察',
    '安徽省太湖县政协徐桥镇委员联络组开展活动',
  ])('%s → 太湖县政协 only', (text) => {
    expect(committees(text).map((c) => c.name)).toEqual(['太湖县政协'])
  })
  // …but the party branch of its office is a party body of its own (dev 324 gold: 淮南市政协机关党支部; round 23b).
  it('安徽省太湖县政协机关党支部开展学习 → the branch', () => {
    expect(committees('安徽省太湖县政协机关党支部开展学习').map((c) => [c.name, c.kind])).toEqual([['太湖县政协机关党支部', 'party']])
  })
})

describe('bodies: a province named in a list of abbreviations is not the region of a relative word', () => {
  it('省侨办 after 省政协港澳台侨委员会 is the 江苏省 one, not 台湾省', () => {
    const names = committees('致公党江苏省委参加。省政协港澳台侨（外事）委员会组织省侨办、省侨联在南京调研。').map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining(['江苏省政协港澳台侨（外事）委员会', '江苏省侨办', '江苏省侨联']))
    expect(names.filter((n) => n.startsWith('台湾省'))).toEqual([])
  })
})

describe('bodies: agencies and companies named with a place, as written', () => {
  it.each([
    ['南京海关关长李多宽介绍情况', '南京海关', 'government', '南京市'],
    ['参观了金陵海关报关大厅', '金陵海关', 'government', null],
    ['国网南昌供电公司负责人汇报', '国网南昌供电公司', 'other', '南昌市'],
    ['赴国网天津市电力公司开展调研', '国网天津市电力公司', 'other', '天津市'],
    ['国家税务总局南昌市税务局局长出席', '国家税务总局南昌市税务局', 'government', '南昌市'],
  ])('%s → %s', (text, name, kind, region) => {
    expect(found(text, name)).toMatchObject({ kind, region })
  })

  it.each(['加深了对海关工作的了解', '全国海关系统开展培训', '各级海关'])('customs named by no proper name is no body: %s', (text) => {
    expect(committees(text)).toEqual([])
  })
})

describe('bodies: chambers of commerce named from their place', () => {
  it.each([
    ['听取奉贤区南桥镇商会的介绍', '奉贤区南桥镇商会', '南桥镇'],
    ['上海市五金商会、上海市广东商会等单位', '上海市广东商会', '上海市'],
    ['走访了宝山区工商联物流商会', '宝山区工商联物流商会', '宝山区'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'mass-organisation', region })
  })

  it.each(['推动统战工作向基层商会有效覆盖', '上海市基层商会建设情况', '各商会负责人'])('a generic chamber is no body: %s', (text) => {
    expect(committees(text).filter((c) => c.name.endsWith('商会'))).toEqual([])
  })
})

describe('bodies: a unit under a democratic party committee is a body of its own', () => {
  it.each([
    ['民革黄石市委会黄石港区总支组织活动', '民革黄石市委会黄石港区总支', '黄石港区'],
    ['民革金华市委会直属兰溪市支部换届', '民革金华市委会直属兰溪市支部', '兰溪市'],
    ['参观了民革江苏省委省直工委活动室', '民革江苏省委省直工委', '江苏省'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
  })

  it('the committee above is mentioned too, and a later short form is that committee', () => {
    const cs = committees('民革黄石市委会黄石港区总支组织学习。民革市委副主委出席。')
    expect(cs.map((c) => c.name)).toEqual(['民革黄石市委会', '民革黄石市委会黄石港区总支'])
    expect(cs[0]!.mentions.map((m) => m.text)).toEqual(['民革黄石市委会', '民革市委'])
  })

  it('a committee followed by another committee of the party is no unit', () => {
    expect(committees('民革金华市委会主委出席').map((c) => c.name)).toEqual(['民革金华市委会'])
  })
})

describe('bodies: 社 for 九三学社 on a page that writes 九三学社', () => {
  it('社台州市委, 社市委 and 社省委 are 九三学社 committees', () => {
    const cs = committees('九三学社台州市第五次代表大会召开。社省委副主委出席。社台州市委五年来成绩显著，社市委将继续努力。')
    expect(cs.find((c) => c.name === '九三学社台州市委')).toMatchObject({ kind: 'democratic-party', region: '台州市' })
    expect(cs.find((c) => c.name === '九三学社台州市委')!.mentions).toHaveLength(2)
    // The page writes no province: 台州市's (convention: a relative word is lifted through a written lower division).
    expect(cs.find((c) => c.name === '九三学社浙江省委')).toMatchObject({ kind: 'democratic-party', region: '浙江省' })
  })

  it.each(['台州市社区委员会开展活动', '合作社市委关心', '九三学社社员走进社区委员会'])('no 九三学社 body in 社区 or without the party: %s', (text) => {
    expect(committees(text).filter((c) => c.kind === 'democratic-party')).toEqual([])
  })
})

describe('bodies: 民宗侨委 of a people\'s congress', () => {
  it('省人大民宗侨委 is a congress committee of the province', () => {
    expect(body('江苏省人大常委会召开会议。省人大民宗侨委主任邵军出席', '江苏省人大民宗侨委')).toMatchObject({ kind: 'congress', region: '江苏省' })
  })
})

describe('bodies: 中共中央 written in a title', () => {
  it('中共中央政治局常委 names 中共中央; the role stays 中央政治局常委', () => {
    const r = analyzer.analyze('中共中央政治局常委、全国政协主席王沪宁出席会议。')
    expect(r.committees.find((c) => c.name === '中共中央')).toMatchObject({ kind: 'party', region: '全国' })
    expect(r.persons.find((p) => p.name === '王沪宁')?.roles).toEqual(['中央政治局常委', '主席'])
  })
  it('without 中共 no body is written', () => {
    expect(committees('中央政治局常委、全国政协主席王沪宁出席会议。').map((c) => c.name)).toEqual(['全国政协'])
  })
})

describe('bodies: county-level cities that became districts, named by pages of their time', () => {
  it.each([
    ['金坛市政协副主席段振国出席', '金坛市政协', '金坛市', '常州市'],
    ['吴江市委书记调研', '吴江市委', '吴江市', '苏州市'],
    ['章丘市政府召开会议', '章丘市政府', '章丘市', '济南市'],
  ])('%s → %s', (text, name, place, parent) => {
    const r = analyzer.analyze(text)
    expect(r.committees.find((c) => c.name === name)).toMatchObject({ region: place })
    expect(r.places.find((p) => p.name === place)).toMatchObject({ level: 'county', parent, code: null })
  })
  it('the district of today keeps its name', () => {
    expect(committees('苏州市吴江区政协召开会议').map((c) => c.name)).toEqual(['吴江区政协'])
  })
})

describe('bodies: companies named in full, with or without a place', () => {
  it.each([
    ['调研组走访了宝寰供应链物流管理有限公司等单位', '宝寰供应链物流管理有限公司', null],
    ['先后调研中源协和细胞基因工程股份有限公司等5家企业', '中源协和细胞基因工程股份有限公司', null],
    ['石狮市海阔天空休闲农业公司负责人介绍', '石狮市海阔天空休闲农业公司', '石狮市'],
    ['委员企业绍兴市蓝剑传播有限公司', '绍兴市蓝剑传播有限公司', '绍兴市'],
  ])('%s → %s', (text, name, region) => {
    expect(found(text, name)).toMatchObject({ kind: 'other', region })
  })

  it.each(['该公司负责人说，一家科技有限公司', '他是一家民营有限公司的负责人', '走访物流公司'])('a company named by common words is no body: %s', (text) => {
    expect(foundBodies(text)).toEqual([])
  })
})

describe('bodies: a democratic party unit after a chain of places is named by the innermost', () => {
  it.each([
    ['致公党杭州下城总支主委毛爱东', '致公党下城区总支', '下城区'],
    ['九三学社重庆市江北区工委主委周勇', '九三学社江北区工委', '江北区'],
    ['九三学社重庆市秀山土家族苗族自治县支社成立', '九三学社秀山土家族苗族自治县支社', '秀山土家族苗族自治县'],
  ])('%s → %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'democratic-party', region })
  })
  it('places that are no chain stay apart: 民建泉州市 + 委会', () => {
    expect(committees('民建泉州市委会召开全会').map((c) => c.name)).toEqual(['民建泉州市委会'])
  })
})

describe('bodies: a company named without a place is of the city the report is about', () => {
  it('宝寰… in a report about 上海市 → region 上海市', () => {
    expect(found('上海市工商联召开会议。调研组走访了宝寰供应链物流管理有限公司等单位', '宝寰供应链物流管理有限公司')).toMatchObject({ region: '上海市' })
  })
})

describe('bodies: local units of national agencies and state companies, named as written', () => {
  it.each([
    ['中国人民银行南昌中心支行行长出席', '中国人民银行南昌中心支行', 'government', '南昌市'],
    ['国家金融监督管理总局江西监管局负责人', '国家金融监督管理总局江西监管局', 'government', '江西省'],
    ['国家统计局南昌调查队发布数据', '国家统计局南昌调查队', 'government', '南昌市'],
    ['国网江西省电力有限公司董事长', '国网江西省电力有限公司', 'other', '江西省'],
    ['中国银行南昌分行行长', '中国银行南昌分行', 'other', '南昌市'],
    ['南昌市人民医院负责人出席', '南昌市人民医院', 'other', '南昌市'],
  ])('%s → %s', (text, name, kind, region) => {
    expect(found(text, name)).toMatchObject({ kind, region })
  })

  it('the agency written alone stays the national body; a bank alone is no body', () => {
    expect(committees('中国人民银行发布数据，中国银行表示支持').map((c) => c.name)).toEqual(['中国人民银行'])
  })
})
