import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// The daily of a province or a city is named by it (湖北日报, 湖南日报, 浙江日报): the dev-pages gold counts the place (dev 346,
// 788), and a relative word on the page resolves to it (省政协 on a page credited to 湖北日报 → 湖北省政协; survey page 荆楚网
// 省政协九届二十八次常委会议闭会). Papers named by no division (人民日报, 光明日报, 经济日报) name no place. Sentences of our own.
describe('places: a daily named by its province or city', () => {
  it.each([
    ['来源:湖北日报 省政协召开十二届八次常委会会议。', '湖北省', '湖北省政协'],
    ['(湖南日报)昨日,省政协召开常委会议。', '湖南省', '湖南省政协'],
  ])('%s → %s, %s', (text, place, body) => {
    const r = analyzer.analyze(text)
    expect(r.places.map((p) => p.name)).toContain(place)
    expect(r.committees.map((c) => c.name)).toContain(body)
  })

  it.each(['人民日报记者报道。', '据光明日报报道,市政协召开会议。', '经济日报记者采访了委员。'])('%s: no place', (text) => {
    expect(analyzer.analyze(text).places).toEqual([])
  })
})
