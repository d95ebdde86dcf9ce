import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const person = (text: string, name: string) => analyzer.analyze(text).persons.find((p) => p.name === name)

// Hand-checked truth: a group pointed back to by a demonstrative (该组, 本组: the group the page named before) is no
// department of the title after it, which is written bare (dev 945 gold: 该组召集人张宗焕 → 召集人, 该组政协委员、…董事长
// 田红军 → 委员, 董事长, org 凤翔县政协; dev 1069: 该组副组长 → 副组长). Controls: a department of a body written out
// stays the title's (办公室主任 after a body), and a group named by its own word is unchanged.
describe('roles: a group pointed back to by a demonstrative is no department', () => {
  it.each([
    ['凤翔县政协工会界别活动组开展活动。同时，该组政协委员、宝鸡东亚医药有限公司董事长田红军为县敬老中心捐赠轮椅。', '田红军', ['委员', '董事长']],
    ['凤翔县政协工会界别活动组开展活动。该组召集人张宗焕号召委员奉献爱心。', '张宗焕', ['召集人']],
    ['县政协第三委员活动组走访企业。本组召集人李明华介绍了情况。', '李明华', ['召集人']],
    // controls
    ['会上，宣传组组长李明华介绍了情况。', '李明华', ['宣传组组长']],
  ])('%s → %s', (text, name, roles) => {
    expect(person(text, name)?.roles).toEqual(roles)
  })
})
