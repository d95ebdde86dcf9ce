import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const body = (text: string, name: string) => analyzer.analyze(text).committees.find((c) => c.name === name)

// Round 17 (departments, dev 958): a city bureau's branch named by a district or county of the city serves that
// division, and the gold gives it that region (洛阳市生态环境局新安分局 → 新安县, 益阳市生态环境局南县分局 → 南县 on the
// dev pages; 上饶市公安局信州分局 → 信州区 on 958). Expected values worked out by hand.

describe('bodies: a bureau’s branch named by a division inside the bureau’s region has that division as region', () => {
  it.each([
    ['上饶市公安局信州分局民警参加活动。', '上饶市公安局信州分局', '信州区'],
    ['区政府副区长、市公安局信州分局局长刘力强陪同。信州区人大常委会视察。', '上饶市公安局信州分局', '信州区'],
    ['安庆市生态环境局桐城分局局长王五介绍情况。', '安庆市生态环境局桐城分局', '桐城市'],
    ['益阳市生态环境局南县分局局长李四出席。', '益阳市生态环境局南县分局', '南县'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })

  it.each([
    // An area that is no division: the bureau's region stays.
    ['上饶市公安局经开分局民警参加活动。', '上饶市公安局经开分局', '上饶市'],
    // A bureau without a branch keeps its own region.
    ['上饶市公安局局长出席。信州区政协视察。', '上饶市公安局', '上饶市'],
  ])('%s → %s in %s', (text, name, region) => {
    expect(body(text, name)).toMatchObject({ kind: 'government', region })
  })
})
