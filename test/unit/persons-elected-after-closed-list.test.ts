import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A title given by a verb of election with its body written whole after the 等 and the count that close a list of
// names (于兆强等52人当选为自治州政协第十四届委员会常务委员; A、B等当选为县政协常务委员) is every name's, as it is right
// after a name (李明当选为县政协常务委员) and as a title without a body after 等52人 already was (王涤等49人当选为常委).
// README: a role given once for a list of names belongs to each name. Sentences written by hand; truth worked out by hand.
const persons = (t: string) => analyzer.analyze(t).persons.map((p) => [p.name, p.roles, p.org, p.cppccMember])

describe('an elected title with its body after a closed list', () => {
  it.each([
    ['宁乡县政协第十届一次会议闭幕。李华等52人当选为宁乡县政协第十届委员会常务委员。', [['李华', ['常务委员'], '宁乡县政协', true]]],
    ['宁乡县政协第十届一次会议闭幕。李华、张强、赵刚等当选为宁乡县政协常务委员。', [
      ['李华', ['常务委员'], '宁乡县政协', true], ['张强', ['常务委员'], '宁乡县政协', true], ['赵刚', ['常务委员'], '宁乡县政协', true],
    ]],
    ['宁乡县政协第十届一次会议闭幕。李华、张强等3人当选为宁乡县政协第十届委员会副主席。', [
      ['李华', ['副主席'], '宁乡县政协', true], ['张强', ['副主席'], '宁乡县政协', true],
    ]],
    ['宁乡县政协第十届一次会议闭幕。王明等5名同志当选为宁乡县政协第十届委员会常务委员。', [['王明', ['常务委员'], '宁乡县政协', true]]],
    // Controls: no verb of election after the list, or one with no body written after it.
    ['宁乡县政协第十届一次会议闭幕。李华等52人参加会议。', [['李华', [], null, false]]],
    ['宁乡县政协第十届一次会议闭幕。李华等52人当选后表示，将认真履职。', [['李华', [], null, false]]],
  ])('%s', (text, want) => expect(persons(text)).toEqual(want))
})
