import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth; sentences varied from real pages of regional 政协 (names changed where the page was a fixture).
describe('persons: names whose Chinese parts a middle dot joins', () => {
  it.each([
    // After a title, before a verb of presence: the last part runs on to the verb (·克里木拜|主持).
    ['自治区政协主席艾斯海提·克里木拜主持会议。', ['艾斯海提·克里木拜']],
    // The first part begins after the title, not where its characters stop looking transliterated (铁力|瓦尔迪).
    ['自治区副主席铁力瓦尔迪·阿不都热西提到会听取发言。', ['铁力瓦尔迪·阿不都热西提']],
    // A list of dotted names after one title, a comma inside it.
    ['自治区政协副主席热孜万·艾拜、阿尤甫·铁衣甫、巨艾提·伊明,阿不都力提甫·阿不都热依木出席会议。', ['热孜万·艾拜', '阿尤甫·铁衣甫', '巨艾提·伊明', '阿不都力提甫·阿不都热依木']],
    ['自治区妇联副主席库来惜·阿不都拉,政协工委副主任艾合买提·热扎克在会上发言。', ['库来惜·阿不都拉', '艾合买提·热扎克']],
    // Tibetan names, and one before a function word (·格列朗杰|的委托).
    ['受自治区政协主席帕巴拉·格列朗杰的委托,副主席策墨林·单增赤列、阿沛·阿旺晋美主持会议。', ['帕巴拉·格列朗杰', '策墨林·单增赤列']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // Titles of campaigns, columns and places written with a dot are no names.
    ['开展书香政协·悦读江城活动,建设烈士·名人园。', '·'],
    ['举办有事来协商·共襄齐乐事议事会,走进中国·杭州。', '·'],
  ])('no dotted name in %s', (text, dot) => {
    expect(names(text).filter((n) => n.includes(dot))).toEqual([])
  })
})

describe('persons: a name in a credit in brackets whatever its characters', () => {
  it.each([
    ['秘书长巴代出席会议。(记者 帕热扎提)', '帕热扎提'],
    ['本网拉萨3月2日讯(记者 晓光)2日,会议召开。', '晓光'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('takes no bracketed note without a credit for a name', () => {
    expect(names('会议审议通过了工作报告。(图片新闻)\n')).not.toContain('图片新闻')
  })
})

describe('persons: Mongolian names', () => {
  it.each([
    ['旗人大常委会主任佟格日乐、政协主席辛耀雄出席会议。', '佟格日乐'],
    ['本次大会的执行主席是:辛耀雄、敖登其其格、李贤。', '敖登其其格'],
    ['旗委常委、统战部长乌云其木格出席会议。', '乌云其木格'],
    ['通讯员 阿依努尔 摄', '阿依努尔'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('reads no name in ordinary words made of name parts', () => {
    expect(names('天空乌云密布,乌云托起太阳。')).toEqual([])
  })
})

describe('persons: a name the segmenter glued to the function character after it', () => {
  it.each([
    ['以市政协副主席李秉记、何平为第三视察分团团长的视察组', '何平', '何平为'],
    ['市长王发昌、市政协副主席姜仲等领导陪同视察。', '姜仲', '姜仲等'],
    ['指导组成员刘强、白金光、刘洋到会指导。', '刘洋', '刘洋到'],
  ])('%s', (text, name, wrong) => {
    const found = names(text)
    expect(found).toContain(name)
    expect(found).not.toContain(wrong)
  })

  it.each([
    // The character is the name's where a mark, a title or a verb follows it.
    ['副主席张大为,委员李华出席。', '张大为'],
  ])('keeps %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

describe("persons: a name's third character the segmenter left alone before a mark or a title", () => {
  it.each([
    ['七届州政协主席吴才运,九届州政协主席邓锦洲出席。', '吴才运', '吴才'],
    ['协商交流会上,杨仁法、柳永胜、江家城先后发言。', '柳永胜', '柳永'],
    ['产业园管委会主任徐保月陪同调研。', '徐保月', '徐保'],
  ])('%s', (text, name, cut) => {
    const found = names(text)
    expect(found).toContain(name)
    expect(found).not.toContain(cut)
  })

  it.each([
    // A verb of speech or credit, a place's last character, a poem's line, a name the segmenter knows before its work.
    ['主任张明说,委员们赞同。', '张明说'],
    ['单位和省级风景名胜区玉龙湖,对两镇的发展', '玉龙湖'],
    ['先后来到手外科医院、牛营街、幸福花开小区', '牛营街'],
    ['明徐渭诗：枝枝叶叶自成排', '徐渭诗'],
  ])('not in %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })
})

describe('persons: ordinary words of three characters that read as names', () => {
  it.each([
    ['构建高水平社会主义市场经济体制,高水平推进重点项目。', '高水平'],
    ['增强政协组织的凝聚力和向心力。', '向心力'],
  ])('%s', (text, word) => {
    expect(names(text)).not.toContain(word)
  })

  it('still reads names that begin with two characters of such words', () => {
    expect(names('委员文创新说,市长荣幸福出席。')).toEqual(expect.arrayContaining(['文创新', '荣幸福']))
  })
})

describe('persons: a name-like word before a kind of local place or institution is no person', () => {
  it.each([
    ['先后视察了下塘镇明华社区高标准农田。', '明华'],
    ['开养老服务中心、邵寨行政村、流沙村。', '邵寨'],
    ['常委莫海涛创办的海桂中学进行实地调研。', '海桂'],
    ['参观核桃博物馆、金碧制药厂、咪依噜公司。', '金碧'],
  ])('%s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })

  it('keeps a titled name before such a word written apart from it', () => {
    expect(names('委员李明社区工作者出身,熟悉基层。')).toContain('李明')
  })
})

describe('persons: a surname the segmenter took for a preposition right after a title', () => {
  it('县政协副主席向崇华带领调研组', () => {
    expect(names('县政协副主席向崇华带领县政协农业农村委调研。')).toContain('向崇华')
  })

  it.each([
    ['主任向记者介绍了情况。'],
    ['主席向大家介绍,书记向全县人民拜年。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('persons: after a title a full name, not a bare surname and a second title', () => {
  it('秘书长夏中锋 is 夏中锋', () => {
    const found = names('市政协副主席朱莲芳,秘书长夏中锋,市政协办负责人参加。')
    expect(found).toContain('夏中锋')
    expect(found).not.toContain('夏')
  })

  it('keeps a bare surname and a title where no title is before it', () => {
    expect(names('王主任表示,工作要抓实。')).toContain('王')
  })
})

describe('persons: a third character the segmenter glued to the function character after it', () => {
  it('程书/x 航为/x is 程书航 为', () => {
    const found = names('以市政协副主席马智华、程书航为第四视察分团团长。')
    expect(found).toContain('程书航')
    expect(found).not.toContain('程书')
  })
})

describe('persons: no name right after an adverb of degree', () => {
  it.each([['政协委员王志文:非常荣幸当选新一届的政协委员。', '荣幸'], ['大家十分高兴。', '高兴']])('%s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })

  it('keeps a name after such an adverb and a verb', () => {
    expect(names('委员们非常关心王明委员说的话。')).toContain('王明')
  })
})
