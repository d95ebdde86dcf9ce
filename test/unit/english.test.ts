import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences: what a reader finds in each, by GUIDE.md's "English text".
const places = (t: string) => analyzer.analyze(t).places.map((p) => [p.name, p.level, p.parent])
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('English places: linked to the gazetteer through pinyin and listed names', () => {
  it.each([
    ['He was born in Yushe, Shanxi Province, in 1956.', [['榆社县', 'county', '晋中市'], ['山西省', 'province', null]]],
    ['Delegates from Sichuan and Gansu provinces attended.', [['四川省', 'province', null], ['甘肃省', 'province', null]]],
    ['BEIJING, March 10 (Xinhua) -- The session opened.', [['北京市', 'province', null]]],
    ['Members from the Tibet Autonomous Region and Hong Kong spoke.', [['西藏自治区', 'province', null], ['香港特别行政区', 'province', null]]],
    ['The forum was held in Hangzhou, capital of Zhejiang.', [['杭州市', 'prefecture', '浙江省'], ['浙江省', 'province', null]]],
    // A county stem alone needs a place of the page around it; Jianhua in a name is no district.
    ['Ren Jianhua met the press in Wufeng.', []],
    ['Wufeng, Hubei Province, is a Tujia county.', [['五峰土家族自治县', 'county', '宜昌市'], ['湖北省', 'province', null]]],
    // A name before a river or lake word names the river or lake, alone or in a list.
    ['The team studied the Lishui and Yuanjiang rivers and the Huangpu River in Huaihua city.', [['怀化市', 'prefecture', '湖南省']]],
    ['Delegates from Lishui, Zhejiang Province, spoke.', [['丽水市', 'prefecture', '浙江省'], ['浙江省', 'province', null]]],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want)
  })
})

describe('English bodies: named as first written in full, without article or term', () => {
  it('a CPPCC committee written three ways is one body', () => {
    const text = 'The 14th Yangquan Municipal Committee of the Chinese People\'s Political Consultative Conference met. Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee, spoke. The Yangquan CPPCC agreed.'
    expect(committees(text)).toEqual([["Yangquan Municipal Committee of the Chinese People's Political Consultative Conference", 'cppcc', '阳泉市']])
    expect(analyzer.analyze(text).committees[0]!.term).toBe(14)
  })

  it.each([
    ['The CPC Central Committee and the State Council issued a guideline.', [['CPC Central Committee', 'party', '全国'], ['State Council', 'government', '全国']]],
    ['The Jilin Provincial Committee of the China Democratic League held a meeting.', [['Jilin Provincial Committee of the China Democratic League', 'democratic-party', '吉林省']]],
    ['The Central Committee of the China Democratic League (CDL) plans 46 proposals; the CDL Central Committee said.', [['Central Committee of the China Democratic League', 'democratic-party', '全国']]],
    ['The ministries of education, human resources and social security, and commerce replied.', [['Ministry of Education', 'government', '全国'], ['Ministry of Human Resources and Social Security', 'government', '全国'], ['Ministry of Commerce', 'government', '全国']]],
    ['The subcommittee for handling proposals of the CPPCC National Committee met.', [['subcommittee for handling proposals of the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['The Guangdong Provincial People\'s Congress met in Guangzhou. The provincial government replied.', [["Guangdong Provincial People's Congress", 'congress', '广东省'], ['provincial government', 'government', '广东省']]],
    // The NPC's Standing Committee written with the NPC's name before it, the acronym glossed inside or not, is one body, not the NPC.
    ["The report was delivered at the session of the National People's Congress (NPC) Standing Committee.", [["National People's Congress (NPC) Standing Committee", 'congress', '全国']]],
    ["The National People's Congress Standing Committee met; the National People's Congress opens in March.", [["National People's Congress Standing Committee", 'congress', '全国'], ["National People's Congress", 'congress', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it.each([
    // The Political Bureau and its Standing Committee are the Central Committee's own organs, kept under it.
    ['Li Ming, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee, spoke. The CPC Central Committee agreed.', [['Communist Party of China (CPC) Central Committee', 'party', '全国']]],
    // A party's central committee written in lower case; the party's name later is the same body.
    ['Wu Hua delivered a report on behalf of the central committee of Jiusan Society. Jiusan Society will elect a new central committee of Jiusan Society.', [['central committee of Jiusan Society', 'democratic-party', '全国']]],
    // Autonomous regions written with their peoples.
    ['The CPPCC Xinjiang Uygur Autonomous Regional Committee and the CPC Guangxi Zhuang Autonomous Regional Committee met.', [['CPPCC Xinjiang Uygur Autonomous Regional Committee', 'cppcc', '新疆维吾尔自治区'], ['CPC Guangxi Zhuang Autonomous Regional Committee', 'party', '广西壮族自治区']]],
    // 都 is read du in place names: Huadu, not Huadou.
    ["The Huadu District People's Court reported to the CPPCC Huadu District Committee.", [["Huadu District People's Court", 'court', '花都区'], ['CPPCC Huadu District Committee', 'cppcc', '花都区']]],
    // An owner with its acronym before the region.
    ["The session of the Chinese People's Political Consultative Conference (CPPCC) Shanghai Committee closed.", [["Chinese People's Political Consultative Conference (CPPCC) Shanghai Committee", 'cppcc', '上海市']]],
    // "municipal" also means a municipality of provincial level.
    ['The Shanghai Municipal Committee of the CPPCC advises the municipal government.', [['Shanghai Municipal Committee of the CPPCC', 'cppcc', '上海市'], ['municipal government', 'government', '上海市']]],
    // Relative mentions of an autonomous region, of a prefecture, of a federation.
    ['Members from the Tibet Autonomous Region met the regional government.', [['regional government', 'government', '西藏自治区']]],
    ["Members from Qinghai Province met the provincial women's federation.", [["provincial women's federation", 'mass-organisation', '青海省']]],
    // A special committee written with the possessive of its body is the same as "… of the body".
    ["The CPPCC National Committee's Committee on Proposals met; the Committee on Proposals of the CPPCC National Committee agreed.", [['CPPCC National Committee', 'cppcc', '全国'], ["CPPCC National Committee's Committee on Proposals", 'cppcc-special', '全国']]],
    // A special committee beside another special committee of the same body: both are the Hubei committee's.
    ['The Committee for Economic Affairs and the Committee on Proposals of the CPPCC Hubei Provincial Committee met.', [['Committee for Economic Affairs', 'cppcc-special', '湖北省'], ['Committee on Proposals of the CPPCC Hubei Provincial Committee', 'cppcc-special', '湖北省'], ['CPPCC Hubei Provincial Committee', 'cppcc', '湖北省']]],
    // A body named before its region, with "of": one body with the same body named after its region.
    ["The People's Government of Guangdong Province and the Health Commission of Guangdong Province replied.", [["People's Government of Guangdong Province", 'government', '广东省'], ['Health Commission of Guangdong Province', 'government', '广东省']]],
    ['The Education Bureau of Shenzhen met; the Shenzhen Education Bureau agreed.', [['Education Bureau of Shenzhen', 'government', '深圳市']]],
    // A department's name that begins with the level word is the same body written without it.
    ['The Guangdong Provincial Health Commission met. The Guangdong Health Commission agreed.', [['Guangdong Provincial Health Commission', 'government', '广东省']]],
    // Offices of national bodies with "and" inside, or with the SAR they work in.
    ["The Hong Kong and Macao Work Office of the CPC Central Committee and the Liaison Office of the Central People's Government in the Hong Kong SAR met.", [['Hong Kong and Macao Work Office of the CPC Central Committee', 'party', '全国'], ["Liaison Office of the Central People's Government in the Hong Kong SAR", 'government', '全国']]],
    // A department of a regional party committee is a body of its own; the committee written only inside its name is none
    // (as 广东省委统战部 lists no 广东省委; en 641 gold).
    ['He heads the United Front Work Department of the CPC Guangdong Provincial Committee.', [['United Front Work Department of the CPC Guangdong Provincial Committee', 'party', '广东省']]],
    // A place and a bare owner word is a short form; the city after "of" belongs to the full name.
    ['Shuangliu CPPCC opens. The CPPCC Shuangliu District Committee of Chengdu held its session.', [['CPPCC Shuangliu District Committee of Chengdu', 'cppcc', '双流区']]],
    // Centers of the State Council; national institutions without a region.
    ['The Development Research Center of the State Council, the China Academy of Space Technology and the China Aerospace Science and Technology Corporation signed.', [['Development Research Center of the State Council', 'government', '全国'], ['China Academy of Space Technology', 'other', '全国'], ['China Aerospace Science and Technology Corporation', 'other', '全国']]],
    ["The People's Government of Tibet Autonomous Region and the State Ethnic Affairs Commission replied.", [["People's Government of Tibet Autonomous Region", 'government', '西藏自治区'], ['State Ethnic Affairs Commission', 'government', '全国']]],
    // Lower-case departments of the region the page is about, named as written; each is a body of its own.
    ['Members from Zhejiang Province visited the provincial department of education and the provincial health commission. The municipal bureau of civil affairs in Hangzhou replied, as did the provincial government.', [['provincial department of education', 'government', '浙江省'], ['provincial health commission', 'government', '浙江省'], ['municipal bureau of civil affairs', 'government', '杭州市'], ['provincial government', 'government', '浙江省']]],
    ['In Hubei Province, the provincial department of human resources and social security replied on Monday; the provincial department of education said it agreed.', [['provincial department of human resources and social security', 'government', '湖北省'], ['provincial department of education', 'government', '湖北省']]],
    // Without a region on the page, or without a department word, no body.
    ['He wrote to the provincial department of education. The provincial level of the department was discussed.', []],
    // Universities and academies in one list are one body each; a romanised name inside a university's name is no person.
    ['Peking University, the Chinese Academy of Engineering, Wuhan University and Nanjing Agricultural University signed.', [['Peking University', 'other', '北京市'], ['Chinese Academy of Engineering', 'other', '全国'], ['Wuhan University', 'other', '武汉市'], ['Nanjing Agricultural University', 'other', '南京市']]],
    // Courts and procuratorates: "High People's Court" after a region; relative forms, also the second of two joined by "and".
    ["The Beijing High People's Court and the Guangdong Provincial High People's Court replied.", [["Beijing High People's Court", 'court', '北京市'], ["Guangdong Provincial High People's Court", 'court', '广东省']]],
    ["In Hubei Province, the provincial high people's court and the provincial procuratorate replied.", [["provincial high people's court", 'court', '湖北省'], ['provincial procuratorate', 'procuratorate', '湖北省']]],
    ['The CPPCC Huadu District Committee met officials from the district court and district procuratorate.', [['CPPCC Huadu District Committee', 'cppcc', '花都区'], ['district court', 'court', '花都区'], ['district procuratorate', 'procuratorate', '花都区']]],
    // "and" before a level word with no body word after it is no body.
    ['The CPPCC Huadu District Committee and district leaders met.', [['CPPCC Huadu District Committee', 'cppcc', '花都区']]],
    // "&" for "and" in a fixed name; "and" inside a ministry's name stays one body.
    ['Proposals came from the All-China Federation of Industry & Commerce and the Ministry of Industry and Information Technology.', [['All-China Federation of Industry & Commerce', 'mass-organisation', '全国'], ['Ministry of Industry and Information Technology', 'government', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })

  it('organisations in Latin letters inside Chinese text are bodies; technology words are not', () => {
    expect(committees('委员们建议加强与UNDP、WTO的合作，推动5G和AI的应用，学习World Bank的经验。')).toEqual([['UNDP', 'other', null], ['WTO', 'other', null], ['World Bank', 'other', null]])
  })
})

describe('English persons: pinyin names with the titles written beside them', () => {
  it.each([
    // A credit with a colon, which normalizing widens; a photo credit with a slash.
    ['The meeting ended. (Web editor: Cai Hairuo, Liang Jun)', [['Cai Hairuo', ['web editor'], null, false], ['Liang Jun', ['web editor'], null, false]]],
    ['Members met on Monday. (Photo/Zhang Zhi)', [['Zhang Zhi', ['photographer'], null, false]]],
    // A title of "the committee" the page is about.
    ['The CPPCC Shanghai Committee opened. Wu Zhiming, the committee’s chairman, spoke.', [['Wu Zhiming', ['chairman'], 'CPPCC Shanghai Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  it.each([
    ['Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee, spoke.', [['Ren Jianhua', ['chairman'], 'CPPCC Yangquan Municipal Committee', true]]],
    ['China’s economy grew, spokesperson Liu Jieyi said.', [['Liu Jieyi', ['spokesperson'], null, false]]],
    ['Zheng Shaohua, a CPPCC member of Shanghai, said. The Shanghai CPPCC met.', [['Zheng Shaohua', ['member'], 'Shanghai CPPCC', true]]],
    ['(Photo by Li Wenke and Shi Tao)', [['Li Wenke', ['photographer'], null, false], ['Shi Tao', ['photographer'], null, false]]],
    ['Chairman of Zhongshan Municipal Committee of CPPCC Qiu Shuhong and Vice-Chairman He Cancheng visited Xiaolan.', [['Qiu Shuhong', ['chairman'], 'Zhongshan Municipal Committee of CPPCC', true], ['He Cancheng', ['vice-chairman'], 'Zhongshan Municipal Committee of CPPCC', true]]],
    // A rarer surname right after a title; "Minister of X" holds the page's "Ministry of X".
    ['The Ministry of Education (MOE) met members. Minister of Education Huai Jinpeng spoke.', [['Huai Jinpeng', ['minister'], 'Ministry of Education', false]]],
    // Two titles sharing the body after the second; the prosecutor's title.
    ["Ying Yong, Secretary of the Party Leadership Group and Prosecutor General of the Supreme People's Procuratorate (SPP), spoke.", [['Ying Yong', ['secretary', 'prosecutor general'], "Supreme People's Procuratorate", false]]],
    // Without a title before them, capitalised pinyin-like words with an unlisted surname are no name.
    ['The Huai River and Jinpeng Road were named. Yesterday Huai Jinpeng left.', []],
    ['Sun Yat-sen University hosted the forum; Leung Chun-ying, vice-chairman of the CPPCC National Committee, spoke.', [['Leung Chun-ying', ['vice-chairman'], 'CPPCC National Committee', true]]],
    // Hong Kong is a place, not a person named Hong.
    ['Investors from Hong Kong came.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English persons: appositions, lists and the org of a title', () => {
  const W = 'CPPCC National Committee'
  it.each([
    // A title whose complement runs through a body not right after "of the"; org: the CPPCC role's body, not the first.
    ['Zhao Ming, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and chairman of the CPPCC National Committee, spoke.', [['Zhao Ming', ['member', 'chairman'], W, true]]],
    ['Deng Hui, secretary of the CPC Wuhan Municipal Committee and chairman of the CPPCC Wuhan Municipal Committee, spoke.', [['Deng Hui', ['secretary', 'chairman'], 'CPPCC Wuhan Municipal Committee', true]]],
    // Two titles sharing the body after the second.
    ['Song Yu, Vice President and Dean of the Wuhan University of Technology, spoke.', [['Song Yu', ['vice president', 'dean'], 'Wuhan University of Technology', false]]],
    // The clause after an apposition gives one more title.
    ['Sun Li, a member of the CPPCC National Committee, was named spokesperson for the session.', [['Sun Li', ['member', 'spokesperson'], W, true]]],
    // A dash or a comma written after a space opens the apposition; a president of a CPPCC committee holds office in it.
    ['Gao Feng- Vice President of Linyi Municipal CPPCC opened the meeting. Tan Jing ,Chairman of the Linyi Municipal Committee of CPPCC, spoke.', [['Gao Feng', ['vice president'], 'Linyi Municipal CPPCC', true], ['Tan Jing', ['chairman'], 'Linyi Municipal CPPCC', true]]],
    // An age before the apposition; a possessive in it.
    ['Hu Bin, 58, a member of the CPPCC National Committee, spoke.', [['Hu Bin', ['member'], W, true]]],
    ['Lin Tao, China’s ambassador to Japan, said the talks went well.', [['Lin Tao', ['ambassador'], null, false]]],
    // A body before its title.
    ['Ma Jun, a CPPCC National Committee member and lawyer from Hubei Province, said.', [['Ma Jun', ['member', 'lawyer'], W, true]]],
    // A plural title after a list is each name's; a singular one before a list is the first name's only.
    ['Li Hua, Wang Qiang and Zhou Ping, vice chairmen of the CPPCC Hubei Provincial Committee, attended.', ['Li Hua', 'Wang Qiang', 'Zhou Ping'].map((n) => [n, ['vice chairman'], 'CPPCC Hubei Provincial Committee', true])],
    ['Chairman Zhang Wei, Li Na and Chen Gang attended the meeting.', [['Zhang Wei', ['chairman'], null, false], ['Li Na', [], null, false], ['Chen Gang', [], null, false]]],
    // Titles before a name: after the word CPPCC with a comma; "top" makes a description; "committee" points back.
    ['I asked CPPCC Chairman, Xu Feng about it.', [['Xu Feng', ['chairman'], null, true]]],
    // …but the epithet makes a CPPCC member (pages 331, 332: round 10).
    ["China's top political advisor Zhang Min spoke.", [['Zhang Min', [], null, true]]],
    ['A team of the CPPCC National Committee led by committee vice-chairman Liu Wei visited Hubei.', [['Liu Wei', ['vice-chairman'], W, true]]],
    // Fronted titles, and a news agency's photo credit.
    ['As a member of the CPPCC National Committee, Guo Hua proposed a law.', [['Guo Hua', ['member'], W, true]]],
    ['Members met. (Xinhua/Wang Peng)', [['Wang Peng', ['photographer'], null, false]]],
    // A relative clause; a title before the name with the body after it; titles on both sides of one mention.
    ['Zhou Lan, who is a member of the CPPCC National Committee, spoke.', [['Zhou Lan', ['member'], W, true]]],
    ['Vice Chairman Li Bin of the CPPCC National Committee visited Hubei.', [['Li Bin', ['vice chairman'], W, true]]],
    ['President Xu Ping, who is also general secretary of the CPC Central Committee, attended.', [['Xu Ping', ['president', 'general secretary'], 'CPC Central Committee', false]]],
    // A place in a photo between the name and its apposition.
    ['Sun Bo (2nd R), a member of the CPPCC National Committee, speaks.', [['Sun Bo', ['member'], W, true]]],
    // A roster line: a plural title with a colon, names noted in brackets; a plural title of a body before a list.
    ['Vice-chairpersons: Wang Gang, Bai Lichen (Hui), Zhang Meiying (female) ,Li Zhaozhuo and Luo Fuhe.', ['Wang Gang', 'Bai Lichen', 'Zhang Meiying', 'Li Zhaozhuo', 'Luo Fuhe'].map((n) => [n, ['vice-chairperson'], null, false])],
    ['Members of the CPPCC National Committee Zhao Lei, Qian Bo and Sun Tao attended.', ['Zhao Lei', 'Qian Bo', 'Sun Tao'].map((n) => [n, ['member'], W, true])],
    // A body's title in the possessive, after or before the name; "its" for the committee of the page.
    ["Zhou Min, the CPPCC National Committee's vice-chairman, spoke. The CPPCC National Committee's vice-chairman Tan Hua also spoke.", [['Zhou Min', ['vice-chairman'], W, true], ['Tan Hua', ['vice-chairman'], W, true]]],
    ['The CPPCC Wuxi Municipal Committee opened its session. Gu Ming, its chairman, spoke.', [['Gu Ming', ['chairman'], 'CPPCC Wuxi Municipal Committee', true]]],
    // The body of the CPPCC role is the org though another title comes first.
    ['Wang Jian, an academician of the Chinese Academy of Sciences and a member of the CPPCC National Committee, said.', [['Wang Jian', ['academician', 'member'], W, true]]],
    ['Members met. (Translated by Liu Fang)', [['Liu Fang', ['translator'], null, false]]],
    // "all"/"both" before a plural title after a list; a plural title before a list.
    ['Li Hong, Ma Ke and Fan Yu, all members of the CPPCC National Committee, spoke.', ['Li Hong', 'Ma Ke', 'Fan Yu'].map((n) => [n, ['member'], W, true])],
    // "national" names the level, the body part (全国政协委员 → 委员): the title is "political adviser".
    ['National political advisers Lu Ping and Yang Fan spoke.', [['Lu Ping', ['political adviser'], null, true], ['Yang Fan', ['political adviser'], null, true]]],
    // A place before the title.
    ['Tan Yaozong, a Hong Kong member of the CPPCC National Committee, said.', [['Tan Yaozong', ['member'], W, true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English persons: titles on later mentions, titles before a comma, whole titles', () => {
  const W = 'CPPCC National Committee'
  const Z = 'Zhejiang Provincial Committee of the CPPCC'
  it.each([
    // "also" before the article of an apposition on a later mention by the surname.
    ['Jia Lin, chairman of the CPPCC National Committee, spoke. Jia, also a member of the Standing Committee of the Political Bureau of the CPC Central Committee, said more.', [['Jia Lin', ['chairman', 'member'], W, true]]],
    // "has been" before a title; the word CPPCC makes the holder a member whatever follows the title.
    ['The CPPCC National Committee met. Wang Ming, director of the center, said. Wang has been a CPPCC member for 15 years.', [['Wang Ming', ['director', 'member'], W, true]]],
    ['Wang Ming has been a teacher for 15 years.', [['Wang Ming', [], null, false]]],
    // A plural title and its complement before a comma and a list: each name's, of the page's CPPCC committee.
    [`The ${Z} opened. It was presided over by the standing chairmen of the presidium, Ge Hui, Sun Jing and Zhou Guo.`, ['Ge Hui', 'Sun Jing', 'Zhou Guo'].map((n) => [n, ['standing chairman'], Z, true])],
    // A singular one is the first name's only; a body in the complement is the title's.
    ['The meeting was attended by the chairman of the CPPCC Wuxi Municipal Committee, Gu Ming, and Li Na.', [['Gu Ming', ['chairman'], 'CPPCC Wuxi Municipal Committee', true], ['Li Na', [], null, false]]],
    // Not after another name's apposition: the title before the comma is that name's.
    // (Since round 11 the CPC District Committee of a page that writes no place is a body as written, region null: the org, as page 224's gold.)
    ['Xu Gang, deputy secretary and governor of the CPC District Committee, Xiong Yan, Deputy Secretary of the CPC District Committee, attended.', [['Xu Gang', ['deputy secretary', 'governor'], 'CPC District Committee', false], ['Xiong Yan', ['deputy secretary'], 'CPC District Committee', false]]],
    // "deputy chairman" is a whole title, not "deputy".
    ["Chen Bengao, deputy chairman of the Nantong municipal committee of the Chinese People's Political Consultative Conference (CPPCC), spoke.", [['Chen Bengao', ['deputy chairman'], "Nantong municipal committee of the Chinese People's Political Consultative Conference", true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English persons: lists, brackets, profiles and pronouns', () => {
  const W = 'CPPCC National Committee'
  const H = 'Provincial CPPCC'
  it.each([
    // A name of another romanisation inside a list of pinyin names is a name of the list; a title between commas is not.
    ['Ma Biao, Bater, Wang Yongqing and Li Bin, vice-chairpersons of the CPPCC National Committee, attended.', ['Ma Biao', 'Bater', 'Wang Yongqing', 'Li Bin'].map((n) => [n, ['vice-chairperson'], W, true])],
    ['Li Ming, Secretary General, and Zhang Yong attended.', [['Li Ming', ['secretary general'], null, false], ['Zhang Yong', [], null, false]]],
    // A capitalised level and CPPCC without an article name the page's committee of that level; a title several hold
    // at once, in the singular before a list (省政协副主席A、B、C translated), is each name's (round 12: the dev-pages
    // README gives a role written once for a list to each name; four survey pages print this form; a sole title, Chairman
    // A, B …, stays the first name's: test/unit/english-titles-shared-by-list.test.ts).
    ['Provincial CPPCC Vice Chairmen Li Ming, Zhang Yong and Wang Hong attended the meeting in Hunan Province.', ['Li Ming', 'Zhang Yong', 'Wang Hong'].map((n) => [n, ['vice chairman'], H, true])],
    ['Vice Chairman of the Provincial CPPCC Li Ming, Zhang Yong and Wang Hong attended the meeting in Hunan Province.', ['Li Ming', 'Zhang Yong', 'Wang Hong'].map((n) => [n, ['vice chairman'], H, true])],
    // Brackets, "who serves as", a lower-case complement before the next title, "and is now".
    ['Li Ming (vice chairman of the CPPCC National Committee) attended.', [['Li Ming', ['vice chairman'], W, true]]],
    ['Li Ming, who serves as a member of the CPPCC National Committee, said.', [['Li Ming', ['member'], W, true]]],
    // "former" belongs to the title, as 原主任 does in the Chinese conventions.
    ['Yang Chuantang, former minister of transport and a vice-chairman of the CPPCC National Committee, said.', [['Yang Chuantang', ['former minister', 'vice-chairman'], W, true]]],
    // A title after a company's name closes the apposition: the company is no listed body (org null), as "chairman of Zhongyi Machinery".
    ['Li Ming, Sunning Group chairman, said the firm would invest more.', [['Li Ming', ['chairman'], null, false]]],
    ['Liu Fang, Tencent vice president, said so.', [['Liu Fang', ['vice president'], null, false]]],
    // …not where the capitalised words are another name of a list, or no title closes them.
    ['Li Ming, Zhang Yong, chairman of the CPPCC National Committee, and Wang Hong attended.', [['Li Ming', [], null, false], ['Zhang Yong', ['chairman'], W, true], ['Wang Hong', [], null, false]]],
    ['Li Ming, Sunning Group chairman of the board of a subsidiary.', [['Li Ming', [], null, false]]],
    // A name before Thought or Theory names a doctrine; the same name elsewhere is still a person.
    ['Members studied Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.', []],
    ['President Xi Jinping spoke of Xi Jinping Thought.', [['Xi Jinping', ['president'], null, false]]],
    ["Zhou Qiang served as president of the Supreme People's Court and is now vice chairperson of the 14th CPPCC National Committee.", [['Zhou Qiang', ['president', 'vice chairperson'], W, true]]],
    // A profile's notes before the verb; a pronoun's titles are the last name's, across a blank line too (round 16).
    ['Su Hui, female, is vice chairperson of the 14th CPPCC National Committee.', [['Su Hui', ['vice chairperson'], W, true]]],
    ['Hu Chunhua, male, Han ethnicity, born in April 1963, is a native of Wufeng, Hubei Province. He is a vice chairperson of the 14th CPPCC National Committee.', [['Hu Chunhua', ['vice chairperson'], W, true]]],
    ['Li Ming visited Hubei. As a member of the CPPCC National Committee, he proposed a law.', [['Li Ming', ['member'], W, true]]],
    ['Li Ming visited Hubei.\n\nHe is a member of the CPPCC National Committee.', [['Li Ming', ['member'], W, true]]],
    ['Li Ming visited Hubei.\n\nThe visit lasted two days.\n\nHe is a member of the CPPCC National Committee.', [['Li Ming', [], null, false]]],
    // A name inside a body's name is no person.
    ['The Central Committee of the China Zhi Gong Party held a meeting.', []],
    // A plural title before "including" a list: the title of the names with none of their own.
    ['Political advisors including Li Ming and Zhang Yong spoke at the meeting.', [['Li Ming', ['political advisor'], null, true], ['Zhang Yong', ['political advisor'], null, true]]],
    ['The session was attended by 260 political advisers, including Ren Jianhua, chairman of the CPPCC Yangquan Municipal Committee.', [['Ren Jianhua', ['chairman'], 'CPPCC Yangquan Municipal Committee', true]]],
    // …with its complement and body, or its body before it ("NPC deputies": a deputy of the NPC).
    ['Several members of the CPPCC National Committee, including Li Ming and Zhang Yong, spoke.', [['Li Ming', ['member'], W, true], ['Zhang Yong', ['member'], W, true]]],
    ['NPC deputies including Li Ming and Zhang Yong spoke.', [['Li Ming', ['deputy'], 'NPC', false], ['Zhang Yong', ['deputy'], 'NPC', false]]],
    ['Li Ming, an NPC deputy, spoke.', [['Li Ming', ['deputy'], 'NPC', false]]],
    // Two titles and names before one body share it.
    ['Party Secretary Zou Xiaodong and president Wu Zhaohui of Zhejiang University attended.', [['Zou Xiaodong', ['party secretary'], 'Zhejiang University', false], ['Wu Zhaohui', ['president'], 'Zhejiang University', false]]],
    ['Party Secretary Zou Xiaodong and Wu Zhaohui of Zhejiang University attended.', [['Zou Xiaodong', ['party secretary'], null, false], ['Wu Zhaohui', [], null, false]]],
    // "Chinese" before a title in a chain.
    ['Xi Jinping, general secretary of the CPC Central Committee, Chinese president and chairman of the Central Military Commission, attended.', [['Xi Jinping', ['general secretary', 'president', 'chairman'], 'CPC Central Committee', false]]],
    // Names of other romanisations with a title in apposition; not words inside an organisation's name.
    ['Pagbalha Geleg Namgyai, vice chairman of the CPPCC National Committee, attended.', [['Pagbalha Geleg Namgyai', ['vice chairman'], W, true]]],
    ['Edmund Ho Hau Wah, vice chairman of the CPPCC National Committee, attended.', [['Edmund Ho Hau Wah', ['vice chairman'], W, true]]],
    ['Members of the Provincial Federation of Overseas Friendship, chairman of the division, attended.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English bodies: a head in lower case with its owner after it, an owner before a place and its level noun', () => {
  it.each([
    ["Chen Bengao, deputy chairman of the Nantong municipal committee of the Chinese People's Political Consultative Conference (CPPCC), spoke.", [["Nantong municipal committee of the Chinese People's Political Consultative Conference", 'cppcc', '南通市']]],
    ['Chen Yanmei, chairman of the CPPCC Tongzhou district in Nantong, said the district CPPCC will do more.', [['CPPCC Tongzhou district', 'cppcc', '通州区']]],
    // A fuller name later names the body; a committee without its owner is no body.
    ['The CPPCC Tongzhou district met. The CPPCC Tongzhou District Committee of Nantong agreed.', [['CPPCC Tongzhou District Committee of Nantong', 'cppcc', '通州区']]],
    ['The Nantong municipal committee met in Tongzhou district.', []],
    // A special committee "of" its fields, capitalised; not a sentence running from "Committee of" to another body.
    ['Members of the Committee of Education, Science, Health and Sports of the CPPCC National Committee visited Yunnan.', [['Committee of Education, Science, Health and Sports of the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['The Standing Committee of CPPCC met with members of the Jinan Municipal Committee of CPPCC.', [['Jinan Municipal Committee of CPPCC', 'cppcc', '济南市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('the English side loaded up front', () => {
  const page = 'The CPPCC Hangzhou Municipal Committee held its session on January 6, 2024. Chairman Ma Weiguang said 512 proposals were filed.'
  it('gives the results of loading on demand', async () => {
    const { createAnalyzer } = await import('../../src/index.js')
    const r = createAnalyzer({ english: 'preload' }).analyze(page)
    expect(r.places.map((p) => p.name)).toEqual(['杭州市'])
    expect(r.persons.map((p) => [p.name, p.roles])).toEqual([['Ma Weiguang', ['chairman']]])
    expect(r).toEqual(analyzer.analyze(page))
  })

  it('is a loading option: with() refuses it', () => {
    expect(() => analyzer.with({ english: 'preload' } as never)).toThrow(/english/)
  })
})
