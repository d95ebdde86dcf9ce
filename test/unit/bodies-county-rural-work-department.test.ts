import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

const committees = (text: string) => analyzer.analyze(text).committees
const names = (text: string) => committees(text).map((c) => c.name)
const body = (text: string, name: string) => committees(text).find((c) => c.name === name)

// Older county reports name the party committee's rural work department in a list of the county's units (县农工部 ≡
// 县委农工部, the 农村工作部 before the 2018 reform; dev 960 縣委辦、縣人大辦、縣政府辦、縣發改局…縣農工部). Sentences written
// for these tests; expected values by GUIDE.md: region + the body as written.
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
