import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => `${p.name}:${p.roles.join('+')}`)

// A 、-list of names after a title given once for all (区政协副主席施辉、王沈康、葛涛、季平、顾建军参加活动; dev page 1142):
// an item the segmenter read as an ordinary word (季平/n) or cut apart (顾/v 建军/n) is a name by its place in the list,
// where it is a surname and a given name of characters names use and the list ends as a list of names does.
describe('a titled list of names carries items that are also words', () => {
  it.each<[string, string[]]>([
    ['区政协副主席施辉、王沈康、葛涛、季平、顾建军参加活动。', ['施辉:副主席', '王沈康:副主席', '葛涛:副主席', '季平:副主席', '顾建军:副主席']],
    // Hand-written, like it: closed by a mark, by 等 and a word of leaders, by 等 and a count.
    ['区政协副主席施辉、王沈康、季平，秘书长葛涛出席。', ['施辉:副主席', '王沈康:副主席', '季平:副主席', '葛涛:秘书长']],
    ['市政协副主席张三丰、李四光、季平等领导出席。', ['张三丰:副主席', '李四光:副主席', '季平:副主席']],
    ['副主席施辉、王沈康、葛涛、季平、顾建军等5人出席。', ['施辉:副主席', '王沈康:副主席', '葛涛:副主席', '季平:副主席', '顾建军:副主席']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    // Controls: a word whose characters names do not use (干部), a list that goes on with words (卫生、教育等部门) or ends
    // in a word of things (卫生等部门), and a list with no title before it.
    ['委员张明、李华、干部参加活动。', ['张明:委员', '李华:委员']],
    ['市政协副主席王建国、李红梅、卫生、教育等部门负责人参加。', ['王建国:副主席', '李红梅:副主席']],
    ['市政协副主席王建国、李红梅、卫生等部门负责人参加。', ['王建国:副主席', '李红梅:副主席']],
    ['他和张明、李华、季平一起参加。', ['张明:', '李华:']],
  ])('%s → %j', (text, expected) => {
    expect(persons(text)).toEqual(expected)
  })
})
