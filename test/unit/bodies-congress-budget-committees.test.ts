import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)

// Round 20 (dev 1056): congresses name their budget committees from the fields 财政, 经济 and 预算, joined by 与/和
// (县人大财政经济与预算委员会, 市人大常委会预算工作委员会); read as other committees of field words are
// (data/special-committee-fields.txt). Expected values worked out by hand.

describe('bodies: a congress committee of 财政 and 预算', () => {
  it.each([
    ['镇康县人大财政经济与预算委员会负责人参加会议。', '镇康县人大财政经济与预算委员会', '镇康县'],
    ['县人大社会建设与教科文卫委员会、县人大财政经济与预算委员会负责人参加会议。', '县人大财政经济与预算委员会', null],
    ['宁海县人大常委会财政预算工作委员会主任王明参加调研。', '宁海县人大常委会财政预算工作委员会', '宁海县'],
    ['宁海县政协财政经济委员会主任李红参加调研。', '宁海县政协财政经济委员会', '宁海县'],
  ])('%s → %s', (text, name, region) => {
    expect(committees(text).find((c) => c.name === name)).toMatchObject({ region })
  })

  it.each([
    // No committee word after the stem: a report, not a body.
    ['宁海县人大常委会审议财政预算执行情况的报告。', '宁海县人大常委会'],
    // 委员 is the member of the committee before it, not a committee of 预算.
    ['宁海县人大常委会委员王明审查预算。', '宁海县人大常委会'],
  ])('%s: %s', (text, name) => {
    expect(names(text)).toContain(name)
    expect(names(text).filter((n) => n.startsWith('宁海县人大') && n !== name)).toEqual([])
  })
})
