import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A list of names whose title is written before the first name, then a comma and an office with no name of its own
// (区政协副主席A、B、C，区政协秘书长，相关处室负责同志参加): the office's holder is unnamed, the list keeps its title
// (gold of dev 680: 陈淑平, 刘秀才, 刘健 are 副主席).
describe('persons: an unnamed office after a titled list is not the list\'s', () => {
  it.each<[string, string, string[]]>([
    ['區政府副區長潘建軍，區政協副主席孫振華、陳淑平、劉秀才、劉健，區政協秘書長，相關處室主要負責同志參加視察。', '刘健', ['副主席']],
    ['區政府副區長潘建軍，區政協副主席孫振華、陳淑平、劉秀才、劉健，區政協秘書長，相關處室主要負責同志參加視察。', '陈淑平', ['副主席']],
    // Hand-written, like it.
    ['市政协副主席王强、李明，市政协秘书长，各专委会主任参加调研。', '李明', ['副主席']],
    ['市政协副主席王强、李明，市政协秘书长，各专委会主任参加调研。', '王强', ['副主席']],
    // Controls: a list with no title before shares the titles after it; a named holder of the office keeps it.
    ['王强、李明，市政协委员，参加了活动。', '王强', ['委员']],
    ['市政协副主席王强、李明，市政协秘书长张华参加调研。', '张华', ['秘书长']],
    ['市政协副主席王强、李明，市政协秘书长张华参加调研。', '李明', ['副主席']],
  ])('%s: %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})

// Titles of deputies and former holders written as the texts write them: 副召集人 is no 召集人 (gold of dev 417, 511),
// 前任 is a word of former office as 原 and 前 are (gold of dev 364: 前任主委).
describe('persons: 副召集人 and 前任 titles whole', () => {
  it.each<[string, string, string[]]>([
    ['澳门界别副召集人、澳门中华总商会副会长赵丽佳发言。', '赵丽佳', ['副召集人', '副会长']],
    ['市政协常委、副召集人方奇钟出席。', '方奇钟', ['常委', '副召集人']],
    ['九三学社宝山区委前任主委李小年出席座谈会。', '李小年', ['前任主委']],
    // Controls: the title without 副 or 前任 stays as written.
    ['由召集人李明主持会议。', '李明', ['召集人']],
    ['九三学社宝山区委主委沈勇民出席座谈会。', '沈勇民', ['主委']],
    ['市肢残人协会原副主席李超洪出席。', '李超洪', ['原副主席']],
  ])('%s: %s %j', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
