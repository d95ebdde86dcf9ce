/**
 * Fixture pages may carry numbers of four digits (round 18: dev pages 1000–1007). The loaders read a page's number
 * from the digits its file name starts with, however many: `--pages 1000-1007` takes 1000 and not 100, and the
 * pages come in page order (999 before 1000; a plain string sort would put 1000 between 100 and 101).
 */
import { describe, expect, it } from 'vitest'
import { byPage, fixtures, inPages, pageNumber } from '../eval/score.js'

describe('a fixture id gives its page number, of any length', () => {
  it.each([
    ['002_b16ba072706f63ba', 2],
    ['101_changchun-weiyuan', 101],
    ['959_xiangyin-weijianju-chengban-tian-xieshang', 959],
    ['1000_zhengxie-changweihui-renmian', 1000],
    ['1007_x.txt', 1007],
  ])('%s → %i', (id, n) => expect(pageNumber(id)).toBe(n))
})

describe('--pages A-B takes the pages numbered A to B, four digits included', () => {
  it.each([
    ['1000_a', [1000, 1007], true],
    ['1007_a', [1000, 1007], true],
    ['1008_a', [1000, 1007], false],
    ['100_a', [1000, 1007], false],
    // control: a four-digit page is not taken by the range of its first three digits
    ['1000_a', [100, 103], false],
    ['1003_a', [100, 103], false],
    ['101_a', [100, 103], true],
    ['959_a', [944, 959], true],
  ] as const)('%s in %j → %s', (id, range, want) => expect(inPages(id, range)).toBe(want))
  it('no range takes every page', () => expect(inPages('1000_a', null)).toBe(true))
})

describe('pages come in page order', () => {
  it('file names of three and four digits', () => {
    expect(['1000_a.txt', '101_b.txt', '999_c.txt', '100_d.txt', '1000_0.txt'].sort(byPage))
      .toEqual(['100_d.txt', '101_b.txt', '999_c.txt', '1000_0.txt', '1000_a.txt'])
  })
  it.each(['dev-pages', 'en'] as const)('the %s loader', (set) => {
    const numbers = fixtures(set).map((f) => pageNumber(f.id))
    expect(numbers.every((n) => Number.isInteger(n))).toBe(true)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })
})
