import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// Some sites print a straight double quote for the apostrophe (the ACFIC's English pages: Chinese People"s Political
// Consultative Conference, People"s Bank of China; en 404, 405, 457). It is the apostrophe of a body's name, as ’ and '
// are, only before a word-final s; the name stays as printed (gold 404). Sentences written after those pages.
describe('English bodies: a double quote printed for the apostrophe', () => {
  it.each<[string, Array<[string, string]>]>([
    ['More than 50 representatives discussed the group proposals to the nationalmeetings of the Chinese People"s Political Consultative Conference.', [['Chinese People"s Political Consultative Conference', 'cppcc']]],
    ['Those accountable include the People"s Bank of China and nine other government agencies.', [['People"s Bank of China', 'government']]],
    ['On the first day of the 5th Session of the National Committee of Chinese People"s Political Consultative Conference on March 4, members spoke.', [['National Committee of Chinese People"s Political Consultative Conference', 'cppcc']]],
    // Controls: a quotation mark that closes a quotation is no apostrophe.
    ['He called the "People"s a good word" and left the Bank of China.', []],
    ['They praised the "Chinese People"s spirit at the meeting.', []],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual(want)
  })
})
