import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-written sentences (names and places varied) for the roles and the body of members (issue #18).
describe('a title after the name that ends a fuller title the person holds is a form of address', () => {
  it.each<[string, string, string[]]>([
    // 副主席 … 胡安虎主席: the 副主席 is addressed as 主席.
    ['市政协党组副书记、副主席胡安虎带队调研。在魏城小学，胡安虎主席详细了解情况。', '胡安虎', ['党组副书记', '副主席']],
    // …also where the address comes first.
    ['在魏城小学，胡安虎主席详细了解情况。市政协副主席胡安虎带队调研。', '胡安虎', ['副主席']],
    ['区政协召开会议。区住建局副局长王平出席。王平局长介绍了情况。', '王平', ['副局长']],
  ])('%s → %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })

  it.each<[string, string, string[]]>([
    // A title after the name that ends none of the person's titles is one more.
    ['县工商联主席王明出席。王明委员发言。', '王明', ['主席', '委员']],
    // Titles written before the name are all kept, however they end (全国工商联副主席、…市工商联主席).
    ['全国工商联副主席、上海市政协副主席、市工商联主席王志雄出席。王志雄主席讲话。', '王志雄', ['副主席', '主席']],
  ])('%s → %s %j (no address)', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})

describe('a title with its modifier right after the name', () => {
  it.each<[string, string, string[], string | null]>([
    // 代省长 implies the province's government.
    ['浙江省政协召开常委会议。车俊代省长明确要求承办单位抓好落实。', '车俊', ['代省长'], '浙江省政府'],
    ['浙江省政协召开会议。张明常务副主席主持会议。', '张明', ['常务副主席'], '浙江省政协'],
  ])('%s → %s %j of %s', (text, name, roles, org) => {
    expect(person(text, name)).toMatchObject({ roles, org })
  })

  it('代表 after a name is no modifier and title', () => {
    expect(person('泸县政协召开会议。王芳代表委员们发言。', '王芳')?.roles).toEqual([])
  })
})

describe('a credit that closes a byline after several names', () => {
  it('gives each name the body written before the first (（黄冈市政协 孙泽红 王丽 供稿）)', () => {
    const text = '会议召开。（黄冈市政协 孙泽红 王丽 供稿）'
    expect(person(text, '孙泽红')).toMatchObject({ roles: ['供稿'], org: '黄冈市政协', cppccMember: false })
    expect(person(text, '王丽')).toMatchObject({ roles: ['供稿'], org: '黄冈市政协', cppccMember: false })
  })

  it('gives no body where none is written', () => {
    expect(person('会议召开。（孙泽红 王丽 供稿）', '王丽')).toMatchObject({ roles: ['供稿'], org: null })
  })
})

describe('visitors whose lead is set apart from the verb of coming by a comma', () => {
  it('the bare 市政协 of the hosts is the page\'s own (…一行，来我市考察。市政协秘书长X陪同)', () => {
    const text = '4月18日，聊城市政协主席曾晓黎一行，来我市考察。市政协秘书长费立志陪同。考察组来到日照港展览馆，了解日照市发展。'
    expect(person(text, '费立志')?.org).toBe('日照市政协')
    expect(person(text, '曾晓黎')?.org).toBe('聊城市政协')
  })

  it.each<[string]>([
    ['5月20日，台州市政协主席王伟一行5人来我市考察。市政协副主席李强陪同。'],
    ['5月20日，台州市政协主席王伟一行五人来我市考察。市政协副主席李强陪同。'],
  ])('…and where a count of the party follows the lead: %s', (text) => {
    expect(person(text, '李强')?.org).toBe('市政协')
  })

  it('a count with no visit to us leaves the 市政协 the one written before', () => {
    expect(person('5月20日，台州市政协主席王伟一行5人在椒江区考察。市政协副主席李强陪同。', '李强')?.org).toBe('台州市政协')
  })

  it('without a visit to us the 市政协 is the one written before', () => {
    expect(person('4月18日，聊城市政协主席曾晓黎一行，在莘县考察。市政协秘书长费立志陪同。', '费立志')?.org).toBe('聊城市政协')
  })
})

describe('顾问 in a list of a 政协\'s leaders', () => {
  it('takes the 政协 the list names first, and is no CPPCC office', () => {
    const p = person('6月25日，市政协举行专题议政会。泸州市政协副主席冯光文、金德岭，顾问杨庆林、刘少玲，秘书长任建新出席会议。', '刘少玲')
    expect(p).toMatchObject({ roles: ['顾问'], org: '泸州市政协', cppccMember: false })
  })

  it('takes no body where none is written', () => {
    expect(person('公司召开会议。顾问杨庆林出席。', '杨庆林')).toMatchObject({ roles: ['顾问'], org: null })
  })
})

describe('a body the lexicon does not know, after the comma that ends the name before', () => {
  it('is no title of the body named before (…县侨联主席李文宏，县根亲文化工作室主任孙玉莲)', () => {
    expect(person('3月20日，固始县召开座谈会，县侨联主席李文宏，县根亲文化工作室主任孙玉莲参加。', '孙玉莲')).toMatchObject({ roles: ['主任'], org: null })
  })

  it('a centre of the county named so is the title’s own body (县根亲文化发展中心主任孙玉莲)', () => {
    expect(person('3月20日，固始县召开座谈会，县侨联主席李文宏，县根亲文化发展中心主任孙玉莲参加。', '孙玉莲')).toMatchObject({ roles: ['主任'], org: '固始县根亲文化发展中心' })
  })

  it('a list of titles that say no body still shares the body it names first', () => {
    expect(person('山西省广东商会会长王建新，党支部书记李楚忠，执行会长庄绵升出席。', '庄绵升')?.org).toBe('山西省广东商会')
  })
})

describe('a mass organisation written bare inside a chain of titles', () => {
  it('the chain goes on across it to the organ before (统战部副部长、工商联党组书记韩大力)', () => {
    const p = person('郸城县召开会议。县委统战部常务副部长、民宗局局长徐风传达了会议精神，统战部副部长、工商联党组书记韩大力宣读了表彰通报。', '韩大力')
    expect(p).toMatchObject({ roles: ['副部长', '党组书记'], org: '郸城县委统战部', cppccMember: false })
  })

  it('a title of a known body before the name keeps it', () => {
    expect(person('郸城县召开会议。县工商联党组书记韩大力宣读了表彰通报。', '韩大力')).toMatchObject({ roles: ['党组书记'], org: '郸城县工商联' })
  })
})

describe('a list of names with a stray comma before each mark', () => {
  it('goes on across an item the recogniser did not take (姜國安,、張為民,、郭純青…等委員)', () => {
    const p = person('静安区政协召开会议。在協商交流中,,江海雄,、周新鋼、姜國安,、張為民,、郭純青、顧小萍等委員分別作了交流發言,', '姜国安')
    expect(p).toMatchObject({ roles: ['委员'], org: '静安区政协', cppccMember: true })
  })

  it('not across a longer item (a phrase, not a name)', () => {
    expect(person('静安区政协召开会议。周新鋼、姜國安,、参加调研的同志们,、郭純青等委員发言。', '姜国安')?.roles ?? []).toEqual([])
  })
})

describe('a unit\'s head after its unit in a chain (治安大队大队长)', () => {
  it('takes the whole title and the body the chain names first', () => {
    const p = person('3月20日，固始县召开座谈会，县侨联主席李文宏，县公安局党委委员、治安大队大队长王永平参加。', '王永平')
    expect(p).toMatchObject({ roles: ['党委委员', '大队长'], org: '固始县公安局', cppccMember: false })
  })

  it('a 队长 stays a 队长', () => {
    expect(person('泸县召开会议。县消防救援大队一中队队长陈明出席。', '陈明')?.roles).toEqual(['队长'])
  })
})

describe('hosts whose 政协 is read from the same words as a host moved off the visitors\' 政协', () => {
  it.each<[string]>([
    ['赵明'], ['刘芳'], ['张三'],
  ])('市政协主席李强，副主席赵明、刘芳，秘书长张三 after 台州市政协主席王伟 came: %s is of 李强\'s 政协', (name) => {
    const text = '5月20日，台州市政协主席王伟带队来市考察。市政协主席李强，副主席赵明、刘芳，秘书长张三陪同。'
    expect(person(text, name)?.org).toBe('市政协')
  })

  it('a 政协 read from other words stays (no clash: 副主席 alone, no visit here)', () => {
    expect(person('5月20日，台州市政协主席王伟带队在椒江区考察。市政协副主席赵明陪同。', '赵明')?.org).toBe('台州市政协')
  })

  it('the visitors keep theirs', () => {
    expect(person('5月20日，台州市政协主席王伟带队来市考察。市政协主席李强、副主席赵明陪同。', '王伟')?.org).toBe('台州市政协')
  })
})

describe('a visit whose verb of coming points here by itself (一行6人来镇)', () => {
  const text = '5月20日上午，怀化市靖州县政协副主席苏东一行6人来镇参观学习。县政协副主席李文亮、镇党委书记谭桂平陪同考察。李文亮介绍了株洲县的基本情况。靖州县政协领导一行参观了南洲大道。'
  it('the hosts\' bare 县政协 is the page\'s own, not the visitors\' (written again later)', () => {
    expect(person(text, '李文亮')?.org).toBe('株洲县政协')
    expect(person(text, '苏东')?.org).toBe('靖州苗族侗族自治县政协')
  })

  it('a neutral verb with no 我 (一行到省政协) is no visit here', () => {
    expect(person('5月20日，泸州市政协主席王伟一行到省政协汇报工作。市政协副主席李强参加。', '李强')?.org).toBe('泸州市政协')
  })

  it('a level character inside a word after the verb (来/市场) is no visit here', () => {
    expect(person('5月20日，泸州市政协主席王伟一行来市场调研。市政协副主席李强参加。', '李强')?.org).toBe('泸州市政协')
  })
})
