import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => ({ name: p.name, roles: p.roles }))

// Hand-checked truth; sentences written for these tests in the form of court news. 判处 and 逮捕 before a name
// (data/person-cues.txt) and the sentence after it (有期徒刑, 无期徒刑, 死刑: data/person-cues-after.txt) say a person,
// as no title does: the name's own characters are ordinary words (建国, 平安, 长江, 海洋) or its surname is rare.
describe('persons: the person a court sentences or the police arrest', () => {
  it.each([
    ['法院以受贿罪判处左建国有期徒刑十二年。', '左建国'],
    ['法院以抢劫罪判处韦平安死刑。', '韦平安'],
    ['法院判处聂长江无期徒刑。', '聂长江'],
    ['法院以受贿罪判处牟海洋有期徒刑六年。', '牟海洋'],
    ['判处魏国强有期徒刑七年。', '魏国强'],
    ['依法判处高峰有期徒刑三年。', '高峰'],
    ['公安机关依法逮捕韦平安。', '韦平安'],
  ])('%s', (text, name) => {
    // A cue, not a title: the person holds no role.
    expect(persons(text)).toEqual([{ name, roles: [] }])
  })

  it.each([
    // No name between the verb and the sentence, or no verb before a name.
    ['法院判处有期徒刑三年，缓刑四年。'],
    ['依法判处罚金十万元。'],
    ['对其判处死刑，缓期二年执行。'],
    ['我国保留死刑，严格控制和慎重适用死刑。'],
    ['公安机关依法逮捕了三名犯罪嫌疑人。'],
    ['逮捕证已经签发。'],
    ['减为无期徒刑后又减为有期徒刑。'],
  ])('no person in %s', (text) => {
    expect(persons(text)).toEqual([])
  })
})
