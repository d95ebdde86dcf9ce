import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).persons.map((p) => p.name)

// Hand-checked truth. 操 is a surname of modern use in Anhui, Hubei and Jiangxi (操学诚, chairman of 太原市政协 on dev
// page 1217); elsewhere in text it is a word's part (操作, 操心, 体操, 操场): it needs a title or a list of names.
describe('persons: the rare surname 操', () => {
  it.each([
    ['县政协副主席王建军、操红梅参加调研。', ['王建军', '操红梅']],
    ['市政协委员操志强就养老服务作了发言。', ['操志强']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  // Not yet: the segmenter reads 操/v 学诚 as a verb and its object, which a title before it does not overrule
  // (the verb-surname rule of src/persons/recognize.ts takes only a place or direction word after the verb).
  it.fails('8月26日,太原市政协主席操学诚、副主席李军一行来肥考察。', () => {
    expect(names('8月26日,太原市政协主席操学诚、副主席李军一行来肥考察。')).toEqual(['操学诚', '李军'])
  })

  it.each([
    ['委员们要提高操作能力,不要操之过急。'],
    ['学生在操场上做体操,家长不再操心。'],
    ['要坚守道德操守,操办好各项活动。'],
  ])('no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
