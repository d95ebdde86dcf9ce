import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Hand-checked English sentences for three classes: special committees named by their field, titles given
// to names after an election verb, and figures after a dateline or a share. Truth by GUIDE.md's "English text".
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('English special committees named by their field', () => {
  it.each([
    // Bare, of the CPPCC committee named before it (its …; the …), also in a later sentence.
    ['Guo Weimin, a member of the CPPCC National Committee and its Foreign Affairs Committee, was named spokesperson.', [['CPPCC National Committee', 'cppcc', '全国'], ['Foreign Affairs Committee', 'cppcc-special', '全国']]],
    ['The CPPCC Fujian Committee closed its session. Lin Wenjie, head of the Proposals Committee, spoke.', [['CPPCC Fujian Committee', 'cppcc', '福建省'], ['Proposals Committee', 'cppcc-special', '福建省']]],
    ['The CPPCC National Committee met in Beijing. The Committee on Proposals said 5,000 proposals were filed.', [['CPPCC National Committee', 'cppcc', '全国'], ['Committee on Proposals', 'cppcc-special', '全国']]],
    // Field words before "Committee of" its body, or after the body (possessive or not, also a relative one).
    ['The Economic Committee of the CPPCC Beijing Municipal Committee held a meeting.', [['Economic Committee of the CPPCC Beijing Municipal Committee', 'cppcc-special', '北京市'], ['CPPCC Beijing Municipal Committee', 'cppcc', '北京市']]],
    ["The CPPCC Beijing Municipal Committee's Economic Committee held a meeting.", [['CPPCC Beijing Municipal Committee', 'cppcc', '北京市'], ["CPPCC Beijing Municipal Committee's Economic Committee", 'cppcc-special', '北京市']]],
    ['The CPPCC Haidian District Committee closed. The District CPPCC Proposal Committee will review the proposals.', [['CPPCC Haidian District Committee', 'cppcc', '海淀区'], ['District CPPCC Proposal Committee', 'cppcc-special', '海淀区']]],
    // "with" as China Daily writes it, lower case as printed.
    ['Wang Gang, director of the committee for handling proposals with the CPPCC National Committee, said so.', [['committee for handling proposals with the CPPCC National Committee', 'cppcc-special', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    // Not special committees: another body's (the NPC's: its own committee, kind congress, round 21), committees of other words, a field name inside a longer name, no CPPCC body on the page.
    ['The Foreign Affairs Committee of the NPC met. The CPPCC National Committee also met.', [['Foreign Affairs Committee of the NPC', 'congress', '全国'], ['NPC', 'congress', '全国'], ['CPPCC National Committee', 'cppcc', '全国']]],
    ['The CPPCC National Committee met. The Standing Committee and the Organizing Committee also met.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['The CPPCC National Committee met. The China Foreign Affairs Committee of something met.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['The Foreign Affairs Committee met on Monday.', []],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English titles given after an election verb', () => {
  it.each([
    // The object of "elected … as", a list joined to the titles before it, the body of the clause's CPPCC committee.
    ['The Ninth Committee of the CPPCC Yangzhou Municipal Committee elected Chen Yang as chairman and Ding Yi, Gong Wenfei and Yin Xudong as vice chairmen on Thursday.', [
      ['Chen Yang', ['chairman'], 'CPPCC Yangzhou Municipal Committee', true],
      ['Ding Yi', ['vice chairman'], 'CPPCC Yangzhou Municipal Committee', true],
      ['Gong Wenfei', ['vice chairman'], 'CPPCC Yangzhou Municipal Committee', true],
      ['Yin Xudong', ['vice chairman'], 'CPPCC Yangzhou Municipal Committee', true],
    ]],
    ['The congress elected Wang Jinjian as mayor, Chen Kaihong, Zhao Qinghong and Tang Weihua as deputy mayors.', [
      ['Wang Jinjian', ['mayor'], null, false],
      ['Chen Kaihong', ['deputy mayor'], null, false],
      ['Zhao Qinghong', ['deputy mayor'], null, false],
      ['Tang Weihua', ['deputy mayor'], null, false],
    ]],
    ['The session elected Wu Tao chairman of the 13th CPPCC Gansu Provincial Committee.', [['Wu Tao', ['chairman'], 'CPPCC Gansu Provincial Committee', true]]],
    // "were elected as standing members" (常委) of the page's committee.
    ['Liang Hua and Zheng Wen were elected vice-chairmen of the CPPCC Haidian District Committee, and Xu Jiasen and Lu Liuhong were elected as standing members.', [
      ['Liang Hua', ['vice-chairman'], 'CPPCC Haidian District Committee', true],
      ['Zheng Wen', ['vice-chairman'], 'CPPCC Haidian District Committee', true],
      ['Xu Jiasen', ['standing member'], 'CPPCC Haidian District Committee', true],
      ['Lu Liuhong', ['standing member'], 'CPPCC Haidian District Committee', true],
    ]],
    // A title another name was elected to is not the next name's (A elected mayor, B elected chairman of …).
    ['Kong Lin elected chairman of the Yangzhou Municipal People’s Congress, Wang Jinjian elected mayor, Chen Yang elected chairman of the CPPCC Yangzhou Municipal Committee.', [
      ['Kong Lin', ['chairman'], 'Yangzhou Municipal People’s Congress', false],
      ['Wang Jinjian', ['mayor'], null, false],
      ['Chen Yang', ['chairman'], 'CPPCC Yangzhou Municipal Committee', true],
    ]],
    // No title after the elected name: none is given (nor from a later word).
    ['The congress elected Wang Lin after a vote in the hall, a chairman said.', [['Wang Lin', [], null, false]]],
    ['The park was named after Sun Yat-sen in 1925.', [['Sun Yat-sen', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English figures after a dateline, and bare numbers after a share', () => {
  it.each([
    ['BEIJING - Altogether 5,210 proposals had been submitted to the annual session.', [['5,210 proposals', 5210, 'proposal', null]]],
    ['BEIJING, March 9 (Xinhua) -- The 2,169 members attended the session.', [['2,169 members', 2169, 'member', null]]],
    // A name before a number still names it (Shenzhou 17 is no count).
    ['BEIJING - The Shenzhou 17 crew returned.', []],
    // A share is no unit of a later bare number; a count before the share in the sentence is.
    ['Proposals rose by 12.5% year on year, reaching 1,000.', [['12.5%', 12.5, '%', null]]],
    ['Seventy proposals were on politics, accounting for 5.83 percent, while the other 74 were on ecology.', [['Seventy proposals', 70, 'proposal', null], ['5.83 percent', 5.83, '%', null], ['74', 74, 'proposal', null]]],
    // An approximate count without a noun counts the things counted last; "one of" is no figure.
    ['Members made more than 4,000 proposals last year. This year the number was over 5,000.', [['more than 4,000 proposals', 4000, 'proposal', 'more'], ['over 5,000', 5000, 'proposal', 'more']]],
    ['He was one of 33 members of the delegation.', [['33 members', 33, 'member', null]]],
    // Units of measure after a number.
    ['They planted over 1,000 mu of trees and built 20 km of roads on 66.7 hectares.', [['over 1,000 mu', 1000, 'mu', 'more'], ['20 km', 20, 'km', null], ['66.7 hectares', 66.7, 'hectare', null]]],
    // …but a bare number without an approximation is none.
    ['Members made 400 proposals. He said 12 was his lucky number.', [['400 proposals', 400, 'proposal', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe("English titles of a region's party committee or government, and modifiers", () => {
  it.each([
    // The region before or after the title, where the page names that body of the region.
    ['Shanghai Party Secretary Chen Jining spoke. The Shanghai Committee of the Communist Party of China will support the CPPCC.', [['Chen Jining', ['party secretary'], 'Shanghai Committee of the Communist Party of China', false]]],
    ['The CPC Yunnan Provincial Committee met. Sun Lei, Party secretary of Yunnan province, attended the meeting.', [['Sun Lei', ['party secretary'], 'CPC Yunnan Provincial Committee', false]]],
    ["The Wuhan Municipal People's Government replied. Zhou Qiang, mayor of Wuhan, attended.", [['Zhou Qiang', ['mayor'], "Wuhan Municipal People's Government", false]]],
    // Not written as a body on the page: no org (the city government is not named).
    ['Zhou Qiang, mayor of Wuhan, attended.', [['Zhou Qiang', ['mayor'], null, false]]],
    // A modifier belongs to the title (原主席): before the name and in apposition.
    ['Under the leadership of the former Chairman Dong Yunhu, the CPPCC Shanghai Committee fulfilled its mission.', [['Dong Yunhu', ['former chairman'], 'CPPCC Shanghai Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  it.each([
    // Set phrases with a number count nothing; a duration does.
    ['He discussed the plan with the one-stop service center and held one-on-one talks for 24 hours.', [['24 hours', 24, 'hour', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English bodies: relative lists, the CPPCC named alone, an acronym glossing a body', () => {
  it.each([
    // Relative items of a comma list, and the discipline and supervisory commissions, courts written in full.
    ['The CPPCC Huadu District Committee met. Leaders of the district court, district procuratorate, district commission for discipline inspection, and district commission of supervision attended.', [
      ['CPPCC Huadu District Committee', 'cppcc', '花都区'], ['district court', 'court', '花都区'], ['district procuratorate', 'procuratorate', '花都区'],
      ['district commission for discipline inspection', 'party', '花都区'], ['district commission of supervision', 'government', '花都区'],
    ]],
    // A department of a relative party committee; the committee written only inside its name is no body of its own (en dev
    // 242's gold, this sentence's page, lists the department alone: english-bodies-department-lead.test.ts).
    ['Sui Zhongcheng, Director of the United Front Work Department of the Provincial Party Committee, spoke in Hunan Province.', [['United Front Work Department of the Provincial Party Committee', 'party', '湖南省']]],
    // The full name alone, on a page naming no CPPCC committee: the national committee, and its special committee.
    ["The Committee for Agriculture and Rural Affairs of the Chinese People's Political Consultative Conference held a meeting.", [["Committee for Agriculture and Rural Affairs of the Chinese People's Political Consultative Conference", 'cppcc-special', '全国'], ["Chinese People's Political Consultative Conference", 'cppcc', '全国']]],
    // Not where the page names its committee. The acronym alone after "the" on a page that names no CPPCC committee is
    // that committee, as written (page 239's gold; round 10): english-r10.test.ts.
    ["The Shanghai Committee of the Chinese People's Political Consultative Conference met.", [["Shanghai Committee of the Chinese People's Political Consultative Conference", 'cppcc', '上海市']]],
    ['The CPPCC will wrap up its session on Monday.', [['CPPCC', 'cppcc', '全国']]],
    // An acronym in brackets after a body glosses it; written again alone, it is a body.
    ['The Standing Committee of the National People’s Congress (NPC) met.', [['Standing Committee of the National People’s Congress', 'congress', '全国']]],
    ['The Standing Committee of the National People’s Congress (NPC) met, and NPC deputies attended.', [['Standing Committee of the National People’s Congress', 'congress', '全国'], ['NPC', 'congress', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English credits and titles in apposition', () => {
  it.each([
    // A credit line listing names with spaces alone; a credit before a title gives both roles.
    ['Author: Jing Tianxu Zhang Shu Guo Minghua\n\nThe session closed. Photo by reporter Jing Tianxu and Zhang Shu', [
      ['Jing Tianxu', ['author', 'photographer', 'reporter'], null, false],
      ['Zhang Shu', ['author', 'photographer', 'reporter'], null, false],
      ['Guo Minghua', ['author'], null, false],
    ]],
    // A word describing the holder before the title; titles written in full.
    ['Lin Yi, a new member of the CPPCC National Committee, spoke.', [['Lin Yi', ['member'], 'CPPCC National Committee', true]]],
    ["Zhao Hui, executive vice chairwoman of the All-China Women's Federation, spoke.", [['Zhao Hui', ['executive vice chairwoman'], "All-China Women's Federation", false]]],
    // A level word before a title in apposition is not part of it.
    ['In Hunan Province, Chen Min, the provincial Party secretary, attended the meeting.', [['Chen Min', ['party secretary'], null, false]]],
    // A political advisor is of the page's one CPPCC committee.
    ['The CPPCC Shanghai Committee opened its session. Xu Lin, a political advisor, said the plan would help.', [['Xu Lin', ['political advisor'], 'CPPCC Shanghai Committee', true]]],
    // "as a TITLE" after a personal pronoun in a later sentence: the title of the name before.
    ['Zhou Hanmin, Deputy Bureau Chief of the Expo, spoke. Q4: Mr. Zhou, this is the last year for you as a political advisor. Could you tell us more?', [['Zhou Hanmin', ['deputy bureau chief', 'political advisor'], null, true]]],
    ['Li Na, a teacher, spoke. She sees the school as a home.', [['Li Na', [], null, false]]],
    // Not a title: a description in apposition.
    ['Wu Jing, a young entrepreneur from Hangzhou, spoke.', [['Wu Jing', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

// english4: titles after a level word ("national political advisor"), a political advisor's committee beside a title
// of another body, a group named in the sentence after its plural title, a deputy "to" a congress, an apposition
// without its closing comma, a time after the election verb, three-word Cantonese names, a region after "the CPPCC
// provincial committee of", ages and short quoted slogans among figures.
describe('English titles: level words, groups named after their title, deputies to a congress', () => {
  it.each([
    // "national" names the level (the body part), not the title; "another" describes the holder.
    ['The 106 members of the Chinese People\'s Political Consultative Conference from Shanghai arrived. National political advisor Wang Xiaofan, who is also president of the Shanghai Institute of Technology, spoke. Ding Zuohong, another national political advisor and chairman of Yuexing Group, spoke.', [
      ['Wang Xiaofan', ['political advisor', 'president'], "Chinese People's Political Consultative Conference", true],
      ['Ding Zuohong', ['political advisor', 'chairman'], "Chinese People's Political Consultative Conference", true],
    ]],
    // The plural title of the sentence before, given by an election verb, belongs to each name after "They are".
    ['BEIJING -- A total of 5 people were elected vice-chairpersons of the 14th CPPCC National Committee on Friday.\nThey are Shi Taifeng, Hu Chunhua, Bater and Yang Zhen.\nWang Dongfeng was elected secretary-general.', [
      ['Shi Taifeng', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Hu Chunhua', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Bater', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Yang Zhen', ['vice-chairperson'], 'CPPCC National Committee', true],
      ['Wang Dongfeng', ['secretary-general'], 'CPPCC National Committee', true],
    ]],
    // …but not where the sentence before gives no plural title.
    ['The CPPCC National Committee held a meeting on Friday. They are Shi Taifeng and Hu Chunhua.', [
      ['Shi Taifeng', [], null, false],
      ['Hu Chunhua', [], null, false],
    ]],
    // A deputy "to" a congress (not a CPPCC member); an apposition whose closing comma is missing; a note in brackets.
    ["Yu Beihua, Secretary of the CPC SIG Committee was elected a deputy to the 15th Shanghai Municipal People's Congress; Fu Fan, President of SIG was elected a member (economic circles) of the 13th CPPCC Shanghai Municipal Committee.", [
      // org: the body of the first title, the group's party committee (en dev 290 gold).
      ['Yu Beihua', ['secretary', 'deputy'], 'CPC SIG Committee', false],
      ['Fu Fan', ['president', 'member'], 'CPPCC Shanghai Municipal Committee', true],
    ]],
    // A time between the election verb and the title; the region written after "the CPPCC provincial committee of".
    ['Xu Guanju is from Zhejiang province. Xu, the president of a chemical firm, was elected in January vice-chairman of the CPPCC provincial committee of Zhejiang.', [
      ['Xu Guanju', ['president', 'vice-chairman'], 'CPPCC provincial committee of Zhejiang', true],
    ]],
    // A Cantonese name in three words, also in a title-case headline where the page writes it in full elsewhere.
    ['Board Chairman Hui Ka Yan Attended Press Conference\n\nMembers of the CPPCC National Committee Chen Xiwen and Hui Ka Yan answered questions.', [
      ['Hui Ka Yan', ['board chairman', 'member'], 'CPPCC National Committee', true],
      ['Chen Xiwen', ['member'], 'CPPCC National Committee', true],
    ]],
    // Not a third word of the name: a place, a longer capitalised name after it.
    ['Li Bin Hong Kong office opened. Wang Yang Tuesday Group met.', [['Li Bin', [], null, false], ['Wang Yang', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English figures: ages count years, short quoted slogans count nothing', () => {
  it.each([
    ['As her village secretary, the 60-year-old Yang lives in the countryside.', [['60-year-old', 60, 'year', null]]],
    // An age counts years, as 岁 in the Chinese gold and the English gold (244, 265): these were left out before.
    ['Yu Zhengsheng, 67, was elected chairman.', [['67', 67, 'year', null]]],
    ['Zhang, 58, spoke.', [['58', 58, 'year', null]]],
    ['The 58-year-old member spoke.', [['58-year-old', 58, 'year', null]]],
    ['Jinan will focus on “building four centers and constructing modern spring city” and held 12 meetings.', [['12 meetings', 12, 'meeting', null]]],
    // Not an age: a number between commas after a lower-case word; the two peoples (a set phrase).
    ['The items are listed in order, 12, 13 and 14 are new. Mutual trust between the two peoples is waning.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English titles of companies, secretaries of a municipal committee, predicates after a title before a name', () => {
  it.each([
    // A title written of a company is not the page's one CPPCC committee's, nor is the same title written bare later.
    ['Sun Mingnan, chairman of the board of directors of Pengsheng Enterprise, was elected a delegate to the 15th People\'s Congress of Dalian. Vice General Manager Sun Wei was invited by the CPPCC Ganjingzi District. Chairman Sun Mingnan submitted three proposals.', [
      ['Sun Mingnan', ['chairman', 'delegate'], "People's Congress of Dalian", false],
      ['Sun Wei', ['vice general manager'], null, false],
    ]],
    ['Ge Huijun, Chairman of the CPPCC Zhejiang Provincial Committee, came to the company. Wang Yinan, Chairman of Zhongyi Machinery, briefed him.', [
      ['Ge Huijun', ['chairman'], 'CPPCC Zhejiang Provincial Committee', true],
      // the firm as written (README, Enterprises; en dev 301's gold since round 20): test/unit/english-org-named-firm.test.ts
      ['Wang Yinan', ['chairman'], 'Zhongyi Machinery', false],
    ]],
    // …but a bare title of the page's committee is still its (no complement, a lower-case one, a possessive).
    ['The CPPCC Shanghai Committee met. Dong Yunhu, chairman of the committee said on Wednesday that it worked. Chairman Dong spoke.', [
      ['Dong Yunhu', ['chairman'], 'CPPCC Shanghai Committee', true],
    ]],
    // A company title, lower-case words, then a second title (chairman of the X Group agricultural enterprise and a member of …).
    ["Liu Yonghao is chairman of the New Hope Group agricultural enterprise and a member of China's top political advisory body, the Chinese People's Political Consultative Conference (CPPCC) National Committee.", [
      ['Liu Yonghao', ['chairman', 'member'], "Chinese People's Political Consultative Conference (CPPCC) National Committee", true],
    ]],
    // A predicate after a title before the name, and after a company's abbreviated words.
    ["Executive Deputy General Manager Ren Hongguang was elected as the delegate of the 17th People's Congress of Ganjingzi District. Zhou Lei, Chairman of the Board of Directors of Shanghai State-owned Assets Operation Co., Ltd. was elected a deputy to the 15th Shanghai Municipal People's Congress.", [
      ['Ren Hongguang', ['executive deputy general manager', 'delegate'], "People's Congress of Ganjingzi District", false],
      ['Zhou Lei', ['chairman', 'deputy'], "Shanghai Municipal People's Congress", false],
    ]],
    // The secretary of a municipal committee of no owner is the party's; a committee of the CPPCC stays the CPPCC's.
    ['Xu Jianlie, Secretary of the Shengzhou Municipal Committee, and Li Ming, secretary-general of the Shaoxing Municipal Committee of the CPPCC, attended.', [
      ['Xu Jianlie', ['secretary'], 'Shengzhou Municipal Committee', false],
      ['Li Ming', ['secretary-general'], 'Shaoxing Municipal Committee of the CPPCC', true],
    ]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })

  it.each([
    ['Xu Jianlie, Secretary of the Shengzhou Municipal Committee, attended.', [['Shengzhou Municipal Committee', 'party', '嵊州市']]],
    // No secretary before it: a committee of no owner is no body.
    ['The Shengzhou Municipal Committee met.', []],
    // A plural head of a relative list in the singular (people's congresses: people's congress), of its own kind.
    ["Sun Mingnan was elected to the Dalian Municipal People's Congress. The municipal and district people's congresses met.", [["Dalian Municipal People's Congress", 'congress', '大连市']]],
    ["The Chinese People's Liberation Army sent deputies.", [["Chinese People's Liberation Army", 'military', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English figures: ages after their noun, two sides, ethnic groups', () => {
  it.each([
    ['The average age of members is nearly 56.', [['nearly 56', 56, 'year', 'less']]],
    ['He was aged 67 when he retired.', [['67', 67, 'year', null]]],
    // Not an age: a count after "age" that is not the age's value.
    ['The members of this age group submitted 56 proposals.', [['56 proposals', 56, 'proposal', null]]],
    ['All 56 ethnic groups are represented. The two sides agreed.', [['56 ethnic groups', 56, 'ethnic group', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English figures: vague round numbers (dozens of, hundreds of, tens of thousands of), as 数十, 数百, 数万', () => {
  it.each([
    ['Dozens of political advisors attended.', [['Dozens of political advisors', 12, 'political advisor', 'about']]],
    ['Hundreds of members and tens of thousands of residents joined.', [['Hundreds of members', 100, 'member', 'about'], ['tens of thousands of residents', 10000, 'resident', 'about']]],
    ['It drew hundreds of thousands of visitors.', [['hundreds of thousands of visitors', 100000, 'visitor', 'about']]],
    // Not vague counts: the word without "of", a hyphened compound.
    ['The proposals came by the hundreds. A thousands-strong crowd met.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English figures: ages with years and 以上 after them, coordinated vague numbers, denominators, money no count', () => {
  it.each([
    // An age after its noun or verb takes "years (old)" and an approximation after it (以上: more).
    ['The average age of the members is 52.6 years.', [['52.6 years', 52.6, 'year', null]]],
    ['People aged 60 and above numbered 310 million people.', [['60 and above', 60, 'year', 'more'], ['310 million people', 310000000, 'person', null]]],
    ['Those aged 65 or older were invited.', [['65 or older', 65, 'year', 'more']]],
    ["China's political advisory body turns 75.", [['75', 75, 'year', null]]],
    // Not an age: a count after "turns".
    ['The CPPCC turns 75 proposals into policies.', [['75 proposals', 75, 'proposal', null]]],
    // Vague round numbers coordinated before the one with "of" take its noun.
    ['A vote is worth tens of thousands, millions, or even tens of millions of yuan.', [['tens of thousands', 10000, '元', 'about'], ['millions', 1000000, '元', 'about'], ['tens of millions of yuan', 10000000, '元', 'about']]],
    ['Hundreds or thousands of residents came.', [['Hundreds', 100, 'resident', 'about'], ['thousands of residents', 1000, 'resident', 'about']]],
    // Not vague counts: a round-number word without "of" and not coordinated before one with it.
    ['Thousands came, and millions watched.', []],
    // A range written without a space after "to" (30 to100 million) is one figure.
    ['The price rose to 30 to100 million yuan.', [['30 to100 million yuan', 30000000, '元', null]]],
    // "A total of" goes on counting the things counted before.
    ['Another 240,000 people were selected. A total of 2,140 were appointed.', [['240,000 people', 240000, 'person', null], ['2,140', 2140, 'person', null]]],
    // A denominator counts nothing: the ratio is a share (one in five needs care: 0.2, en dev 701); a number after "in" that is no denominator still counts.
    ['Among the elderly, one in five needs care.', [['one in five', 0.2, null, null]]],
    ['Results in 12 provinces were good.', [['12 provinces', 12, 'province', null]]],
    ['The report made arrangements for its work in 2020 in six aspects.', [['six aspects', 6, 'aspect', null]]],
    // Money is no count a later bare number goes on with; things counted are.
    ['Its GDP reached 1.2 trillion yuan. About 3 million live in rural areas.', [['1.2 trillion yuan', 1200000000000, '元', null], ['About 3 million', 3000000, null, 'about']]],
    ['The county lifted 13.9 million people out of poverty. In 2019, about 10 million found work.', [['13.9 million people', 13900000, 'person', null], ['about 10 million', 10000000, 'person', 'about']]],
    // …but "of which" right after money in its sentence counts that money.
    ['The fund raised 500 million yuan, 300 million of which came from firms.', [['500 million yuan', 500000000, '元', null], ['300 million', 300000000, '元', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe("English bodies: a regional congress's Standing Committee, no CPPCC of Hong Kong, the national CPPCC named first alone", () => {
  it.each([
    // The Standing Committee of a region's people's congress is the body (人大常委会); the congress only inside its name is not another.
    ["Li Wei, chairman of the Standing Committee of the Guizhou Provincial People's Congress, attended.", [["Standing Committee of the Guizhou Provincial People's Congress", 'congress', '贵州省']]],
    // …the congress written on its own as well is a body of its own.
    ["The Guizhou Provincial People's Congress opened. The Standing Committee of the Guizhou Provincial People's Congress reported.", [["Guizhou Provincial People's Congress", 'congress', '贵州省'], ["Standing Committee of the Guizhou Provincial People's Congress", 'congress', '贵州省']]],
    // Not a Standing Committee body: a CPPCC committee's (its 常委 belong to the committee).
    ['Zhao Le is a member of the Standing Committee of the CPPCC Guizhou Provincial Committee.', [['CPPCC Guizhou Provincial Committee', 'cppcc', '贵州省']]],
    // Hong Kong and Macao have no CPPCC committee: "Hong Kong CPPCC members" sit on others.
    ['The Hong Kong and the Macao SAR CPPCC members met the CPPCC National Committee.', [['CPPCC National Committee', 'cppcc', '全国']]],
    ['Hong Kong CPPCC members Wu Hanzhong and Qinghai CPPCC members donated.', [['Qinghai CPPCC', 'cppcc', '青海省']]],
    // The Chinese People's Political Consultative Conference alone, on a page whose only committee is the national one, is that
    // committee, named as first written; beside a local committee it is none.
    ["The Chinese People's Political Consultative Conference opened. Wang Yang, chairman of the CPPCC National Committee, spoke.", [["Chinese People's Political Consultative Conference", 'cppcc', '全国']]],
    ["The Chinese People's Political Consultative Conference is a body. The CPPCC Yangquan Municipal Committee met.", [['CPPCC Yangquan Municipal Committee', 'cppcc', '阳泉市']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
  it.each([
    ["Li Wei, chairman of the Standing Committee of the Guizhou Provincial People's Congress, attended.", [['Li Wei', ['chairman'], "Standing Committee of the Guizhou Provincial People's Congress", false]]],
    ["Zhao Ming, a deputy to the Guizhou Provincial People's Congress, and Li Wei, chairman of the Standing Committee of the Guizhou Provincial People's Congress, attended.", [['Zhao Ming', ['deputy'], "Guizhou Provincial People's Congress", false], ['Li Wei', ['chairman'], "Standing Committee of the Guizhou Provincial People's Congress", false]]],
    ["Yu Zhengsheng, the Chairman of the Chinese People's Political Consultative Conference (CPPCC), said a CPPCC National Committee membership is no commodity.", [['Yu Zhengsheng', ['chairman'], "Chinese People's Political Consultative Conference", true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English titles: two titles joined by "and" before a name, no title another subject is said to be', () => {
  it.each([
    ['Vice Chairman and Secretary-General Wang Lin of the CPPCC Hebei Provincial Committee spoke.', [['Wang Lin', ['vice chairman', 'secretary-general'], 'CPPCC Hebei Provincial Committee', true]]],
    ['China Construction Chairman and Board Director Guo Shuqing attended.', [['Guo Shuqing', ['chairman', 'board director'], null, false]]],
    // Not the name's: a title of someone else before "and" (the chairman and …), a plural, a name before "and".
    ['The chairman and Vice Chairman Li Ming met.', [['Li Ming', ['vice chairman'], null, false]]],
    ['CPPCC members and Chairman Li Ming met.', [['Li Ming', ['chairman'], null, false]]],
    ['Wang Yang and Chairman Li Ming met.', [['Wang Yang', [], null, false], ['Li Ming', ['chairman'], null, false]]],
    // A title after a copula is what its subject is, not the title of the name after the comma.
    ["More than 60 percent of the members of the body were non-Communist Party members, Lyu Xinhua, spokesman for the CPPCC National Committee, said.", [['Lyu Xinhua', ['spokesman'], 'CPPCC National Committee', false]]],
    ["Most advisers are members, Lyu Xinhua, spokesman for the CPPCC National Committee, said.", [['Lyu Xinhua', ['spokesman'], 'CPPCC National Committee', false]]],
    // …but a list after its title and a comma takes it, also after a passive (was presided over by the …).
    ['The meeting of the CPPCC Zhejiang Provincial Committee was presided over by the standing chairmen of the presidium, Ge Huijun and Sun Jingmiao.', [['Ge Huijun', ['standing chairman'], 'CPPCC Zhejiang Provincial Committee', true], ['Sun Jingmiao', ['standing chairman'], 'CPPCC Zhejiang Provincial Committee', true]]],
    ['The vice-chairpersons, Wang Ming, Li Hua and Zhao Gang, attended the CPPCC National Committee meeting.', [['Wang Ming', ['vice-chairperson'], 'CPPCC National Committee', true], ['Li Hua', ['vice-chairperson'], 'CPPCC National Committee', true], ['Zhao Gang', ['vice-chairperson'], 'CPPCC National Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe("English bodies: a region's People's Political Consultative Conference; a title of a fund's board", () => {
  it.each([
    // A stem before "People's Political Consultative Conference" is a county or above (townships have no CPPCC committee).
    ['Members of the Luohu People’s Political Consultative Conference met. Wu Yuzhong, chairman of the CPPCC Luohu Committee, spoke.', [['Luohu People’s Political Consultative Conference', 'cppcc', '罗湖区']]],
    ["The Shenzhen Municipal People's Political Consultative Conference met.", [["Shenzhen Municipal People's Political Consultative Conference", 'cppcc', '深圳市']]],
    // Not a region's: the national name.
    ["The Chinese People's Political Consultative Conference met.", [["Chinese People's Political Consultative Conference", 'cppcc', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
  it.each([
    ['Members of the Luohu People’s Political Consultative Conference founded a fund. Wu Yuzhong, chairman of the CPPCC Luohu Committee, said so. Wang Wenhui, a member of the fund’s executive board, agreed.', [
      ['Wu Yuzhong', ['chairman'], 'Luohu People’s Political Consultative Conference', true],
      ['Wang Wenhui', ['member'], null, false],
    ]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English predicates with "to be" and an ordinal, the Standing Committee of the NPC', () => {
  it.each([
    ['Vice General Manager Sun Wei was honored to be invited as the eighth member of the CPPCC Ganjingzi District.', [
      ['Sun Wei', ['vice general manager', 'member'], 'CPPCC Ganjingzi District', true],
    ]],
    ['Li Bin was elected the first vice-chairman of the CPPCC Hebei Provincial Committee.', [
      ['Li Bin', ['vice-chairman'], 'CPPCC Hebei Provincial Committee', true],
    ]],
    // Not a title after the ordinal: no role.
    ['Li Bin was the first to arrive at the CPPCC Hebei Provincial Committee.', [['Li Bin', [], null, false]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
  it.each([
    ['The Standing Committee of the NPC adopted the law.', [['Standing Committee of the NPC', 'congress', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English titles of a company named by its noun or after the name', () => {
  const page = 'The CPPCC Jiangsu Provincial Committee opened its session. '
  it.each([
    [`${page}Li Ming, chairman of the company, said.`, [['Li Ming', ['chairman'], null, false]]],
    [`${page}Chairman Li Ming of Sunning Group said.`, [['Li Ming', ['chairman'], null, false]]],
    // The page's committee still: a bare title, a title "of the committee", a title before a name and "with" another name.
    [`${page}Chairman Li Ming said.`, [['Li Ming', ['chairman'], 'CPPCC Jiangsu Provincial Committee', true]]],
    [`${page}Li Ming, chairman of the committee, said.`, [['Li Ming', ['chairman'], 'CPPCC Jiangsu Provincial Committee', true]]],
    [`${page}Chairman Li Ming with Wang Bo spoke.`, [['Li Ming', ['chairman'], 'CPPCC Jiangsu Provincial Committee', true], ['Wang Bo', [], null, false]]],
    // A lower-case title after a company's capitalised name: the firm as written is the org (README, Enterprises; round 29,
    // en 662 and 357); not after a place of two words.
    [`${page}Sunning Group chairman Li Ming said.`, [['Li Ming', ['chairman'], 'Sunning Group', false]]],
    [`${page}The Inner Mongolia chairman Li Ming said.`, [['Li Ming', ['chairman'], 'CPPCC Jiangsu Provincial Committee', true]]],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
})

describe('English figures: counts that go on with "of them" after a vague plural, "others" and a number word as subject', () => {
  it.each([
    // "dozens of them": the vague plural holds its "of"; it counts what was counted before.
    ['Members submitted 300 proposals, and dozens of them were adopted.', [['300 proposals', 300, 'proposal', null], ['dozens of', 12, 'proposal', 'about']]],
    // "fifteen others", "5 others": the things counted before.
    ['Twenty-three members spoke, and fifteen others sent written remarks.', [['Twenty-three members', 23, 'member', null], ['fifteen others', 15, 'member', null]]],
    ['The team visited 12 counties and 5 others.', [['12 counties', 12, 'county', null], ['5 others', 5, 'county', null]]],
    // A number word as the subject of a verb after a count in its sentence.
    ['Sixteen proposals were submitted, and thirty-two were filed.', [['Sixteen proposals', 16, 'proposal', null], ['thirty-two', 32, 'proposal', null]]],
    // "fellow" describes, it does not name, what is counted.
    ['He called on his more than 2,000 fellow advisors to contribute.', [['more than 2,000 fellow advisors', 2000, 'advisor', 'more']]],
    // Not counts: "others" and "of them" with nothing counted before; a number word after a share; "one".
    ['Fifteen others joined later.', []],
    ['Dozens of them came.', []],
    ['It got 45 percent, and two were left.', [['45 percent', 45, '%', null]]],
    ['The 12 members met, and one was absent.', [['12 members', 12, 'member', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
})

describe('English names and titles: one-word names, a second title after a bracketed acronym, a possessive apposition', () => {
  const NC = "National Committee of the Chinese People's Political Consultative Conference"
  it.each([
    // One word opening a sentence, with a title in the singular after a comma.
    [`Bater, vice-chairman of the ${NC} and head of the China-Cuba Friendship Association, met the guests.`, [['Bater', ['vice-chairman', 'head'], NC, true]]],
    // A second title after the body's acronym in brackets.
    [`Mu Hong, vice-chairman of the ${NC} (CPPCC) and head of the China-Africa Friendship Group of the CPPCC National Committee, led the delegation.`, [['Mu Hong', ['vice-chairman', 'head'], NC, true]]],
    // "the province's governor": a title after a possessive.
    ["Chen Min, Party chief of Guizhou province, and Li Bing, the province's governor, met the members.", [['Chen Min', ['party chief'], null, false], ['Li Bing', ['governor'], null, false]]],
    // No one-word names: a word before a plural title, a surname alone, a word after an article.
    ['The meeting ended. However, members of the committee stayed.', []],
    ['Wang, vice-chairman of the committee, spoke.', []],
    ['Meanwhile, the chairman of the committee spoke.', []],
  ])('%s', (text, want) => {
    expect(persons(text)).toEqual(want)
  })
  it.each([
    // Associations are mass organisations; a pair of countries may open a national name.
    ['He heads the China-Cuba Friendship Association.', [['China-Cuba Friendship Association', 'mass-organisation', '全国']]],
    ['He is head of the Shanghai Public Diplomacy Association.', [['Shanghai Public Diplomacy Association', 'mass-organisation', '上海市']]],
    ['Doctors of the China-Japan Friendship Hospital came.', [['China-Japan Friendship Hospital', 'other', '全国']]],
  ])('%s', (text, want) => {
    expect(committees(text)).toEqual(want)
  })
})

describe('English places and dates: a listed name before a feature word, months of this year and last year', () => {
  const places = (t: string) => analyzer.analyze(t).places.map((p) => p.name)
  const dates = (t: string) => analyzer.analyze(t).dates.map((d) => [d.text, d.iso])
  it('a listed name before Strait or Bay names the feature; alone it is the place', () => {
    expect(places('Scholars from both sides of the Taiwan Strait and Hong Kong met in Luoyang.')).toEqual(['香港特别行政区', '洛阳市'])
    expect(places('Taiwan compatriots visited Fujian.')).toEqual(['台湾省', '福建省'])
  })
  it('a month of "this year" or "last year" takes the year of the article (今年2月); without one it is --MM (round 22c, dev-pages README)', () => {
    const page = 'Title\n\nBEIJING, March 4, 2023 -- By the end of February this year, 99.8 percent had been handled. In March last year, it met. In May, it met.'
    expect(dates(page)).toEqual([['March 4, 2023', '2023-03-04'], ['February this year', '2023-02'], ['March last year', '2022-03']])
    expect(dates('By the end of February this year, 99 percent had been handled.')).toEqual([['February this year', '--02']])
  })
})

describe('English figures and titles: a prefix hyphened to the counted noun, compound titles', () => {
  it.each([
    // "non-communist": the prefix stays in the unit (as 264 and 316).
    ['It is one of China’s eight non-communist parties.', [['eight non-communist parties', 8, 'non-communist party', null]]],
    ['It has 3 multi-party bodies.', [['3 multi-party bodies', 3, 'multi-party body', null]]],
    // An adverb hyphened to an adjective describes what is counted; it is not in the unit.
    // "a" or "half a" before a magnitude word is its number (一百名, 十二件), times a magnitude after it.
    ['A dozen proposals were filed, and a hundred members attended.', [['A dozen proposals', 12, 'proposal', null], ['a hundred members', 100, 'member', null]]],
    ['Half a million people watched, and a million yuan was raised.', [['Half a million people', 500000, 'person', null], ['a million yuan', 1000000, '元', null]]],
    ['A hundred thousand people came.', [['A hundred thousand people', 100000, 'person', null]]],
    ['More than half a million people watched.', [['More than half a million people', 500000, 'person', 'more']]],
    // Not: "a" before a word that is no magnitude, a magnitude hyphened to a noun.
    ['He is a member of a thousand-year-old clan.', []],
    ['It has 40 well-known experts.', [['40 well-known experts', 40, 'expert', null]]],
    ['It built 2 newly-built schools.', [['2 newly-built schools', 2, 'school', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want)
  })
  it('a deputy managing director is one title, with its modifier', () => {
    expect(persons('Zhu Min, former deputy managing director of the International Monetary Fund, said.')).toEqual([['Zhu Min', ['former deputy managing director'], null, false]])
  })
})
