import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A relative word (市委, 市政协) on a page of districts whose city the page writes (重庆市南岸区, 福州市鼓楼区) means that
// city, not the partner city of another province whose 政协 the page writes once (两地政协 signing an agreement:
// 四川省邛崃市政协): README, relative mentions "get the region they mean in context"; the page's own 政协 of a level
// is its home's, and a stranger to the home is a guest. Sentences modelled on dev 992 (重庆 districts' news, one item a
// 南岸区–邛崃市 agreement); expected values by hand.
describe('bodies: a relative word means the home\'s city before a partner city\'s written 政协', () => {
  it.each([
    ['12月16日,黔江区政协主席姚登惠前往五里镇,宣传宣讲市委政协工作会议精神和区委五届七次全会精神。12月17日,重庆市南岸区政协主席梅泽波与四川省邛崃市政协主席肖瑶签署协议。', '重庆市委', '邛崃市委'],
    ['渝中区政协召开常委会会议,传达学习市委政协工作会议精神。12月17日,重庆市渝中区政协与四川省都江堰市政协签订合作协议。', '重庆市委', '都江堰市委'],
    ['鼓楼区政协组织委员学习市委全会精神。福州市鼓楼区政协与江苏省昆山市政协缔结友好政协。', '福州市委', '昆山市委'],
  ])('%s', (text, body, not) => {
    const found = names(text)
    expect(found).toContain(body)
    expect(found).not.toContain(not)
  })

  // Controls: the home's own city written before 政协 is the one meant (邛崃市's page); so is the page's only city.
  it.each([
    ['邛崃市政协主席肖瑶与重庆市南岸区政协主席梅泽波签署协议。两地政协将共同商定课题。市委副书记王力出席。', '邛崃市委'],
    ['昆山市政协主席出席会议。市政协副主席王明主持。', '昆山市政协'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
