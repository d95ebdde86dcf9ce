import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// 国务委员 is a title of the State Council alone: written without its body, its org is 国务院, as 省长 is the
// province's 政府 (test/fixtures/dev-pages/README.md: government titles take the region's body). National session
// reports list it after other leaders' title chains (中共中央政治局委员、中央宣传部部长李书磊，国务委员谌贻琴: dev 1393),
// where the chain before must not lend it its body. Sentences written by hand after that form.
const person = (t: string, name: string) => analyzer.analyze(t).persons.filter((p) => p.name === name).map((p) => [p.roles, p.org])

describe('国务委员 → 国务院', () => {
  it.each([
    ['中共中央政治局委员、中央宣传部部长李书磊，国务委员谌贻琴，以及中共中央、国务院有关部门负责同志应邀到会听取发言。', '谌贻琴', [['国务委员'], '国务院']],
    ['國務委員諶貽琴出席會議並講話。', '谌贻琴', [['国务委员'], '国务院']],
    ['全国政协主席王沪宁出席会议，国务委员王小洪参加调研。', '王小洪', [['国务委员'], '国务院']],
    ['会上，国务委员、国务院秘书长吴政隆作了说明。', '吴政隆', [['国务委员', '秘书长'], '国务院']],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual([want])
  })

  // Controls: the chain before keeps its own body; a 委员 of a named 国务院 body is no 国务委员.
  it.each([
    ['中共中央政治局委员、中央宣传部部长李书磊，国务委员谌贻琴出席。', '李书磊', [['中央政治局委员', '部长'], '中共中央']],
    ['全国政协副主席沈跃跃，国务委员谌贻琴出席会议。', '沈跃跃', [['副主席'], '全国政协']],
  ])('%s', (text, name, want) => {
    expect(person(text, name)).toEqual([want])
  })
})
