import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const spans = (text: string) => analyzer.analyze(text).persons.flatMap((p) => p.mentions.map((m) => [p.name, m.start, m.end]))
const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-written sentences for classes of general news (none taken from the People's Daily set).
describe('words named after a person, the name written short (data/eponyms.tsv)', () => {
  it.each([
    ['中国队力争夺回汤杯。', '汤', 7, 8],
    ['她们在尤杯赛上发挥出色。', '尤', 3, 4],
  ])('%s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  it.each([['他喝了一碗汤。'], ['杯中的汤还热着。']])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('a surname before the 家 of a family', () => {
  it.each([
    ['张家的孩子考上了大学。', '张', 0, 1],
    ['他为刘家解决了困难。', '刘', 2, 3],
  ])('%s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  // A noun after it makes the two a place's name; nouns the segmenter knows (国家, 全家, 专家) are no family.
  it.each([['视察了闫河村李家大湾。'], ['国家和全家都好。'], ['他是一位专家。']])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('titles of foreign ministers', () => {
  // 财政部/nt 长安/ns 雷/n: the title 财政部长 ends inside the segmenter's place word.
  it('泰国财政部长安雷 → 安雷', () => {
    expect(spans('泰国财政部长安雷昨天表示，')).toContainEqual(['安雷', 6, 8])
  })

  it('财政部长期坚持改革: no title, no name', () => {
    expect(names('财政部长期坚持改革。')).toEqual([])
  })
})

describe('a name the segmenter knows whole before a one-character verb', () => {
  // 张骞/nr 乘/v: the verb is the predicate, not a third character of the name.
  it.each([
    ['张骞乘船出使西域。', '张骞', 0, 2],
  ])('%s → %s', (text, name, start, end) => {
    expect(spans(text)).toContainEqual([name, start, end])
  })

  // A name the segmenter did not know (汪明/x 新/a) still takes the character left after it.
  it('汪明新经常下乡 → 汪明新', () => {
    expect(names('汪明新经常下乡调研。')).toContain('汪明新')
  })
})

describe('transliterations that name no one (data/not-persons.txt)', () => {
  it.each([['阿尔法磁谱仪已送入太空。'], ['欧佩克今天决定减产。'], ['奥林匹克赛在雅典举行。']])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('a list that 等 closes before a kind of place', () => {
  // The items are places: 等 and a few characters (大、中) before a kind that ends the phrase.
  it.each([['暴雨袭击了萨拉曼卡、巴里洛切等大、中城市，'], ['暴雨袭击了萨拉曼卡、巴里洛切等城市。']])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  // 等人 says persons; a verb after 等 makes the items its subject; a kind that does not end the phrase (等国家领导人) is none.
  it.each([['马丁内斯、罗德里格斯等人出席了会议。'], ['马丁内斯、罗德里格斯等出席了会议。']])('persons in %s', (text) => {
    expect(names(text)).toEqual(['马丁内斯', '罗德里格斯'])
  })

  it('等国家领导人: the list is of persons', () => {
    expect(names('他会见了马丁内斯、罗德里格斯等国家领导人。')).toContain('罗德里格斯')
  })
})

describe('a Japanese family name alone', () => {
  // As likely as a Chinese name: a verb of speech behind a manner adverb makes it the speaker.
  it('桥本坦率地说 → 桥本', () => {
    expect(spans('桥本坦率地说，')).toContainEqual(['桥本', 0, 2])
  })

  it.each([['桥本内阁的政策难以奏效。'], ['他在桥本站下车。']])('no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
