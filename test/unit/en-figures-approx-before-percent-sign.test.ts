import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * An approximation written before a percentage with the sign (exceeded 60%, more than 5%, nearly 40%) makes it approx as
 * before "percent": the Chinese grammar also reads the bare "60%" in an English paragraph, and its shorter finding used to
 * stand for the English one that holds it, dropping the approximation. Class seen on en dev 510 (government work report
 * data: 'below 5.3%', 'exceeded 60% for the first time'); the other rows written here. Controls: a percentage with the sign
 * and no approximation, and one in a Chinese paragraph (read by the Chinese grammar as before).
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('an approximation before N%: as before N percent', () => {
  it.each([
    ['The urbanization rate of permanent residents exceeded 60% for the first time.', [[60, '%', 'more']]],
    ['Retail sales rose more than 5% last year.', [[5, '%', 'more']]],
    ['Nearly 40% of the proposals concerned the economy.', [[40, '%', 'less']]],
    ['Turnout reached about 85% in the county.', [[85, '%', 'about']]],
    ['Over 90% of the members took part in the inspections.', [[90, '%', 'more']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: no approximation written; a Chinese paragraph', () => {
  it.each([
    ['The surveyed unemployment rate was 5.3% in 2019.', [[5.3, '%', null]]],
    ['The share of the service sector grew to 12% in 2023.', [[12, '%', null]]],
    ['全市地区生产总值增长超过6%，居民收入增长5.2%。', [[6, '%', 'more'], [5.2, '%', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
