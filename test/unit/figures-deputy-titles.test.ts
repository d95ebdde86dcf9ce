import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// Review of round 11: 副 is the measure word of couplets (百余副对联), and before it a number is no figure where a
// title of the roles lexicon begins at 副 (两副主席, two deputy chairs): data/roles.tsv as the persons stage loads it,
// not a copy of its titles in data/figure-words.tsv, which missed 副检察长 and 副调研员.
type Fig = [number, string | null, string | null]
const figures = (text: string) => analyzer.analyze(text).figures.map((f): Fig => [f.value, f.unit, f.approx])

describe('副 before a deputy’s title', () => {
  it.each([
    '检察院配齐两副检察长。',
    '局里新增两副调研员。',
    '两副主席分别讲话。',
    '会上，两副市长分别作了部署。',
    '三副主任分工负责各项工作。',
    '配备了两副总经理。',
  ])('no figure: %s', (text) => expect(figures(text)).toEqual([]))

  it.each<[string, Fig[]]>([
    ['现场将书写好的百余副对联送到群众手中。', [[100, '副', 'more']]],
    ['当天共送出春联、“福”字2000余副。', [[2000, '副', 'more']]],
    ['写春联68副，送“福”字120张。', [[68, '副', null], [120, '张', null]]],
    ['书写春联两副，送给主任。', [[2, '副', null]]],
  ])('negative, a count of couplets: %s', (text, want) => expect(figures(text)).toEqual(want))

  // 副庭长 (a court's deputy division head) is a title of data/roles.tsv.
  it('no figure: 法院配齐两副庭长。', () => expect(figures('法院配齐两副庭长。')).toEqual([]))
})
