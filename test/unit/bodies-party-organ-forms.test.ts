import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A democratic party's general branch written 总支委员会 (as 总支部委员会 is) is that body, named as written after its
// district (README: democratic parties as written, region completed; the prefecture between party and district dropped,
// as 民建新北区基层委员会 on dev 760); its other forms (蓬江总支, 基层委 beside 基层委员会) are further mentions of it,
// not a second body (data/party-organ-ids.tsv).
describe('a party organ written in another form is the same body', () => {
  it.each([
    ['12月13日,致公党江门市蓬江区总支委员会组织了部分医生前往开平市。蓬江总支一行来到他家慰问。', '致公党蓬江区总支委员会', '蓬江区'],
    ['民建常州市新北区总支委员会召开会员大会。新北总支主委出席。', '民建新北区总支委员会', '新北区'],
    ['中国农工民主党桐庐县基层委员会(以下简称农工党桐庐县基层委)共有党员83人。农工党桐庐县基层委召开会议。', '中国农工民主党桐庐县基层委员会', '桐庐县'],
    ['民盟绩溪县基层委员会召开全委会。民盟绩溪县基层委主委讲话。', '民盟绩溪县基层委员会', '绩溪县'],
  ])('%s → %s', (text, name, region) => {
    const parties = analyzer.analyze(text).committees.filter((c) => c.kind === 'democratic-party')
    expect(parties.map((c) => [c.name, c.region])).toEqual([[name, region]])
  })
})

describe('controls: distinct organs stay distinct', () => {
  it.each([
    // a party's committee and its general branch are two bodies
    ['民建常州市委会与民建常州市新北区总支委员会联合开展活动。', ['民建常州市委会', '民建新北区总支委员会']],
    // two districts' general branches
    ['致公党蓬江区总支委员会和致公党江海区总支委员会共同举办。', ['致公党蓬江区总支委员会', '致公党江海区总支委员会']],
  ])('%s', (text, names) => {
    const got = analyzer.analyze(text).committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name)
    expect(got.sort()).toEqual([...names].sort())
  })
})
