import { describe, expect, it } from 'vitest'
import { alternation, escapeRegExp } from '../../src/text/regexp.js'

describe('alternation of data words', () => {
  it('matches the longest word where one is a prefix of another, whatever the order in the list', () => {
    const re = new RegExp(`^(?:${alternation(['次', '次会议'])})`)
    expect(re.exec('次会议上')?.[0]).toBe('次会议')
  })

  it('reads marks as written, not as syntax (- . ~ in a range list)', () => {
    const re = new RegExp(`^(?:${alternation(['-', '.', '~'])})$`)
    expect(['-', '.', '~'].map((w) => re.test(w))).toEqual([true, true, true])
    expect(re.test('a')).toBe(false)
    expect(new RegExp(`[${escapeRegExp('a-c')}]`).test('b')).toBe(false)
  })

  it('of an empty list matches nothing, and leaves the list as it was', () => {
    expect(new RegExp(alternation([])).test('')).toBe(false)
    const ws = ['至', '——']
    alternation(ws)
    expect(ws).toEqual(['至', '——'])
  })
})
