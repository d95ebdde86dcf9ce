import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name).sort()

// Expected values written by hand from GUIDE.md before the run.
describe('one reading per name: a titled name read again one character longer or shorter', () => {
  it.each<[string, string[]]>([
    // The name cut before a word its last character begins (发作).
    ['县工商联党组书记方茂发，有关乡镇党委参加。会上，县基层委作发言，方茂发作补充发言。', ['方茂发']],
    // A known name run over the next character.
    ['委员王明发言。王明天就去调研。', ['王明']],
    ['委员张华说，要加强保护。张华山就在这里。', ['张华']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: two persons, each with a title, stay two.
    ['市政协委员张华、市政协委员张华山出席。', ['张华', '张华山']],
    ['委员王明发言。常委王明天作报告。', ['王明', '王明天']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})

describe('a given name ending in a verb or function character: where the name ends', () => {
  it.each<[string, string[]]>([
    // 作/发 begin what the person gives at the meeting (data/person-cues-after.txt).
    ['文体界委员李悦作表态发言，斋堂镇党委书记晋卫华出席。', ['晋卫华', '李悦']],
    ['推广中心主任叶虹作“推进文旅一体化发展”的发言。', ['叶虹']],
    ['县工商联党组书记方茂发作补充发言。', ['方茂发']],
    // A titled name before a clause mark ends in the verb the segmenter left alone (廖兴/x 无/v ，).
    ['县政协副主席廖兴无，县政协副主席朱兵出席。', ['廖兴无', '朱兵']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: a verb of speech or a credit verb after the titled name is no part of it.
    ['市政协主席李明说，要加强协商。', ['李明']],
    ['（记者李明摄）', ['李明']],
    // …and a two-character name with 作 written as a verb after it.
    ['委员王芳作报告。', ['王芳']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})

describe('a surname the segmenter took for an adverb (曾/d)', () => {
  it.each<[string, string[]]>([
    ['商会介绍了轮值情况。曾建新会长说：“商会要上传下达。”', ['曾建新']],
    ['山西省广东商会会长曾建新、副会长李明出席。', ['曾建新', '李明']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: 曾 meaning "once" before a verb, an adverb or a verb of appointment.
    ['他曾先后担任会长。', []],
    ['市政协主席曾多次强调，要加强协商。', []],
    ['县政协主任曾明确要求，要抓好落实。', []],
    ['会长曾建议，设立专项基金。', []],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})

describe('an ordinary word as a given name between a title and a verb of speech', () => {
  it.each<[string, string[]]>([
    ['市政协委员文静表示，要加强生态保护。', ['文静']],
    ['委员高原说，要加强生态保护。', ['高原']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: no surname first (热情), or no verb of speech after (高度评价 is an adverb and a verb).
    ['主任热情介绍了情况。', []],
    ['副主席高度评价了这项工作。', []],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})

describe('a person named in the name of a site (GUIDE.md: every named person)', () => {
  it.each<[string, string[]]>([
    ['考察组一行首先参观了蔡伦墓祠，在龙亭镇柳山村听取汇报。', ['蔡伦']],
    ['委员们参观张骞纪念馆。', ['张骞']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
  it.each<[string, string[]]>([
    // Negatives: a site named after no person.
    ['委员们参观了革命纪念馆。', []],
    ['来到英雄故里，重温入党誓词。', []],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})

describe('names set apart by spaces after a colon', () => {
  it.each<[string, string[]]>([
    ['（中评社报道组:张爽 张心怡 林艳 徐梦溪 后援:阎晓阳）', ['张心怡', '张爽', '徐梦溪', '林艳', '阎晓阳']],
    // Negatives: an ordinary word after a space is no name for its neighbour.
    ['市政协主席王明 常年坚持调研。', ['王明']],
    ['记者 王明 高原上的调研', ['王明']],
  ])('%s', (text, want) => expect(names(text)).toEqual(want))
})
