import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A month and day inside a body's name (the September 3 Society, the Jiusan Society's English name; en dev 365, whose gold
 * note says it is no date) is part of the name: dates skip spans a body mention covers. The page's line first, then rows
 * written here; a date beside the body stays.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('dates inside body names', () => {
  it.each([
    ['The September 3 Society, a major non-Communist Party in China, has prepared 13 proposals.\n\n(Xinhua 03/02/2001)', ['2001-03-02']],
    ['Members of the September 3 Society Central Committee met in Beijing on March 5, 2001.', ['2001-03-05']],
    ['The chairman of the September 3 Society spoke at the session.', []],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
