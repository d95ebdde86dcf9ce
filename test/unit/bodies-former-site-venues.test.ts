import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A body's name written before a word of a historic site (中共宁都县委旧址, 金门县政府旧址, 中共闽浙赣省委机关旧址) names the
// site members visit, a venue as a visited museum is (dev-pages README: a site only visited is no body; dev 1086, 1286 gold).
// The body itself, written elsewhere on the page as a body, stays. Expected by hand.
describe('bodies: a body named before a former site is a venue', () => {
  it.each<[string, string]>([
    ['委员们参观了中共宁都县委旧址和红军医院。', '宁都县委'],
    ['委员们来到翔安区大嶝金门县政府旧址,了解文物保护情况。', '金门县政府'],
    ['视察组先后参观了瑞金县苏维埃政府旧址、叶坪革命旧址群。', '瑞金县苏维埃政府'],
    ['调研组走进中共闽浙赣省委机关旧址,重温革命历史。', '福建省委'],
    ['委员们参观了八路军驻洛办事处旧址纪念馆。', '八路军驻洛办事处'],
  ])('%s (no %s)', (text, not) => {
    expect(committees(text)).not.toContain(not)
  })

  // Controls: the body written as a body, also on a page with a site, and a site word that is no former site of it.
  it.each<[string, string]>([
    ['宁都县委书记一行参观了中共宁都县委旧址。', '宁都县委'],
    ['市政协主席带队视察县政府工作,县政府负责人汇报了遗址保护情况。', '县政府'],
    ['中共宁都县委、县政府高度重视旧址保护工作。', '宁都县委'],
  ])('%s (%s)', (text, name) => {
    expect(committees(text)).toContain(name)
  })
})
