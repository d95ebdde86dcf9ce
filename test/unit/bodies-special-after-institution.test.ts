import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)
const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A special committee written alone with a title after it (教科卫体委员会主任刘敏) is the one of the CPPCC committee named
// last before it, where no other body stands between: a hospital or a school written between (朱家角人民医院院长洪斌陪同)
// owns no committee of the CPPCC's names, so it does not stand between (dev 980). A government still does (a 经济委员会
// may be its own). Sentences written for this test; values worked out by hand.
describe('bodies: a special committee written alone after a public institution', () => {
  it.each([
    ['区政协教科卫体委员会视察青浦区的医院。秘书长张正华参加,朱家角人民医院院长洪斌陪同视察并作介绍。在座谈中,教科卫体委员会主任刘敏作了介绍。', '刘敏', '青浦区政协教科卫体委员会'],
    ['县政协文史委到县一中调研。县一中校长李华介绍了情况。文史委主任王强讲话。', '王强', '县政协文史委'],
  ])('%s: %s → %s', (text, name, org) => {
    expect(person(text, name)?.org).toBe(org)
  })

  it.each([
    // A government body between: the committee written alone may be its own.
    ['市政协副主席到市发展改革委调研。市发展改革委经济委员会主任刘敏作了介绍。', '市政协经济委员会'],
  ])('%s: no %s', (text, name) => {
    expect(bodies(text)).not.toContain(name)
  })
})
