import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const bodies = (text: string) => analyzer.analyze(text).committees.map((c) => [c.name, c.region])
const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// An institute named only after the academy or university that holds it (data/held-institutes.tsv): a research centre after
// an academy or university (dev 1180 中国科学院生态环境研究中心), an academy's institute written short as 所 after its place
// (dev 1181 中科院山西煤化所, sample 002 中国科学院长春应化所), a hospital after its university (中南大学湘雅二医院). Named as written, region the place the name holds.
// Sentences written for this test, (page N) one of a dev page's; expected values worked out by hand.

describe('bodies: an institute held by an academy or university, written as one word with it', () => {
  it.each([
    ['中国科学院生态环境研究中心研究员王某作了发言。', '中国科学院生态环境研究中心', null, '中国科学院'],
    ['清华大学公共管理研究中心主任作报告。', '清华大学公共管理研究中心', null, '清华大学'],
    ['中科院山西煤化所研究员李某介绍情况。', '中科院山西煤化所', '山西省', '中科院'],
    ['领导率队赴中国科学院长春应化所开展调研。', '中国科学院长春应化所', '长春市', '中国科学院'],
    ['中国农业科学院郑州果树所专家到果园指导。', '中国农业科学院郑州果树所', '郑州市', '中国农业科学院'],
    ['中国科学院广州地球化学所研究员发言。', '中国科学院广州地球化学所', '广州市', '中国科学院'],
    // A hospital after its university, numbered after its own name (湘雅 + 二 + 医院) or named whole by the segmenter (湘雅医院).
    ['中南大学湘雅二医院院长出席。', '中南大学湘雅二医院', null, '中南大学'],
    ['会议邀请中南大学湘雅医院专家授课。', '中南大学湘雅医院', null, '湘雅医院'],
  ])('%s → %s (%s), not %s', (text, name, region, holder) => {
    expect(bodies(text)).toContainEqual([name, region])
    expect(names(text)).not.toContain(holder)
  })

  it.each([
    // Controls: a centre with no holder before it, or a holder cut off by a word of the sentence, names no centre.
    ['县乡村振兴研究中心成立。', []],
    ['北京大学在研究中心举办活动。', ['北京大学']],
    ['中科院的研究中心很多。', ['中科院']],
    // 所 of a verb phrase, or after a university, or after a field with no place: no institute.
    ['中科院专家所提建议很有价值。', ['中科院']],
    ['中国科学院院士所在单位给予支持。', ['中国科学院']],
    ['他把在北京大学所学的知识用于实践。', ['北京大学']],
    ['中科院山西所有专家都参加了。', ['中科院']],
    // A count or a conjunction between a university and 医院 names no hospital of it.
    ['浙江大学两家医院参加。', ['浙江大学']],
    ['清华大学与医院合作。', ['清华大学']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
