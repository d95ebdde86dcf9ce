import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A department or commission whose name joins two words by "and" before "of" and its party committee or government
// (Political and Legal Commission of the CPC … Committee; Development and Reform Commission of … Government): one body
// named as written, not cut at "and" (README: the body part exactly as the text writes it). Also where a scraped page
// glues the name to the word before it (en dev 457: 'the briefingincludedPolitical and Legal Commission of the CPC
// Central Committee'). Sentences by hand.
const bodies = (t: string) => analyzer.analyze(t).committees.map((c) => c.name)

describe('"and" inside a department head', () => {
  it.each([
    ['Wang Tao, secretary of the Political and Legal Commission of the CPC Yangzhou Municipal Committee, spoke.', 'Political and Legal Commission of the CPC Yangzhou Municipal Committee'],
    ['Officials from the Development and Reform Commission of Yangzhou Municipal Government attended.', 'Development and Reform Commission of Yangzhou Municipal Government'],
    ['Officials from the Ethnic and Religious Affairs Commission of the Yangzhou Municipal Government attended.', 'Ethnic and Religious Affairs Commission of the Yangzhou Municipal Government'],
    ['Officials from the Education and Sports Bureau of Changzhou Municipal Government attended.', 'Education and Sports Bureau of Changzhou Municipal Government'],
    ['Those delivered reports at the briefingincludedPolitical and Legal Commission of the CPC Central Committee and the Ministry of Finance.', 'Political and Legal Commission of the CPC Central Committee'],
  ])('%s', (text, name) => {
    expect(bodies(text)).toContain(name)
  })

  // Controls: "and" does not join a department to the one before it, nor a name to a body.
  it.each([
    ['Heads of the Publicity Department and Political and Legal Commission of the CPC Yangzhou Municipal Committee attended.', 'Department and Political and Legal Commission of the CPC Yangzhou Municipal Committee'],
    ['Li Ming and Wang Tao of the CPC Yangzhou Municipal Committee attended.', 'Li Ming and Wang Tao of the CPC Yangzhou Municipal Committee'],
    ['The report on iPhone sales was read.', 'Phone'],
  ])('%s', (text, name) => {
    expect(bodies(text).some((b) => b.includes(name))).toBe(false)
  })
})
