import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A verb of going past a number makes it approx `more`, as 超 does (exceeded 700 billion yuan, has surpassed 300 million;
 * en dev 483 so annotated 'surpassed'); "within" before a quantity bounds it from above, `less`, as 以内 (the jobless rate
 * within 4.5 percent), but only frames a span of time (within three days: no approximation, as 一个月内; en dev 333).
 * Class seen on en dev 500 and 502 (government work reports); the other rows written here. Controls: a verb with "by"
 * between it and the number (exceeded the target by 2 percent) and a duration after "within".
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.value, f.unit, f.approx])

describe('exceeded, surpassed: more; within a quantity: less', () => {
  it.each([
    ['Investment in provincial key projects exceeded 700 billion yuan.', [[700e9, '元', 'more']]],
    ['The number of people aged 60 and above has surpassed 300 million.', [[60, 'year', 'more'], [300e6, 'person', 'more']]],
    ['Grain output is expected to exceed 650 million tons.', [[650e6, 'ton', 'more']]],
    ['Sales topped 2 billion yuan last year.', [[2e9, '元', 'more']]],
    ['The surveyed urban unemployment rate will be kept within 5.5 percent.', [[5.5, '%', 'less']]],
    ['The deficit is to be held within 3 percent of GDP.', [[3, '%', 'less']]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: no number right after the verb; within a span of time', () => {
  it.each([
    ['Revenue exceeded the target by 2 percent.', [[2, '%', null]]],
    ['The survey received more than 5,300 responses within three days of going live.', [[5300, 'response', 'more'], [3, 'day', null]]],
    ['All proposals will be answered within 3 months.', [[3, 'month', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
