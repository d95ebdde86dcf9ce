import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)
const orgOf = (text: string, person: string) => analyzer.analyze(text).persons.find((p) => p.name === person)?.org

// Round 31 (issue #14): a county's or city's office of Taiwan, Hong Kong and Macau affairs (台港澳办 ≡ 台港澳事务办公室,
// also written 港澳台办) and the maritime safety administration's bureaus and offices, named after the place as written
// (重庆海事局, 江津海事处): data/bodies.tsv. Hand-checked truth by GUIDE.md (government departments in any written form,
// region completed) and dev-pages README (a body named after a place written short keeps its name as written); dev 1360, 1361.

describe('bodies: offices of Taiwan, Hong Kong and Macau affairs; maritime bureaus', () => {
  it.each([
    ['1月11日，连江县召开座谈会，县政协办、县委统战部、县台港澳办、县侨联等有关单位负责人参加。', '连江县台港澳办'],
    ['晋江市政协召开座谈会，市台港澳事务办公室主任参加。', '晋江市台港澳事务办公室'],
    ['鼓楼区政协召开港澳委员座谈会，区港澳台办、区侨联负责人参加。', '鼓楼区港澳台办'],
    ['3月9日，江津区政协召开座谈会，区交通局、江津海事处等部门发言。', '江津海事处'],
    ['重庆海事局与市政协委员座谈交流。', '重庆海事局'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('a head’s org is the office (县台港澳办主任 → 连江县台港澳办)', () => {
    expect(orgOf('连江县政协召开座谈会。县台港澳办主任林明出席。', '林明')).toBe('连江县台港澳办')
  })

  it.each([
    // Words that only begin like the office: to run schools or fairs in Hong Kong, Macau and Taiwan.
    ['连江县政协推动全省港澳台办学交流。', '福建省港澳台办'],
    ['连江县委统战部鼓励企业赴港澳台办展。', '连江县港澳台办'],
    // 海事 in a case handled, no office (处理 after 海事).
    ['江津区法院集中审理海事处理纠纷案件。', '江津海事处'],
  ])('control: %s → no %s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong)
  })
})
