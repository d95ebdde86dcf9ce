import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A slogan named after the page's own county (data/slogan-words.txt: “平安南开”) may be one item of a quoted list of
// slogans (以打造“东北瓷都、中国牛县、山水法库”为目标: dev 1038, round 19), and 山水 opens such slogans as 生态 does
// (山水法库, 山水宜良). On a page that speaks of its own county (县政协, 县长) the short form so framed is that county.
const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name)

describe('a county named short in a slogan inside a quoted list', () => {
  it.each([
    ['县长通报了上半年经济运行情况，全县以打造“东北瓷都、中国牛县、山水法库”为目标。县政协副主席参加了会议。', '法库县'],
    ['县政协召开常委会议，助力建设“山水宜良”。', '宜良县'],
    ['县政协组织委员视察，助推“生态宜良、美丽宜良”建设。', '宜良县'],
  ])('%s → %s', (text, place) => {
    expect(places(text)).toContain(place)
  })

  it('its relative bodies resolve to it', () => {
    const r = analyzer.analyze('县政府通报了情况，全县以打造“东北瓷都、中国牛县、山水法库”为目标。县政协副主席参加了会议。')
    expect(r.committees.map((c) => c.name).sort()).toEqual(['法库县政协', '法库县政府'].sort())
  })
})

describe('no county from a slogan word without the frame', () => {
  it.each([
    // no body of the county's level on the page
    ['全省以打造“东北瓷都、中国牛县、山水法库”为目标。', '法库县'],
    // not in quotes
    ['县政协组织委员视察，建设山水宜良。', '宜良县'],
    // the quoted list goes on after the name: the name is no item of its own
    ['县政协召开会议，围绕“山水宜良城乡”开展调研。', '宜良县'],
  ])('%s: no %s', (text, place) => {
    expect(places(text)).not.toContain(place)
  })
})
