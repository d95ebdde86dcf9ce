import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

// Hand-checked sentences (the class of dev page 950): a new town's zone named 新城 after a county's short form (滨海新城 of
// 钦州, 江北新城) is no 新城镇 of that county, nor the county: 新城 is an ordinary word first (data/word-short-forms.txt), and a
// short form before such a word vouches for neither (src/places/resolve.ts).
describe('places: X新城 is a new town\'s zone, not the township 新城镇 of X', () => {
  it.each([
    ['据悉，在滨海新城，市政协爱心慈善基金会捐资200万援建的敬老院正式破土动工。', ['滨海新区', '滨海县', '新城镇']],
    ['滨海新城管委为项目提供了用地支持。', ['滨海新区', '滨海县', '新城镇']],
  ])('%s: none of %s', (text, absent) => {
    const got = names(text)
    for (const n of absent) expect(got).not.toContain(n)
  })

  it.each([
    // Written in full, or after a full name above it, the township and the district stay.
    ['天津市滨海新区新城镇召开政协委员座谈会。', ['滨海新区', '新城镇']],
    ['委员们来到金山廊下调研。', ['金山区', '廊下镇']],
    ['西安市新城区政协召开常委会议，为助推新城发展作贡献。', ['西安市', '新城区']],
  ])('%s → %s', (text, present) => {
    const got = names(text)
    for (const n of present) expect(got).toContain(n)
  })
})
