import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A county whose official name is a word of the sentence and its suffix (和 of 和县, 会同 of 会同县: data/function-word-stems.txt),
// written before a body's organ: 和县政协 is as often 和 + 县政协, 会同县委 会同 + 县委. So read, dev 649 (…的讲话，和县政协常委会
// 工作报告) and 920 (将会同县委办公室) named 和县 and 会同县 and gave the page's 县政协 and 县委 their region.
describe('和县政协 and 会同县委 as a function word and a relative body word', () => {
  it.each([
    ['委员们认真学习讨论县委书记在开幕式上的讲话，和县政协常委会工作报告以及提案工作情况报告。', '和县', ['县委', '县政协']],
    ['会议闭幕后，县政协提案委员会将会同县委办公室、县政府办公室及时转交有关部门办理。', '会同县', ['县政协提案委员会', '县委办公室', '县政府办公室']],
    ['要全面落实省委、市委和县委工作要求，扎实开展灾后重建工作。', '和县', ['县委']],
    ['全县各级要认真落实县委部署，与县政协密切配合，共同推进各项工作。', '和县', ['县委', '县政协']],
    ['县政协主席会议研究决定，会同县政府有关部门开展专项视察。', '会同县', ['县政府']],
  ])('%s: no %s', (text, place, bodies) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).not.toContain(place)
    for (const b of bodies) expect(r.committees.map((c) => c.name)).toContain(b)
    expect(r.committees.filter((c) => c.region === place)).toEqual([])
  })
  // Controls: the county opening a sentence, after its parent, or named elsewhere on the page (its city and a body of
  // the county's level, or the county itself).
  it.each([
    ['和县政协召开十届三次常委会议。', '和县', '安徽省马鞍山市', '和县政协'],
    ['安徽省马鞍山市和县政协组织委员视察农村公路建设。', '和县', '马鞍山市', '和县政协'],
    ['会同县委书记李四深入乡镇调研。', '会同县', '怀化市', '会同县委'],
    ['湖南省怀化市会同县政协召开主席会议。', '会同县', '怀化市', '会同县政协'],
    ['马鞍山市领导出席大会。会议由和县政协主席主持，县政协委员参加。', '和县', '马鞍山市', '和县政协'],
  ])('%s → %s', (text, place, parent, body) => {
    const r = analyzer.analyze(text)
    const p = r.places.find((x) => x.name === place)
    expect(p?.level).toBe('county')
    expect(parent.endsWith(p?.parent ?? '-')).toBe(true)
    expect(r.committees.find((c) => c.name === body)?.region).toBe(place)
  })
})
