import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind])

// Relative words listed before one organ (省、市委) name bodies of one party: on a democratic party's page (民建河北省委
// written) the 省 of 省、市委 is the Communist Party's 省委 where the 市委 it is listed with is (中共市委 written on the
// page). dev-pages/README.md: relative mentions get the body they mean in context; a bare 省委 alone on such a page
// stays the democratic party's (bodies-party-own-committee-bare.test.ts). (page N) marks a dev page's sentence,
// the others were written for this test.
describe('bodies: a relative word listed with the Communist Party’s committee', () => {
  it.each([
    // (page 1148)
    ['为深入贯彻中共十九届四中全会和省、市委全会精神，市政协副主席、民建河北省委副主委、石家庄市委主委武义青带领调研组调研。中共市委十届八次全会提出要求。',
      [['河北省委', 'party'], ['石家庄市委', 'party'], ['石家庄市政协', 'cppcc'], ['民建河北省委', 'democratic-party'], ['民建石家庄市委', 'democratic-party']]],
    ['认真贯彻省、市委决策部署，民盟山东省委副主委、济南市委主委李华出席。中共济南市委统战部部长讲话。',
      [['山东省委', 'party'], ['济南市委', 'party'], ['民盟山东省委', 'democratic-party'], ['民盟济南市委', 'democratic-party'], ['济南市委统战部', 'party']]],
  ])('%s', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })

  it.each([
    // no Communist Party body of the city written: the list is read as before (the party's own committees)
    ['为深入贯彻省、市委全会精神，民建河北省委副主委、石家庄市委主委武义青带领调研组调研。', [['民建河北省委', 'democratic-party'], ['民建石家庄市委', 'democratic-party']]],
    // a bare 省委 alone, not listed: the party's own
    ['在省委的领导下，民建河北省委召开会议。中共石家庄市委书记出席。', [['民建河北省委', 'democratic-party'], ['石家庄市委', 'party']]],
  ])('%s: as before', (text, expected) => {
    expect(committees(text)).toEqual(expected)
  })
})
