import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const names = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A list item that opens with a relative region word (区政协委员、区建管委) is that region's own body, not a special
// committee of the 政协 before it: a 政协's list of its special committees writes them without the region word (市政协
// 文史委、提案委; 市政协提案委主任…、经济和农业农村委主任…, dev 956). 区建管委 (建设和管理委员会) is the building commission of
// 上海's districts (dev 996). Expected values by hand.
describe('bodies: a listed item with its own region word is no special committee', () => {
  it.each([
    ['普陀区政协主席出席。落组长征镇的区政协委员、区建管委、镇相关职能科室参加会议。', '普陀区建管委', '普陀区政协区建管委'],
    ['普陀区政协主席出席。区政协文史委、区建管委负责人参加会议。', '普陀区建管委', '普陀区政协区建管委'],
    ['闵行区政协组织视察。区政协委员、区建设和管理委员会有关负责人参加。', '闵行区建设和管理委员会', '闵行区政协区建设和管理委员会'],
  ])('%s → %s', (text, body, not) => {
    const found = names(text)
    expect(found).toContain(body)
    expect(found).not.toContain(not)
  })

  // Controls: special committees listed after their 政协 without a region word stay its own.
  it.each([
    ['泉州市政协提案委主任梁云南、经济和农业农村委主任杨文龙参加。', '泉州市政协经济和农业农村委'],
    ['长春市政协文史委、提案委负责人参加。', '长春市政协提案委'],
  ])('%s → %s', (text, body) => {
    expect(names(text)).toContain(body)
  })
})
