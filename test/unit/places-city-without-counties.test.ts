import { describe, expect, it } from 'vitest'
import { analyzer, expectTownship } from '../helpers.js'

const place = (text: string, name: string) => analyzer.analyze(text).places.find((p) => p.name === name)

// A prefecture city without counties (中山市, 东莞市) holds its towns and streets through a county-level division of the
// same name (data/divisions.tsv: 442000 中山市 under 4420 中山市). A page that names the city (中山市政协, 东莞市政协) names
// that division too, so the towns it writes by their stems in a list closed by a count (横栏、大涌两镇) are its towns,
// as a county's are where the county is named. Sentences written for this test; expected values checked against
// data/divisions.tsv (横栏镇, 大涌镇, 南区街道 of 中山市; 虎门镇, 长安镇 of 东莞市).
describe('places: towns of a prefecture city without counties, written by their stems', () => {
  it.each([
    ['中山市政协副主席到横栏、大涌两镇调研。', '横栏镇', '中山市'],
    ['中山市政协副主席到横栏、大涌两镇调研。', '大涌镇', '中山市'],
    ['中山市政协委员到南区、横栏和大涌三镇(区)政协工作室走访。', '南区街道', '中山市'],
    ['中山市政协委员到南区、横栏和大涌三镇(区)政协工作室走访。', '横栏镇', '中山市'],
    ['东莞市政协组织委员到虎门、长安两镇调研。', '虎门镇', '东莞市'],
    ['东莞市政协组织委员到虎门、长安两镇调研。', '长安镇', '东莞市'],
  ])('%s → %s (%s)', expectTownship)

  it.each([
    // The stem alone, not closed by a count: a word as often as a name.
    ['东莞市政协组织委员到虎门调研。', '虎门镇'],
    ['中山市政协组织委员到横栏调研。', '横栏镇'],
    // The city not named: a list of stems with a count is not enough.
    ['广东省政协组织委员到横栏、大涌两镇调研。', '横栏镇'],
  ])('%s: no %s', (text, name) => {
    expect(place(text, name)).toBeUndefined()
  })
})
