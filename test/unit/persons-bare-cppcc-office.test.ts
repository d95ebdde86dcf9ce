import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const persons = (text: string) => analyzer.analyze(text).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

// 政协 written bare before an office (政协主席, 原政协副主席) on a page of one 政协 names that 政协, as 政协委员 does
// (data/roles.tsv): the office is its, and a modifier before 政协 is the title's (原政協主席李棟一 on a 张家川 page: dev 1098).
// The list or sentence before (县委书记刘长江，…) does not give its body. Round 21. Sentences written for this test;
// roles and org worked out by hand.
describe('persons: an office after a bare 政协', () => {
  it.each([
    ['县政协会议闭幕。县委书记刘长江，原政协主席王长林出席。', ['王长林', ['原主席'], '县政协', true]],
    ['县政协会议闭幕。县委书记刘长江，政协主席王长林出席。', ['王长林', ['主席'], '县政协', true]],
    ['县政协会议闭幕。原政协副主席王长林出席。', ['王长林', ['原副主席'], '县政协', true]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toContainEqual(expected)
  })

  it.each([
    // a 政协 written with its region keeps it
    ['县政协会议闭幕。县委书记刘长江，市政协副主席王长林出席。', ['王长林', ['副主席'], '市政协', true]],
    // the party secretary before keeps the party's
    ['县政协会议闭幕。县委书记刘长江，政协主席王长林出席。', ['刘长江', ['县委书记'], '县委', false]],
  ])('control: %s', (text, expected) => {
    expect(persons(text)).toContainEqual(expected)
  })
})
