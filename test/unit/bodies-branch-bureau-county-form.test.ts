import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region, c.mentions.length])

// Round 24 (departments, dev 1173): a city bureau's branch in a county (临沂市生态环境局罗庄分局) is the county's branch
// bureau a page also writes from the county (罗庄生态环境分局, 信州公安分局): one body, named by its first full form
// (dev-pages README). Sentences written for this test; expected values by hand.
describe('bodies: a bureau’s branch and the county’s branch bureau are one body', () => {
  it.each<[string, Array<[string, string, number]>]>([
    ['临沂市生态环境局罗庄分局2021年政协提案办理总体情况。2021年,罗庄生态环境分局承办政协提案2件。', [['临沂市生态环境局罗庄分局', '罗庄区', 2]]],
    ['上饶市公安局信州分局局长出席。信州公安分局民警参加。', [['上饶市公安局信州分局', '信州区', 2]]],
    // 环保分局 is the older form of 生态环境分局 (data/bodies.tsv)
    ['益阳市生态环境局南县分局局长李四出席。南县环保分局参加。', [['益阳市生态环境局南县分局', '南县', 2]]],
  ])('%s', (text, bodies) => {
    expect(committees(text)).toEqual(bodies)
  })

  it.each<[string, string[]]>([
    // another county's branch bureau stays another body
    ['上饶市公安局信州分局局长出席。广丰公安分局民警参加。', ['上饶市公安局信州分局', '广丰区公安分局']],
    // an area that is no division keeps the bureau's branch as written, beside the district's own branch bureau
    ['上饶市公安局经开分局民警参加。信州公安分局民警参加。', ['上饶市公安局经开分局', '信州区公安分局']],
  ])('%s: %j', (text, names) => {
    expect(committees(text).map((c) => c[0])).toEqual(names)
  })
})
