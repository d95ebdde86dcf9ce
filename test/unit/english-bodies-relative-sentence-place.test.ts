import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A relative body (the provincial Party committee) is of the province its own sentence names after the last body of that
// level, not of a province whose body an earlier paragraph named (en dev 644: Tianjin Women's Federation … Anhui
// Province … the provincial Party committee → Anhui). Truth worked out by hand from the GUIDE (relative mentions resolved).
const regionOf = (t: string, name: string) => analyzer.analyze(t).committees.find((c) => c.name === name)?.region

describe('English relative body: a province of its own sentence', () => {
  it.each([
    ['The Tianjin Women\'s Federation held a meeting.\n\nThe federation in east China\'s Anhui Province aligned with the requirements from both the provincial Party committee and the ACWF.', 'provincial Party committee', '安徽省'],
    // Controls: a province of an earlier sentence does not outweigh the body named after it; with no province in the
    // sentence the body before it still names the region.
    ['Officials visited Anhui Province. The Tianjin Women\'s Federation met the provincial Party committee.', 'provincial Party committee', '天津市'],
    ['The Tianjin Women\'s Federation held a meeting.\n\nIt aligned with the requirements of the provincial Party committee.', 'provincial Party committee', '天津市'],
  ])('%s', (text, name, want) => {
    expect(regionOf(text, name)).toBe(want)
  })
})
