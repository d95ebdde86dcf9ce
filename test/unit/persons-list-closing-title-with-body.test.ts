import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const analyze = (text: string) => analyzer.analyze(text)

// Round 20c (persons' org): a title after the 等 that closes a list of names, with its body written into it
// (石峰、石磊等县委常委、县人大常委会、县政府、县政协全体领导): the body is no description of the members (等企业家委员) but
// the title's, read as if written before a name: role 县委常委, org the 县委 (README: a role given once for a list of names
// belongs to each name; a party committee keeps its title). Before, 县委 was read as a description and 常委 as a 政协 member's
// title (dev 740: 5 names). Expected values worked out by hand.

describe('persons: a title with its body closing a list of names', () => {
  it.each([
    ['崇阳县召开大会。石峰、石磊等县委常委、县人大常委会、县政府领导出席。', ['石峰', '石磊'], ['县委常委'], '崇阳县委', false],
    ['通山县召开大会。王明、李华等县委常委出席会议。', ['王明', '李华'], ['县委常委'], '通山县委', false],
    // Control: a 政协 written into a member's title closing the list stays the 政协.
    ['丽水市召开会议。王明、李华等丽水市政协委员参加。', ['王明', '李华'], ['委员'], '丽水市政协', true],
    ['丽水市政协召开会议。王明、李华等10名市政协委员参加。', ['王明', '李华'], ['委员'], '丽水市政协', true],
    // Control: a description that is no body keeps the 政协 member's title (等企业家委员).
    ['杨浦区政协召开座谈会。王明、李华等8位企业家委员参加。', ['王明', '李华'], ['委员'], '杨浦区政协', true],
  ])('%s', (text, names, roles, org, cppccMember) => {
    const persons = analyze(text).persons
    for (const name of names) expect(persons.find((p) => p.name === name)).toMatchObject({ roles, org, cppccMember })
  })
})
