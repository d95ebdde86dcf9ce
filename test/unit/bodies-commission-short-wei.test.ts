import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees.map((c) => c.name)

// A commission's full name cut at 委 instead of 委员会 (发展和改革委, 经济和信息化委), as government reports and news lists
// write it, and the provincial 煤炭厅 of the years before the reform: the bodies of data/bodies.tsv under those forms, named
// as written (GUIDE.md: the body part is kept exactly as the text writes it). Expected by hand.
describe('bodies: a commission written with 委 for 委员会', () => {
  it.each<[string, string]>([
    ['宁波市发展和改革委、市交通运输局负责人参加座谈。', '宁波市发展和改革委'],
    ['山西省政府及省发展改革委、经济和信息化委、科技厅参加。', '山西省经济和信息化委'],
    ['会同山西省安监局、煤炭厅、发改委等部门开展督查。', '山西省煤炭厅'],
  ])('%s', (text, name) => {
    expect(committees(text)).toContain(name)
  })

  // Controls: the full names stay whole.
  it.each<[string, string]>([
    ['洛阳市发展和改革委员会负责人汇报。', '洛阳市发展和改革委员会'],
    ['省经济和信息化委员会副主任出席。', '省经济和信息化委员会'],
  ])('%s', (text, name) => {
    expect(committees(text)).toContain(name)
  })
})
