import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// Round 19 (democratic parties): 盟 is the league's own short form before a level (盟市委, 盟省委, 盟中央), as 社 is
// 九三学社's (社市委): on a page that writes 民盟 it is 民盟's committee, on one that writes 台盟 台盟's (dev 766:
// 盟市委常委、副院长李文静 → 民盟昭通市委). Expected values worked out by hand.

describe('bodies: 盟 before a level names the league the page writes', () => {
  it.each([
    ['民盟昭通市委召开会议。盟市委常委、副院长李文静参加。', '李文静', ['常委', '副院长'], '民盟昭通市委'],
    ['台盟厦门市委召开会议。盟市委副主委王海参加。', '王海', ['副主委'], '台盟厦门市委'],
    ['民盟扬州市委召开会议。盟市委专职副主委仲子午主持。', '仲子午', ['专职副主委'], '民盟扬州市委'],
    ['民盟江苏省委召开全会。盟省委副主委李强讲话。', '李强', ['副主委'], '民盟江苏省委'],
  ])('%s → %s', (text, name, roles, org) => {
    const r = analyze(text)
    expect(r.persons.find((p) => p.name === name)).toMatchObject({ roles, org })
    expect(r.committees.filter((c) => c.name === org)).toHaveLength(1)
  })

  it.each([
    // A page that writes neither league: 盟 names no party, and no democratic party is found.
    ['盟市委常委王海参加会议。'],
    // 盟 inside a word (联盟, 同盟会) is no short form.
    ['民盟扬州市委主委出席。产业联盟市委托管项目启动。'],
  ])('%s: no other democratic party body', (text) => {
    const parties = analyze(text).committees.filter((c) => c.kind === 'democratic-party').map((c) => c.name)
    expect(parties.filter((n) => n !== '民盟扬州市委')).toEqual([])
  })

  it('社 of 九三学社 is read as before', () => {
    const r = analyze('九三学社台州市委召开会议。社市委副主委王海出席。')
    expect(r.persons.find((p) => p.name === '王海')).toMatchObject({ org: '九三学社台州市委' })
  })
})
