import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// An office of a national body written without "the" before the body (United Front Work Department of CPC Central
// Committee; Publicity Department of CPC Central Committee in a SCIO headline), as the form with "the" is: one body, the
// office's whole name, not the CPC Central Committee alone. Sentences written by hand after en 612, 656, 658.
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

describe('English bodies: office of a national body without the article', () => {
  it.each<[string, unknown[][]]>([
    ['The message was passed on to the United Front Work Department of Communist Party of China Central Committee.', [['United Front Work Department of Communist Party of China Central Committee', 'party', '全国']]],
    ['Publicity Department of CPC Central Committee holds press conference on the new era', [['Publicity Department of CPC Central Committee', 'party', '全国']]],
    ['He later worked at the Organization Department of CPC Central Committee in Beijing.', [['Organization Department of CPC Central Committee', 'party', '全国']]],
    ['The Information Office of State Council held a briefing on Monday.', [['Information Office of State Council', 'government', '全国']]],
    // Controls: the form with the article as before, and an office of no national body stays out.
    ['The United Front Work Department of the CPC Central Committee sent a message.', [['United Front Work Department of the CPC Central Committee', 'party', '全国']]],
    ['The Press Office of Peking Opera Company issued a notice.', []],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })
})
