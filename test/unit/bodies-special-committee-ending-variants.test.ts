import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const specials = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special').map((c) => c.name)

// The words that end a special committee's name (委, 委员会, 专委会, 专门委员会: data/special-committee-words.txt) name the same
// committee after the same stem: 学习文史委 and 学习文史专委会, 教科卫体专委会 and 教科卫体委员会 on one page are one body (dev 1238, README: a body written two
// ways is listed once, by its first full form), as body-parts.tsv gives 文史委 and 文史和学习委员会 one id. The forms of
// 学习文史委 are 文史委's (data/body-parts.tsv). Round 26; sentences written after dev 1238 and 1146, expected by hand.
describe('bodies: one special committee under its several endings', () => {
  it.each([
    ['4月28日，达州市政协学习文史委主任陈正富主持会议。市政协学习文史专委会全体人员参加座谈会。', ['达州市政协学习文史委']],
    ['长丰县政协教科卫体专委会组织视察。县政协教科卫体委员会主任李明参加。', ['长丰县政协教科卫体专委会']],
    ['凤台县政协社会法制民族宗教专委会开展调研。县政协社会法制民族宗教委主任王刚参加。', ["凤台县政协社会法制民族宗教专委会"]],
  ])('%s', (text, expected) => {
    expect(specials(text)).toEqual(expected)
  })

  // Controls: different stems stay different committees.
  it.each([
    ['钟祥市政协提案委和市政协经济委联合调研。', ['钟祥市政协提案委', '钟祥市政协经济委']],
    ['达州市政协学习文史委和市政协农业农村专委会联合调研。', ['达州市政协学习文史委', '达州市政协农业农村专委会']],
  ])('%s', (text, expected) => {
    expect(specials(text)).toEqual(expected)
  })
})
