import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A special committee written alone as the subject of a clause, at its head right before a verb, on a page that has
 * named one CPPCC committee so far, is that committee's (GUIDE.md: relative mentions are resolved to the body they
 * mean; the gold resolves a bare 提案委员会 to the page's 政协 on 134, 363, 947). Only names no government or congress
 * gives a body of its own (not 经济委员会, 法制委员会). Checked by hand.
 */
const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

describe('a special committee alone as the subject of its clause', () => {
  it.each([
    ['市政协十四届四次会议后,提案委员会收到提案318件,经审查,立案307件。市委、市政府领导作出批示。', ['市政协', '市政协提案委员会', '市委', '市政府']],
    ['长春市政协召开会议。会上,文史委组织委员视察。', ['长春市政协', '长春市政协文史委']],
    ['舟曲县政协十届三次会议期间,提案委员会收到提案86件。', ['舟曲县政协', '舟曲县政协提案委员会']],
  ])('%s', (text, want) => expect(committees(text)).toEqual(want))

  it.each([
    ['市政府召开会议,经济委员会通报了情况。', ['市政府']], // a government's name too
    ['市人大常委会召开会议。会上,法制委员会通报了情况。', ['市人大常委会']],
    ['市政协和县政协召开会议。会上,提案委员会通报了情况。', ['市政协', '县政协']], // two CPPCC committees: whose?
    ['提案委员会通报了情况。', []], // no CPPCC committee named before
  ])('not: %s', (text, want) => expect(committees(text)).toEqual(want))
})
