import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A special committee written before a comma and its CPPCC (Deputy Director, the Economic Committee, CPPCC; member of the
 * Foreign Affairs Committee, CPPCC National Committee,): the committee named alone as written, cppcc-special of that
 * CPPCC, the title's org (en dev 512 gold). Controls: a list (the Economic Committee, CPPCC members and …; the Economic
 * Committee, the CPPCC National Committee and …) gives no such reading.
 */
const read = (t: string) => { const r = analyzer.analyze(t); return [r.committees.filter((c) => c.kind === 'cppcc-special').map((c) => [c.name, c.region]), r.persons.map((p) => [p.name, p.org, p.cppccMember])] }

describe('special committee, CPPCC', () => {
  it.each([
    ['Li Ming, member of the Economic Committee, CPPCC, spoke at the meeting.', [[['Economic Committee', '全国']], [['Li Ming', 'Economic Committee', true]]]],
    ['Wang Fang, vice chairman of the Foreign Affairs Committee, CPPCC, attended.', [[['Foreign Affairs Committee', '全国']], [['Wang Fang', 'Foreign Affairs Committee', true]]]],
    ['Li Ming, member of the Economic Committee, CPPCC National Committee, spoke at the meeting.', [[['Economic Committee', '全国']], [['Li Ming', 'Economic Committee', true]]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want))
})

describe('control', () => {
  it.each([
    ['He thanked the Economic Committee, CPPCC members and local officials.', []],
  ])('%s', (text, want) => expect(read(text)[0]).toEqual(want))
})
