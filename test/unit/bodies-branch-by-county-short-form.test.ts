import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)
const body = (text: string, name: string) => analyze(text).committees.find((c) => c.name === name)

// Round 22b (issue #14, dev 1082): a bureau's branch written by a county's short form alone (视察了掇刀分局, after the
// city's 市公安局) is a body named as written, of that county, and its short form names the county; a relative word of
// the page (市政协) is then lifted through it (dev-pages README: relative words lifted through a written lower division).
// Expected values worked out by hand from data/divisions.tsv (掇刀区, 东宝区 of 荆门市; 信州区 of 上饶市).

describe('bodies: a branch named by a county’s short form is that county’s', () => {
  it.each([
    ['视察组现场视察了掇刀分局“四道十九防”工作。', '掇刀分局', '掇刀区'],
    ['市政协视察组视察了东宝分局。', '东宝分局', '东宝区'],
    ['市公安局共承办提案49件，视察组来到信州分局调研。', '信州分局', '信州区'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
    expect(analyze(text).places.map((p) => p.name)).toContain(region)
  })

  it.each([
    ['视察组现场视察了掇刀分局工作，市政协副主席陈芝凤参加。', '荆门市政协'],
    ['市政协视察组视察了东宝分局。', '荆门市政协'],
  ])('%s: the relative word is lifted to %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'cppcc', region: '荆门市' })
  })

  it.each([
    // A branch of the bureau written with it stays the bureau's branch, no second body.
    ['荆门市公安局掇刀分局民警参加活动。', '荆门市公安局掇刀分局', '掇刀区'],
  ])('%s → %s in %s', (text, name, region) => {
    const r = analyze(text)
    expect(r.committees.find((c) => c.name === name)).toMatchObject({ region })
    expect(r.committees.map((c) => c.name)).not.toContain('掇刀分局')
  })

  it.each([
    // A relative word before 分局 names no branch; an area that is no division names no place.
    ['掇刀区政协视察了区分局。', '掇刀区分局'],
    ['市政协视察了经开分局和高新分局。', '经开分局'],
    ['省局和各分局参加会议。', '分局'],
  ])('%s: no %s', (text, name) => {
    expect(analyze(text).committees.map((c) => c.name)).not.toContain(name)
  })
})
