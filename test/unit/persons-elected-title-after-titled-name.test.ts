import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// Round 20c (persons' org): a title given by a verb of election after a name with its body written whole
// (当选为政协第九届濮阳市委员会副主席) is one more title of a name that has titles before it too (农工党濮阳市委会主委张雷):
// its body is the one written after the verb, not the democratic party written before the name, and where it is a
// 政协's, it is the first CPPCC role, so the org (README: org is the body of the first CPPCC role). Dev 621.
// Expected values worked out by hand.

describe('persons: an elected title with its body after a name with titles before', () => {
  it.each([
    ['农工党濮阳市委会主委张雷当选为政协第九届濮阳市委员会副主席。', '张雷', ['主委', '副主席'], '濮阳市政协', true],
    ['民建丰县委员会主委李明当选为丰县政协副主席。', '李明', ['主委', '副主席'], '丰县政协', true],
    ['九三学社南岸区委副主委王刚当选为南岸区政协常委。', '王刚', ['副主委', '常委'], '南岸区政协', true],
    // A 政协 title before the name stays the first CPPCC role; the elected one is added after it.
    ['丰县政协委员李明当选为民建丰县委员会主委。', '李明', ['委员', '主委'], '丰县政协', true],
    // Control: an elected title written bare keeps the body before the name.
    ['民建丰县委员会副主委李明当选为主委。', '李明', ['副主委', '主委'], '民建丰县委员会', false],
  ])('%s → %s', (text, who, roles, org, cppccMember) => {
    expect(analyze(text).persons.find((p) => p.name === who)).toMatchObject({ roles, org, cppccMember })
  })
})
