import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// A list closed by 等 and a count (等49人, 等135名同志, 等3名同志) before a verb of election and its title: the title is the
// names'. The verb was looked for only right after the name, so 王涤等49人当选为常委 gave 王涤 no title (dev 800); so on
// dev 735 (于兆强等52人当选为…常务委员) and the survey pages 湖北 (丁广鑫等135名同志当选常务委员), 厦门 (马明炬等68位委员当选为
// 新一届市政协常委) and 区政协选举大会 (刘超、吴雪瑞、熊占林等3名同志当选区政协…委员). 人 joins 名, 位 as a count's word.
// Hand-checked; the first sentence is from dev 800, the rest our own.

describe('persons: a verb of election after the 等 and count that close a list', () => {
  it.each([
    ['张继光当选为秘书长;王涤等49人当选为常委。', '王涤', ['常委']],
    ['会议选举产生了新一届县政协领导班子,邱文华等38人当选为县政协常委。', '邱文华', ['常委']],
    ['大会选举柯伟明等27名同志当选为区政协常委。', '柯伟明', ['常委']],
  ])('%s → %s %j', (text, name, roles) => {
    const p = person(text, name)
    expect(p?.roles).toEqual(roles)
    expect(p?.cppccMember).toBe(true)
  })

  // No verb of election: the count and the address give no title (a form of address is no title).
  it.each([
    ['张三丰等3名同志参加会议。', '张三丰'],
    ['李明华等12人出席活动。', '李明华'],
  ])('%s → %s no title', (text, name) => {
    expect(person(text, name)?.roles).toEqual([])
  })

  // A member's title after the count still is the list's (林福春等9位委员, round 8).
  it('等9位委员 stays the list title', () => {
    expect(person('林福春等9位委员参加调研。', '林福春')?.roles).toEqual(['委员'])
  })

  // Known gap: 常务委员 is no row of data/roles.tsv, so after a verb of election its 委员 is read alone, and a body
  // written whole with its term (当选区政协十四届委员会常务委员会委员, 当选为自治州政协第十四届委员会常务委员) is too long for
  // the elected title (ELECTED_BODY_MAX).
  it.fails('等135名同志当选常务委员 → 常务委员 (survey 湖北)', () => {
    expect(person('丁广鑫等135名同志当选常务委员。', '丁广鑫')?.roles).toEqual(['常务委员'])
  })
  it('等52人当选为自治州政协第十四届委员会常务委员 (dev 735)', () => {
    expect(person('于兆强等52人当选为自治州政协第十四届委员会常务委员。', '于兆强')?.roles).toEqual(['常务委员'])
  })
})
