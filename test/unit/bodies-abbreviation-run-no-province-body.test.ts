import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A run of provinces' one-character abbreviations (晋冀鲁豫, 晋察冀) names each province (README: short forms inside a
// name count), but an organ after the run is a body of them all (晋冀鲁豫军区, a wartime military region), no body of the
// last province alone: 豫军区 is no 河南省 body.
describe('no body of the last province of a run of abbreviations', () => {
  it.each([
    ['郝忠祥一行参观了尧都区大阳镇晋冀鲁豫军区临汾战役前方指挥所旧址。', '豫军区'],
    ['委员们参观了晋冀鲁豫军区司令部旧址和边区政府旧址。', '豫军区'],
  ])('%s: no %s', (text, body) => {
    const r = analyzer.analyze(text)
    expect(r.committees.map((c) => c.name)).not.toContain(body)
    expect(r.committees.filter((c) => c.region === '河南省')).toEqual([])
    expect(r.places.map((p) => p.name)).toContain('河南省')
  })
})

describe('a province before an organ of its own keeps its body, in a run too', () => {
  it.each([
    ['湖北省军区政委出席会议。', '湖北省军区'],
    ['豫政协委员赴京参加会议，河南省政协主席出席。', '河南省政协'],
    // an organ every province has, after a run: each province's (the gold of dev 635, 993), the last one at least
    ['京津冀政协主席联席会议召开。', '河北省政协'],
  ])('%s → %s', (text, body) => {
    expect(analyzer.analyze(text).committees.map((c) => c.name)).toContain(body)
  })
})
