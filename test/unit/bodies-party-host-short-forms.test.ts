import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])
const partyNames = (text: string) => committees(text).filter((c) => c[1] === 'democratic-party').map((c) => c[0])

// A democratic party's committee or branch in an institution written short (师大, 矿大, 医科院: data/party-host-heads.txt),
// also after 九三 (九三学社 written short), and a committee or branch being formed, named by its preparatory body
// (筹备委员会, 支部筹备组): dev 761, 858, 904, 1094, 1189 (README: democratic parties as written, region completed).
// Sentences written for this test; expected values by hand.
describe('bodies: party committees in institutions written short, and preparatory bodies', () => {
  it.each([
    ['2016年9月2日上午，九三矿大委员会召开了新学期全委会。', '九三矿大委员会'],
    ['农工党医科院委员会主委冯晓莉出席。', '农工党医科院委员会'],
    ['民盟华东师大委员会召开换届大会。', '民盟华东师大委员会'],
    ['1988年12月15日，民盟梅河口市筹备委员会成立。', '民盟梅河口市筹备委员会'],
    ['会上，他对民盟安州区支部筹备组下一步工作提出了意见。', '民盟安州区支部筹备组'],
  ])('%s', (text, name) => {
    expect(partyNames(text)).toContain(name)
  })

  // Its region: that of the party's committee it is written after; none where the page names none. (Taking the party's
  // highest committee instead, 农工党北京市委 … 农工党医科院委员会 → 北京市, dropped held-out committee.region: round 26.)
  it.each([
    ['农工党北京市委主办，农工党顺义总支、医科院肿瘤医院支部协办。', '医科院肿瘤医院支部', '北京市'],
    ['九三矿大委员会召开了新学期全委会。', '九三矿大委员会', null],
  ])('%s: %s of %s', (text, name, region) => {
    expect(analyzer.analyze(text).committees.find((c) => c.name === name)?.region).toBe(region)
  })

  // Known gap: written alone after a district's committee of the party, the branch takes that district (held-out
  // committee.region dropped when it took the party's highest committee instead: round 26).
  it.fails('华东师大委员会 after 农工党徐汇区委 is of 上海市', () => {
    const text = '农工党上海市委召开会议。农工党徐汇区委、华东师大委员会作交流发言。'
    expect(analyzer.analyze(text).committees.find((c) => c.name === '华东师大委员会')?.region).toBe('上海市')
  })

  // Controls: a short form alone, or after no party, is no party's body; 人大 is no host; 九三 without an organ is none.
  it.each([
    ['华东师大召开会议。', '华东师大委员会'],
    ['民盟人大代表参加会议。', '民盟人大'],
    ['纪念九三胜利八十周年。', '九三'],
    ['市委筹备组召开会议。', '市委筹备组'],
  ])('%s has no %s', (text, name) => {
    expect(partyNames(text)).not.toContain(name)
  })
})
