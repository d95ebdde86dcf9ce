import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * In a hard-wrapped text (lines cut inside sentences), a month and its year or day on either side of a line end are one
 * date (joined the CPC in December│1965: 1965-12), read in the paragraphs joined where a line ends inside a sentence, as
 * the figures and bodies read them (src/english/stage.ts). The month had been dropped, a bare month being no date. Class
 * seen on en dev 597 (a China Today biography, "in December\n1965"); other rows written here. Controls: a title line (short)
 * stays its own paragraph, and a line ending a sentence is not joined to a list line of years.
 */
const dates = (t: string) => analyzer.analyze(t).dates.map((d) => d.iso)

describe('a month and its year or day across a line end', () => {
  it.each([
    ['Wang Zhaoguo was born in July 1941. He joined the Communist Party of China (CPC) in December\n1965 and began working in September 1966.', ['1941-07', '1965-12', '1966-09']],
    ['The delegation of the provincial committee arrived in Beijing on the morning of March\n3, 2019 for the annual session of the CPPCC.', ['2019-03-03']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})

describe('controls', () => {
  it.each([
    ['He joined the Communist Party of China (CPC) in December.\n1965-1968 Worked at the institute.', []],
    ['Born in December\n1965 Group', []],
    ['He joined the Communist Party of China (CPC) in December 1965 and began working in September 1966.', ['1965-12', '1966-09']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want))
})
