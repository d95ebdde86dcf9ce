import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// A county's list of units names the general office of its congress (县人大常委会办公室, 县人大办公室; dev 172 县人大常委會辦公室
// 副主任) and older reports its party committee's rural work department (县农工部 ≡ 县委农工部, the 农村工作部 before the
// 2018 reform; dev 960 縣委辦、縣人大辦、縣政府辦、縣發改局…縣農工部). Sentences written for these tests; expected values by
// GUIDE.md: region + the body as written.
describe('bodies: a congress’s general office', () => {
  it.each([
    ['泾川县政协召开会议，县人大常委会办公室负责人参加。', '泾川县人大常委会办公室'],
    ['平阴县人大办公室主任张强出席。', '平阴县人大办公室'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'congress' })
    expect(names(text).filter((n) => n.endsWith('人大') || n.endsWith('人大常委会'))).toEqual([])
  })

  // Known gap: the short 县人大办 (dev 960) is no row of data/bodies.tsv, which cost a held-out page a wrong body.
  it.fails.each([
    ['平阴县政协召开常委会议，县委办、县人大办、县政府办、县发改局等单位负责人列席。', '平阴县人大办'],
    ['宁陕县政协召开主席会议，县人大办负责同志列席会议。', '宁陕县人大办'],
  ])('%s → %s (short form, not read)', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'congress' })
  })

  it.each([
    // Controls: 办 that begins a verb is no office.
    ['区人大办理的建议共20件。', '区人大'],
    ['平阴县人大常委会办理代表建议56件。', '平阴县人大常委会'],
  ])('%s: still %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('bodies: a party committee’s rural work department', () => {
  it.each([
    ['张家川县政协召开常委会议，县委常委出席，县发改局、县农工部等单位负责人列席。', '张家川回族自治县农工部'],
    ['泾川县政协召开会议，县委农工部负责人参加。', '泾川县委农工部'],
    ['泾川县政协召开会议，县委农村工作部负责人参加。', '泾川县委农村工作部'],
  ])('%s → %s', (text, name) => {
    expect(body(text, name)).toMatchObject({ kind: 'party' })
  })

  it('control: written short without the county’s party committee on the page, no body (as 社工部)', () => {
    expect(names('平阴县政协召开会议，县农工部负责人参加。')).toEqual(['平阴县政协'])
  })
})
