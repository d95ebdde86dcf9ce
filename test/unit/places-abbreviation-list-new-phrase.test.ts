import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const places = (text: string) => analyzer.analyze(text).places.map((p) => p.name).sort()

// A list of province abbreviations whose last character begins a phrase of its own (皖港 + 新合作, 川渝 + 新发展): 新 is the
// adjective of the phrase, no 新疆, and the list ends before it (data/abbreviation-context.tsv, stop). Seen on dev 1424
// (深化皖港新合作). A list of two stays whole (甘新合作 is Gansu's and Xinjiang's), and 新 before a count word is the
// province's. Sentences of our own; expected values by hand.
describe('places: a list of abbreviations before a phrase its last character begins', () => {
  it.each([
    ['委员就运用科创新联动，深化皖港新合作发表见解。', ['安徽省', '香港特别行政区']],
    ['合力推动川渝新发展。', ['四川省', '重庆市']],
    ['携手开创粤港澳新局面。', ['广东省', '澳门特别行政区', '香港特别行政区']],
    ['深化沪苏浙新合作。', ['上海市', '江苏省', '浙江省']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual([...expected].sort())
  })

  it.each([
    ['甘新合作不断深化。', ['新疆维吾尔自治区', '甘肃省']],
    ['甘青新三省区政协联合调研。', ['新疆维吾尔自治区', '甘肃省', '青海省']],
    ['助力新疆高质量发展。', ['新疆维吾尔自治区']],
    // Review r32: the north-west's fixed sets keep 新疆 before such a phrase (data/abbreviation-context.tsv, kept).
    ['深化甘青新合作。', ['新疆维吾尔自治区', '甘肃省', '青海省']],
    ['推进陕甘宁青新合作。', ['宁夏回族自治区', '新疆维吾尔自治区', '甘肃省', '陕西省', '青海省']],
    ['推动陕甘青宁新发展。', ['宁夏回族自治区', '新疆维吾尔自治区', '甘肃省', '陕西省', '青海省']],
  ])('control: %s → %j', (text, expected) => {
    expect(places(text)).toEqual([...expected].sort())
  })
})
