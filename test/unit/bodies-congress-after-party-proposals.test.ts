import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A congress written bare in a list after a democratic party's committee (上升为市委会提案、人大代表议案) names a kind of
// motion, as the party's proposals before it are a kind of proposal: no congress of the party's region (dev 1092), as
// no government or Communist Party body is read there. Sentences written here; expected values by hand.
describe('bodies: no congress listed bare after a democratic party', () => {
  it.each([
    ['民进中山市委会召开会议。其他提案需要上升为市委会提案、人大代表议案或政协委员提案。', ['民进中山市委会'], ['中山市人大']],
    ['九三学社德州市委的社情民意信息、人大建议均获采纳。', ['九三学社德州市委'], ['德州市人大']],
  ])('%s', (text, bodies, not) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(bodies))
    for (const n of not) expect(got).not.toContain(n)
  })

  // Controls: a congress written with its region after a party, and a bare congress listed after a CPPCC committee.
  it.each([
    ['民进中山市委会、中山市人大常委会有关负责人参加。', ['民进中山市委会', '中山市人大常委会']],
    ['平阳县政协、人大有关负责人参加。', ['平阳县政协', '平阳县人大']],
  ])('%s', (text, bodies) => {
    expect(names(text)).toEqual(expect.arrayContaining(bodies))
  })
})
