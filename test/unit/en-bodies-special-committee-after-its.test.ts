import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const specials = (text: string) => analyzer.analyze(text).committees.filter((c) => c.kind === 'cppcc-special').map((c) => [c.name, c.region])

// A special committee written in lower case after "its" (Xinhua: "to serve as deputy head of its social and legal
// committee", en 458) is the special committee of the CPPCC committee "its" refers to, the body written last before it
// (GUIDE.md: special committees at every level; README: named as written). Not where that body is another one (a
// congress, a company), nor for a committee whose words are not a special committee's field (organizing committee).
describe('English bodies: a lower-case special committee after "its"', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Lu Zhongmei was selected as a member of the CPPCC National Committee, to serve as deputy head of its social and legal committee.', [['social and legal committee', '全国']]],
    ['The CPPCC Guangdong Provincial Committee held a meeting of its proposals committee on Monday.', [['proposals committee', '广东省']]],
    ['The CPPCC National Committee said its economic subcommittee would study the issue.', [['economic subcommittee', '全国']]],
    // Controls.
    ['The NPC Standing Committee asked its legal committee to review the draft.', []],
    ['The CPPCC National Committee thanked the company and its social committee.', []],
    ['The CPPCC National Committee praised its organizing committee.', []],
  ])('%s', (text, want) => {
    expect(specials(text)).toEqual(want)
  })
})
