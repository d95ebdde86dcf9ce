import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// A bare relative party committee (市委, 区委) on a democratic party's own page (issue #14; dev 1094: 农工党北京市委 …
// 做到与市委步调一致, dev 764): the party's own committee where the page names no Communist Party body of that region.
// Hand-checked by test/fixtures/dev-pages/README.md (relative mentions get the body they mean in context). Sentences
// written for this test.

describe('bodies: a bare 市委 on one democratic party’s page is that party’s committee', () => {
  it.each([
    ['民盟泉州市委召开常委会议。会议指出，全体盟员要在市委领导下，扎实做好各项工作。', '民盟泉州市委'],
    ['农工党南京市委举办骨干培训班。学员们表示，要与市委步调一致，团结奋进。', '农工党南京市委'],
    ['九三学社杭州市委组织社员开展调研，调研成果将报送市委。', '九三学社杭州市委'],
    ['民盟静安区委召开全会。大家表示要在区委领导下做好工作。', '民盟静安区委'],
    // A member word after a bare 市委 tells neither party.
    ['民盟泉州市委召开会议，市委委员参加。会议要求在市委领导下做好工作。', '民盟泉州市委'],
  ])('%s → only %s', (text, name) => {
    expect(committees(text)).toEqual([[name, 'democratic-party']])
  })
})

describe('bodies: a bare 市委 stays the Communist Party’s committee', () => {
  it.each([
    // The page names a Communist Party body of the city.
    ['民进苏州市委召开全会。中共苏州市委统战部副部长李四出席。会议强调，要在市委领导下做好工作。', '苏州市委'],
    ['民进苏州市委召开全会，中共苏州市委副书记出席。会议强调，要在市委领导下做好工作。', '苏州市委'],
    // A Party title after the bare committee.
    ['民革南京市委主委王五出席。市委书记韩立明会见了与会人员。会议要求与市委保持一致。', '南京市委'],
    // Paired with the city's government.
    ['民建无锡市委开展调研，为市委、市政府科学决策建言献策。', '无锡市委'],
    ['民建无锡市委开展调研，为市委市政府科学决策建言献策。', '无锡市委'],
    // Committees of two parties of the city: whose it would be is not written.
    ['民盟泉州市委和民建泉州市委联合开展调研。大家表示要在市委领导下工作。', '泉州市委'],
    // No party committee of the city on the page.
    ['民盟福建省委调研组来到泉州。大家表示要在市委领导下工作。', '泉州市委'],
  ])('%s keeps %s', (text, name) => {
    expect(committees(text)).toContainEqual([name, 'party'])
  })
})
