import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// Round 25c (committees, dev 469, 757): a relative word listed before a shared organ (省、市政协委员) names a body only
// where it resolves to one region, written or lifted through a written division; an item that names none is a level of
// committees, not one body (部分市、县政协委员 on a county page that writes no place: the gold lists 县政协, not 市政协; dev
// 469, 757 ×2 so, 380 the one other way). The last item (the body the list ends in) keeps the rule of any relative word.
// Sentences written for this test; expected values by hand.
describe('bodies: unnamed items of a list of levels before a shared organ', () => {
  it.each<[string, string[], string[]]>([
    ['县政协组织部分市、县政协委员视察我县旅游产业。', ['县政协'], ['市政协']],
    ['会上，省、市、区政协委员们围绕社区卫生服务建言。区政协主席张三讲话。', ['区政协'], ['省政协', '市政协']],
    ['县政协召开常委会议，部分省、市政协委员列席会议。', ['县政协', '市政协'], ['省政协']],
  ])('%s: %j, none of %j', (text, present, absent) => {
    const got = names(text)
    expect(got).toEqual(expect.arrayContaining(present))
    for (const a of absent) expect(got).not.toContain(a)
  })

  // Controls: items that name a region, written or lifted, are still bodies.
  it.each<[string, string[]]>([
    ['湖南省常德市桃源县政协会议开幕。部分省、市政协委员列席了会议。', ['桃源县政协', '湖南省政协', '常德市政协']],
    ['桃源县政协会议开幕。部分省、市政协委员列席了会议。', ['桃源县政协', '湖南省政协', '常德市政协']],
    ['宜宾市叙州区政协召开常委会议，传达全国、省、市政协会议精神。', ['全国政协', '四川省政协', '宜宾市政协']],
    ['吉林省长春市政协组织省、市政协委员视察。', ['吉林省政协', '长春市政协']],
  ])('%s: %j', (text, present) => {
    expect(names(text)).toEqual(expect.arrayContaining(present))
  })
})
