import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth; sentences varied from real pages of regional 政协 (names changed where the page was a fixture).
describe('persons: a list item whose surname the segmenter read as a preposition or conjunction', () => {
  it.each([
    // 、和/c 雪涛/x: a conjunction does not follow 、, so 和 is the surname (a Naxi one).
    ['大会执行主席苗有发、陈俊明、潘雪瑛、和雪涛在主席台前排就座。', ['苗有发', '陈俊明', '潘雪瑛', '和雪涛']],
    ['市政协副主席王明、于建华、向红梅、和雪涛出席会议。', ['王明', '于建华', '向红梅', '和雪涛']],
    // Surnames of modern regional use (data/surnames.txt): 自 of Yunnan, 沐.
    ['大会执行主席李劲松、柳洪、自福庄、沐华斌、李庆华在主席台前排就座。', ['李劲松', '柳洪', '自福庄', '沐华斌', '李庆华']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // One word after 、 (和谐, 向心力) or an ordinary noun after the function word (和/c 文化/n) is no name.
    ['推动政治、经济、和文化建设。'],
    ['坚持改革、和平、发展的方针。'],
    ['增强凝聚力、向心力,要讲团结、和衷共济。'],
    ['加强沟通、与时俱进、和谐共处,提升服务、向基层倾斜。'],
    ['践行宗旨、同心同德、和而不同,自2020年以来、自觉接受监督。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('persons: a titled name whose third character the segmenter left alone before a verb of presence', () => {
  it.each([
    ['会议由市政协副秘书长程道会主持。', '程道会'],
    ['管委会专职副主任李国才参加座谈会。', '李国才'],
    // …behind an adverb (分别).
    ['市人民检察院副检察长余深画分别带队来到市场。', '余深画'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    // A verb of motion or doing between the name and the verb of presence is the sentence's (data/function-words.tsv).
    ['主任李明去参加了活动。', '李明'],
    ['副主席王立作讲话。', '王立'],
    // An adverb names do not use (未) and a function word (并, 也) are the sentence's too.
    ['副主席李明未参加。', '李明'],
    ['副主席张伟并出席会议。', '张伟'],
    ['副主席张伟也出席会议。', '张伟'],
  ])('%s: %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('persons: a list item among ordinary words is no name', () => {
  it.each([
    ['为孩子们的健康成长营造了安全、温馨、舒适的环境。'],
    ['会同关工委、教育、财政、卫健等部门,围绕青少年开展调研。'],
    ['窗外飞速掠过的绿树、田畴、桥梁,显得很兴奋。'],
    ['示范点分布在城区“三办”、龙凤、三岔、白果等乡镇。'],
    ['调研组先后来到梅花鸡产业基地、乌天麻种植产业园、文旅项目现场。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it.each([
    // Names among names, or after a title, stay names.
    ['市政协副主席王强、李明、张伟出席会议。', ['王强', '李明', '张伟']],
    ['参加调研的有委员张伟、高峰、金山、李明。', ['张伟', '高峰', '金山', '李明']],
    ['出席会议的有市委书记张华、市长王平。', ['张华', '王平']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('persons: a verb of presence after a titled name', () => {
  it.each([
    ['工委副书记、管委会副主任韩昉陪同。', '韩昉'],
    ['县政协副主席相卫国参加调研。', '相卫国'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    ['全体常委出席会议,机关干部列席会议。'],
    ['各民主党派负责人、无党派人士代表陪同。'],
    ['高新技术企业负责人参加座谈。'],
    ['金融机构代表出席,石油企业代表列席。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('persons: what members bring, written after their title, is no name', () => {
  it.each([
    ['以更好地汇聚委员智慧、提高调研实效。'],
    ['此次座谈会就是委员智慧的一次集中碰撞。'],
    ['充分发挥委员才智,凝聚委员力量。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it.each([
    // The word as a given name after a surname is a name.
    ['政协委员王智慧说,要加强调研。', '王智慧'],
    ['市政协委员高峰说,要加强调研。', '高峰'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})
