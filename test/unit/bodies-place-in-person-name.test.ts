import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// A place written inside a person's name names no region of the page's bodies (孙大庆 no 大庆市, 黄山明 no 黄山市,
// 杜永安 no 永安市): sentences of dev pages 274 and 564 and of a survey page (全椒县 林长制 督察), expected values
// hand-checked by test/fixtures/dev-pages/README.md (a relative word is lifted through a written lower division).
describe('bodies: a place inside a person’s name sets no region', () => {
  it.each([
    // survey (滁州 全椒县): 市 of the city above 全椒县, not of 大庆 in 孙大庆.
    ['7月7日上午，市国有林发展中心主任孙大庆、市能源局副局长石天稳、市财政局副局长王兴德、市林业局科长周建勇组成的市第二督察组一行4人对全椒县林长制工作进行了督察，副县长秦安明、县林业局长陈兴道等参加督察活动。',
      ['滁州市林业局', '滁州市财政局', '全椒县林业局'], ['大庆市林业局', '大庆市财政局', '大庆市国有林发展中心']],
    // dev 564 (子长市): 杜永安 is the 统战部部长, no 永安市政协.
    ['9月23日，政协子长市委员会袁家沟社区委员工作室揭牌成立。市政协党组书记、主席李宏宇，市委常委、统战部部长杜永安，市政协副主席李统琦、杨明北、张东如参加活动。\n仪式上，李宏宇、杜永安共同为委员工作室揭牌。',
      ['子长市政协', '子长市委统战部'], ['永安市政协']],
    // dev 274 (上海): 黄山明 written again at the head of a paragraph is still the person, no 黄山市人大.
    ['1月9日，民进上海市委举行民进会员中的市人大代表、政协委员座谈会。专职副主委兼秘书长黄山明主持会议。\n黄山明在会上总结回顾了一年来民进会员中的市人大代表、政协委员履职情况。',
      ['民进上海市委', '上海市人大'], ['黄山市人大']],
  ])('%s', (text, want, wrong) => {
    const got = names(text)
    for (const n of want) expect(got).toContain(n)
    for (const n of wrong) expect(got).not.toContain(n)
  })

  it('the org of a person listed after the name holder follows the page’s own 政协 (564: 李统琦 → 子长市政协)', () => {
    const text = '9月23日，政协子长市委员会袁家沟社区委员工作室揭牌成立。市政协党组书记、主席李宏宇，市委常委、统战部部长杜永安，市政协副主席李统琦、杨明北、张东如参加活动。'
    expect(orgOf(text, '李统琦')).toBe('子长市政协')
  })

  it.each([
    // A place written as a place right before a name stays the region (黄山市政协主席X: the person's own body).
    ['黄山市政协主席张三主持会议，市政协副主席李四参加。', '黄山市政协'],
    // A place whose full name is written keeps the relative word's region even beside names (大庆市政协…市政协).
    ['大庆市政协副主席王大庆带队调研。市政协委员参加活动。', '大庆市政协'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})
