import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * Set phrases of political slogans with a number word count nothing (data/en-figure-words.tsv, phrase; as "two upholds",
 * "four consciousnesses" there): "the important three focuses requirements" (三个着力, en dev 424 nankai: gold no figure),
 * "the four comprehensives" (四个全面). Rows written here. Controls: "three focuses" counting what the city focuses on,
 * and counts next to the slogan, keep their figures.
 */
const figures = (t: string) => analyzer.analyze(t).figures.map((f) => [f.text, f.value, f.unit, f.approx])

describe('slogan phrases with a number count nothing', () => {
  it.each([
    ['In accordance with the important three focuses requirements put forward by General Secretary Xi Jinping, the city acted.', []],
    ['The committee implemented the three focuses requirement for Tianjin.', []],
    ['Members studied the four comprehensives in 3 sessions.', [['3 sessions', 3, 'session', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})

describe('controls: a count of focuses, counts beside the slogan', () => {
  it.each([
    ['The city set three focuses for 2019: jobs, schools and roads.', [['three focuses', 3, 'focus', null]]],
    ['The plan focuses on three tasks.', [['three tasks', 3, 'task', null]]],
  ])('%s', (text, want) => expect(figures(text)).toEqual(want))
})
