import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.kind, c.region])

// A democratic party's branch named by the institution it sits in, written WITHOUT the party after the party's
// committee is named (九三学社东城区委 … 国家体育总局支社; 农工党北京市委 … 医科院肿瘤医院支部, dev 1185 and 1094): one body
// of the party, as written, of the committee's region (README: democratic parties as written; gold of 1185 and 1094),
// and the host it names is no body of its own. Sentences written for this test; expected values by hand.
describe('bodies: an institution’s party branch written alone after the party’s committee', () => {
  it.each([
    ['九三学社东城区委召开会议，国家体育总局支社支委杨雅文发言。', ['国家体育总局支社', 'democratic-party', '东城区']],
    ['九三学社东城区委召开会议，中国中医科学院支社主委黄涛发言。', ['中国中医科学院支社', 'democratic-party', '东城区']],
    ['农工党北京市委主办，医科院肿瘤医院支部协办。', ['医科院肿瘤医院支部', 'democratic-party', '北京市']],
    ['民盟上海市委召开会议，复旦大学委员会作交流发言。', ['复旦大学委员会', 'democratic-party', '上海市']],
  ])('%s', (text, body) => {
    const got = committees(text)
    expect(got).toContainEqual(body)
  })

  it('the host of the branch is no body of its own', () => {
    expect(committees('九三学社东城区委召开会议，国家体育总局支社支委杨雅文发言。').map((c) => c[0])).not.toContain('国家体育总局')
  })

  // Controls: a CPC branch (党支部, 村党支部) is no democratic party's; a branch on a page naming no democratic party, or
  // inside a clause (联合 + …), stays as it was.
  it.each([
    ['民盟北京市委召开会议。复旦大学党支部书记参加。', '复旦大学党支部'],
    ['民盟北京市委召开会议。复旦大学党支部书记参加。', '复旦大学支部'],
    ['民盟北京市委召开会议，村党支部书记参加。', '村党支部'],
    ['复旦大学支部召开会议。', '复旦大学支部'],
    ['九三学社上海市委联合上海社会科学院支社开展调研。', '联合上海社会科学院支社'],
  ])('%s has no %s as a democratic party', (text, name) => {
    expect(committees(text).filter((c) => c[1] === 'democratic-party').map((c) => c[0])).not.toContain(name)
  })
})
