import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Cadres led to the page's own region (…带领西藏自治区那曲县罗玛镇部分基层干部到我区参观考察, dev 337) are visitors: the
// places written before 干部到我区 are where they come from, not the home of the host's 区政协 (data/visit-home.tsv,
// lead 干部). Sentences written by hand; expected values worked out by hand.
describe('regions: cadres who come to 我区/我县 are visitors', () => {
  it.each([
    ['全国政协办公厅副主任张三带领宁夏回族自治区固原市部分基层干部到我区参观考察。区政协副主席李四陪同。', '宁夏回族自治区政协'],
    ['全国政协机关带领西藏自治区那曲县部分乡镇干部来我区参观学习。区政协主席王五陪同。', '西藏自治区政协'],
  ])('%s: the host 区政协 is not %s', (text, wrong) => {
    expect(body(text, wrong)).toBeUndefined()
    expect(body(text, '区政协')).toMatchObject({ region: null })
  })

  it.each([
    // Controls: the page's own cadres going out leave its places the home.
    ['固原市原州区部分干部到北京市学习。区政协副主席李四带队。', '原州区政协'],
    ['原州区部分村干部到北京市学习。区政协副主席李四带队。', '原州区政协'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ region: name.replace('政协', '') })
  })
})
