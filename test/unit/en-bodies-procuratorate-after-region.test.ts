import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

// A procuratorate named by its region and the bare head "Procuratorate", with or without the level word (Chuzhou
// Procuratorate, Anhui Provincial Procuratorate, Suzhou Municipal Procuratorate, Wangui District Procuratorate), as
// translated provincial and county procuratorate pages write 滁州市检察院, 安徽省检察院: the region's procuratorate, as the
// gold of test/fixtures/en 472 and 478 name them. One body per region: its forms with and without the level word are
// one. Sentences written by hand.
const committees = (t: string) => analyzer.analyze(t).committees.map((c) => [c.name, c.kind, c.region])

describe('a procuratorate after its region', () => {
  it.each([
    ['Li Yuke, chief procurator of Chuzhou Procuratorate, attended the meeting.', [['Chuzhou Procuratorate', 'procuratorate', '滁州市']]],
    ['At the invitation of the Anhui Provincial Procuratorate, deputies visited the city.', [['Anhui Provincial Procuratorate', 'procuratorate', '安徽省']]],
    ['The deputies visited Xiamen Municipal Procuratorate and then Xiamen Procuratorate again.', [['Xiamen Municipal Procuratorate', 'procuratorate', '厦门市']]],
    ['Zhang Wei, deputy procurator general of Huli District Procuratorate in Xiamen, spoke.', [['Huli District Procuratorate', 'procuratorate', '湖里区']]],
  ])('%s', (text, want) => {
    expect(committees(text).filter((c) => c[1] === 'procuratorate')).toEqual(want)
  })

  // Controls: the word after a place that is no procuratorate's name, and the procuratorates of no written region.
  it.each([
    ['Chuzhou procuratorial work was praised by the deputies.'],
    ['Procuratorates at all levels in the province handled the cases.'],
  ])('%s', (text) => {
    expect(committees(text).filter((c) => c[1] === 'procuratorate')).toEqual([])
  })
})
